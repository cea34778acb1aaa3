import FouilleExtraction
@testable import FouilleStore
import FouilleText
import Testing

/// `StoredEntity.all` (entities built in place, section and sentence cursors, values read from bytes)
/// equals entities built one by one the plain way, on every sample report.
@Test func storedEntitiesEqualThoseBuiltThePlainWay() throws {
    let pipeline = try ExtractionPipeline(lexicon: projectLexicon)
    var compared = 0
    for document in try sampleDocuments() {
        let result = try pipeline.extract(document)
        var expected = result.entities.enumerated().map { ordinal, entity in
            let text = String(decoding: result.text.bytes[entity.span.start..<entity.span.end], as: UTF8.self)
            return StoredEntity(ordinal: ordinal, type: entity.type, span: entity.span, text: "", code: entity.code,
                                value: EntityValue.readsText(entity.type, code: entity.code)
                                    ? EntityValue.normalised(type: entity.type, text: text, code: entity.code)
                                    : EntityValue.normalised(type: entity.type, text: "", code: entity.code),
                                attributes: entity.attributes, laterality: entity.laterality,
                                section: result.section(of: entity), sentence: result.sentenceIndex(of: entity))
        }
        for relation in result.relations where relation.label == .hasValue {
            guard let value = expected[relation.to].value else { continue }
            expected[relation.from].value = expected[relation.from].value.map { $0 + "; " + value } ?? value
        }
        #expect(StoredEntity.all(of: result) == expected, "\(document.id)")
        compared += expected.count
    }
    #expect(compared > 0)
}
