import FouilleExtraction
import FouilleLexicon
@testable import FouilleStore
import FouilleText
import Testing

/// Entities written as an annotations row on a worker read back the same, escapes and left-out strings included.
@Test func annotationRowsReadBackWhatWasWritten() throws {
    let path = try temporaryFolder().appendingPathComponent("row.db").path
    let store = try Store(path: path, access: .create)
    let names = try AnnotationNames(store: store)
    let entities = [
        StoredEntity(ordinal: 0, type: .tumour, span: TextSpan(start: 3, end: 15), text: "", code: "ICDO3M:8500/3", value: nil,
                     attributes: [.negated, .history], laterality: "left", section: "CONCLUSION", sentence: 2),
        StoredEntity(ordinal: 1, type: .size, span: TextSpan(start: 20, end: 1_234_567), text: "", code: nil,
                     value: "24 \"x\" 20 \\ mm\nété\u{1}", attributes: [], laterality: nil, section: nil, sentence: 0),
        StoredEntity(ordinal: 2, type: .biomarker, span: TextSpan(start: 30, end: 34), text: "", code: "HGNC:ERBB2",
                     value: "positive; 90", attributes: [], laterality: nil, section: "CONCLUSION", sentence: 10),
    ]
    let relations = [StoredRelation(label: .hasDose, source: 4, target: 5), StoredRelation(label: .hasValue, source: 2, target: 3),
                     StoredRelation(label: .hasValue, source: 2, target: 3)]
    let encoder = AnnotationEncoder(names: names)
    let json = encoder.entities(entities)
    var read = [AnnotationEntity]()
    try json.withUnsafeBufferPointer { try AnnotationRow.forEachEntity($0) { read.append($0) } }
    #expect(read.count == 3)
    #expect(read.map(\.value) == entities.map(\.value))
    #expect(read.map(\.laterality) == entities.map(\.laterality))
    #expect(read.map(\.start) == entities.map(\.span.start) && read.map(\.end) == entities.map(\.span.end))
    #expect(read.map(\.sentence) == [2, 0, 10] && read.map(\.attributes) == [9, 0, 0])
    #expect(read[0].code == names.codes.id("ICDO3M:8500/3") && read[1].code == nil && read[1].section == nil)
    #expect(read[0].type == store.typeIDs[.tumour])
    // The entity without value nor laterality ends at its sentence.
    #expect(String(decoding: json, as: UTF8.self).hasSuffix(",\"positive; 90\"]]"))
    // SQLite's JSON functions read the same row through the `entities` view.
    let insert = try store.database.prepare("INSERT INTO annotations(id, entities, relations) VALUES(7, ?1, '[]')")
    json.withUnsafeBufferPointer { insert.bind(1, utf8: $0) }
    try insert.run()
    let view = try store.database.prepare("SELECT id, value, laterality, sentence, attributes FROM entities ORDER BY id")
    var viewed = [[SQLValue]]()
    while try view.step() { viewed.append((0..<5).map { view.value($0) }) }
    #expect(viewed == entities.map { e in
        [.integer(7 << 16 + Int64(e.ordinal)), e.value.map { .text($0) } ?? .null, e.laterality.map { .text($0) } ?? .null,
         .integer(Int64(e.sentence)), .integer(Int64(e.attributes.rawValue))]
    })
    let links = try encoder.relations(relations).withUnsafeBufferPointer { try AnnotationRow.relations($0) }
    #expect(links == [StoredRelation(label: .hasValue, source: 2, target: 3), StoredRelation(label: .hasDose, source: 4, target: 5)])
    #expect(try [UInt8]("[]".utf8).withUnsafeBufferPointer { try AnnotationRow.relations($0) }.isEmpty)
    #expect(throws: JSONCursor.Malformed.self) {
        try [UInt8]("[[1,2,3,null,0,null".utf8).withUnsafeBufferPointer { try AnnotationRow.forEachEntity($0) { _ in } }
    }
}
