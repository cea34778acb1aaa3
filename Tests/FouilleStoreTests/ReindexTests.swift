import FouilleText
@testable import FouilleStore
import Foundation
import Testing

/// Everything a store holds about its reports, in a comparable form (ids included).
func contents(_ path: String) throws -> [String] {
    let store = try Store(path: path, access: .readWrite)
    var rows = [String]()
    for sql in [
        "SELECT id, external_id, patient_id, date, kind, content_hash, byte_count, entity_count FROM documents ORDER BY id",
        "SELECT * FROM entity_list ORDER BY document, ordinal",
        "SELECT document, label, source, target FROM relation_list ORDER BY document, source, target",
        "SELECT id, hex(body) FROM texts ORDER BY id",
    ] {
        let statement = try store.database.prepare(sql)
        while try statement.step() {
            rows.append((0..<statement.columnCount).map { "\(statement.value($0))" }.joined(separator: "|"))
        }
    }
    return rows
}

@Test func reindexingUnchangedReportsDoesNothing() throws {
    let path = try temporaryFolder().appendingPathComponent("again.db").path
    let documents = try sampleDocuments()
    let first = try index(documents, into: path)
    #expect(first.run.counts == IndexCounts(read: 40, added: 40))
    let before = try contents(path)
    let second = try index(documents, into: path)
    #expect(second.run.counts == IndexCounts(read: 40, unchanged: 40))
    #expect(second.bytesExtracted == 0)  // skipped before the extraction
    #expect(try contents(path) == before)
    try Store(path: path, access: .readWrite).checkIntegrity()
}

@Test func aChangedReportReplacesItsOldRows() throws {
    let path = try temporaryFolder().appendingPathComponent("changed.db").path
    var documents = Array(cohortDocuments.prefix(3))
    try index(documents, into: path)
    #expect(try ids(path, "lobulaire").isEmpty)
    // c1's text changes: canalaire → lobulaire, trastuzumab → pertuzumab.
    documents[0].text = "Carcinome lobulaire infiltrant du sein droit. HER2 négatif. Traitement par pertuzumab."
    let report = try index(documents, into: path)
    #expect(report.run.counts == IndexCounts(read: 3, replaced: 1, unchanged: 2))
    #expect(try ids(path, "lobulaire") == ["c1"])
    #expect(try ids(path, "canalaire").isEmpty)
    #expect(try ids(path, "trastuzumab").isEmpty)
    #expect(try ids(path) { $0.facts = [try FactFilter(parsing: "Drug:L01FD01")] }.isEmpty)
    #expect(try ids(path) { $0.facts = [try FactFilter(parsing: "Biomarker:ERBB2=negative")] } == ["c1"])
    // The report keeps its id; the old entities are gone, the new ones in.
    let store = try Store(path: path, access: .readWrite)
    let id = try #require(try store.database.scalar("SELECT id FROM documents WHERE external_id = 'c1'")?.int)
    #expect(id == 1)
    let (entities, _) = try EntityReader(store: store).entities(of: 1, text: Array(documents[0].text.utf8))
    #expect(entities.map(\.text).contains("pertuzumab"))
    #expect(!entities.map(\.text).contains("trastuzumab"))
    // A metadata correction alone is a change too.
    documents[1].metadata.patientID = "P9"
    #expect(try index(documents, into: path).run.counts.replaced == 1)
    #expect(try ids(path) { $0.patient = "P9" } == ["c2"])
    try store.checkIntegrity()
}

@Test func forceExtractsUnchangedReportsAgainOncePerRun() throws {
    let path = try temporaryFolder().appendingPathComponent("force.db").path
    let documents = Array(cohortDocuments)
    try index(documents, into: path)
    let before = try contents(path)
    var options = IndexOptions()
    options.force = true
    let report = try index(documents + documents.prefix(2), into: path, options: options)
    #expect(report.run.counts == IndexCounts(read: 7, replaced: 5, unchanged: 2))
    #expect(try contents(path) == before)
}

@Test func unreadableInputsAreCountedAndListed() throws {
    let path = try temporaryFolder().appendingPathComponent("failures.db").path
    var inputs: [IndexInput] = [.document(cohortDocuments[0]), .failure(IndexFailure(source: "bad.jsonl:2", reason: "malformed JSON")),
                                .document(cohortDocuments[1])]
    inputs.reverse()
    let report = try Indexer(path: path, lexicon: projectLexicon).run(inputs: ["bad.jsonl"], next: { inputs.popLast() })
    #expect(report.run.counts == IndexCounts(read: 3, added: 2, failed: 1))
    #expect(report.failures == [IndexFailure(source: "bad.jsonl:2", reason: "malformed JSON")])
    let store = try Store(path: path, access: .readWrite)
    #expect(try store.database.scalar("SELECT source FROM index_failures")?.string == "bad.jsonl:2")
}
