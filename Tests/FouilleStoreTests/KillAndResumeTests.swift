@testable import FouilleStore
import Foundation
import Testing

/// The built `fouille` executable, next to this test bundle.
func fouilleExecutable() throws -> URL {
    let candidates = [
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("fouille"),
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fouille"),
        repositoryRoot.appendingPathComponent(".build/debug/fouille"),
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw StoreError(.missing, "the fouille executable was not built (looked at \(candidates.map(\.path)))")
    }
    return found
}

/// Starts `fouille ARGUMENTS` with its output discarded.
func launchFouille(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = try fouilleExecutable()
    process.arguments = arguments + ["--lexicons", repositoryRoot.appendingPathComponent("Lexicons").path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// A deterministic JSONL of synthetic reports, varied enough to give each its own terms and facts.
func writeSyntheticReports(count: Int, to url: URL) throws {
    let tumours = ["Carcinome canalaire infiltrant", "Adénocarcinome", "Carcinome épidermoïde", "Mélanome", "Carcinome lobulaire infiltrant"]
    let sites = ["du sein gauche", "pulmonaire", "du côlon sigmoïde", "de la prostate", "du rectum"]
    let markers = ["RE+ à 90 %, HER2 positif (score 3+)", "HER2 négatif, Ki-67 : 20 %", "Mutation KRAS p.G12C", "EGFR muté (délétion de l'exon 19)", "PD-L1 à 60 %"]
    let treatments = ["Traitement par trastuzumab.", "Pas de chimiothérapie.", "Une radiothérapie de 50 Gy en 25 fractions est proposée.",
                      "Chimiothérapie par FOLFOX, 12 cures.", "Sa mère a eu un cancer du sein."]
    var lines = [String]()
    for i in 0..<count {
        let text = "COMPTE RENDU \(i)\n\(tumours[i % 5]) \(sites[(i / 5) % 5]), pT\(1 + i % 4)N\(i % 3)M0. \(markers[(i / 3) % 5]). " +
            "\(treatments[(i / 7) % 5]) Pas de métastase hépatique. Prélèvement du \(1 + i % 28)/\(1 + i % 12)/20\(10 + i % 14). Dossier \(i * 7919 % 10007)."
        let object: [String: Any] = ["id": "r\(i)", "text": text, "patient_id": "P\(i % 37)", "date": "20\(10 + i % 14)-0\(1 + i % 9)-1\(i % 10)", "kind": ["anapath", "consult", "rcp"][i % 3]]
        lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
    }
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
}

@Test(.timeLimit(.minutes(3)))
func aKilledIndexRunResumesToTheSameStore() throws {
    let folder = try temporaryFolder()
    let reports = folder.appendingPathComponent("reports.jsonl")
    let total = 600
    try writeSyntheticReports(count: total, to: reports)
    let whole = folder.appendingPathComponent("whole.db").path
    let killed = folder.appendingPathComponent("killed.db").path
    let common = ["--batch-size", "10", "--threads", "1"]

    let uninterrupted = try launchFouille(["index", reports.path, "--db", whole] + common)
    uninterrupted.waitUntilExit()
    #expect(uninterrupted.terminationStatus == 0)

    // Kill the second run once a few batches are committed, mid-way.
    let victim = try launchFouille(["index", reports.path, "--db", killed] + common)
    var committed = 0
    while victim.isRunning {
        if let run = try? Indexer.interruptedRun(at: killed), run.counts.read >= 30 { committed = run.counts.read; break }
        usleep(5_000)
    }
    // A search (with its audit row) gets through while the run writes: the writer holds no transaction between batches.
    let searched = Date()
    #expect(try Store(path: killed, access: .readWrite).count(SearchRequest(query: "carcinome")) > 0)
    #expect(Date().timeIntervalSince(searched) < 5)
    kill(victim.processIdentifier, SIGKILL)
    victim.waitUntilExit()
    #expect(victim.terminationReason == .uncaughtSignal)
    let interrupted = try #require(try Indexer.interruptedRun(at: killed), "the run finished before it could be killed")
    #expect(interrupted.counts.read >= committed)
    #expect(interrupted.counts.read < total)
    // What was committed is consistent: the indexes match their content.
    try Store(path: killed, access: .readWrite).checkIntegrity()

    let resumed = try launchFouille(["index", "--db", killed, "--resume"] + common)
    resumed.waitUntilExit()
    #expect(resumed.terminationStatus == 0)
    #expect(try Indexer.interruptedRun(at: killed) == nil)

    #expect(try contents(killed) == contents(whole))
    let wholeStore = try Store(path: whole, access: .readWrite), killedStore = try Store(path: killed, access: .readWrite)
    for query in ["carcinome", "\"métastase hépatique\"", "RE+", "Ki-67", "pT2", "trastuzumab OR FOLFOX", "dossier"] {
        var request = SearchRequest(query: query)
        request.limit = 1000
        request.audit = false
        let a = try wholeStore.search(request), b = try killedStore.search(request)
        #expect(a.hits.map(\.documentID) == b.hits.map(\.documentID), "\(query)")
        #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
        #expect(a.total > 0, "\(query)")
    }
    var facts = SearchRequest()
    facts.facts = [try FactFilter(parsing: "Biomarker:ERBB2=positive"), try FactFilter(parsing: "Drug:L01FD01")]
    facts.exclusions = AttributeExclusions(.negated)
    facts.audit = false
    #expect(try wholeStore.count(facts) == killedStore.count(facts))
    #expect(try wholeStore.count(facts) > 0)
    let runs = try (IndexRun.latest(wholeStore.database), IndexRun.latest(killedStore.database))
    #expect(runs.0?.counts == runs.1?.counts)
    #expect(runs.1?.counts == IndexCounts(read: total, added: total))
    try killedStore.checkIntegrity()
}
