import FouilleExtraction
import FouilleLexicon
import FouilleText

/// An entity as the store keeps it: the extraction's entity with its text, normalised value, section and sentence.
public struct StoredEntity: Sendable, Equatable {
    /// Position in the document's entities (text order, from 0).
    public var ordinal: Int
    public var type: EntityType
    /// UTF-8 byte offsets into the text.
    public var span: TextSpan
    /// The text as written. The store does not keep it (it is cut from the report when read back),
    /// so it is empty while indexing.
    public var text: String
    /// `NAMESPACE:VALUE` (`HGNC:ERBB2`).
    public var code: String?
    /// The normalised value (``EntityValue``).
    public var value: String?
    public var attributes: EntityAttributes
    public var laterality: String?
    /// The section's canonical name (`CONCLUSION`), nil before the first header.
    public var section: String?
    /// Index of the sentence in the text.
    public var sentence: Int

    public init(ordinal: Int, type: EntityType, span: TextSpan, text: String, code: String?, value: String?,
                attributes: EntityAttributes, laterality: String?, section: String?, sentence: Int) {
        self.ordinal = ordinal
        self.type = type
        self.span = span
        self.text = text
        self.code = code
        self.value = value
        self.attributes = attributes
        self.laterality = laterality
        self.section = section
        self.sentence = sentence
    }

    /// The stored form of every entity of an extraction, in order.
    /// A Biomarker's value is its linked values' (`HER2` → `positive`), joined by `; ` when several.
    /// Values are read from the text's bytes; ``text`` is left empty (the store does not keep it).
    static func all(of result: ExtractionResult) -> [StoredEntity] {
        let sections = result.text.sections
        let sentences = result.text.sentences
        var section = 0
        var sentence = 0
        // Each entity is built in its final place (not appended), and read from the extraction's buffer, not copied out of it.
        var entities = [StoredEntity](unsafeUninitializedCapacity: result.entities.count) { stored, initialized in
            result.text.bytes.withUnsafeBufferPointer { bytes in
                result.entities.withUnsafeBufferPointer { found in
                    for ordinal in found.indices {
                        let span = found[ordinal].span
                        let type = found[ordinal].type
                        let code = found[ordinal].code
                        let written = EntityValue.readsText(type, code: code)
                            ? UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]) : UnsafeBufferPointer(start: nil, count: 0)
                        // Entities come in text order and sections and sentences tile it: cursors replace a search per entity.
                        while section < sections.count, sections[section].span.end <= span.start { section += 1 }
                        let name = section < sections.count && sections[section].span.contains(span.start)
                            ? sections[section].name : result.section(of: found[ordinal])
                        while sentence + 1 < sentences.count, sentences[sentence + 1].start <= span.start { sentence += 1 }
                        let index = sentence == 0 || sentences[sentence].start <= span.start
                            ? sentence : result.sentenceIndex(of: found[ordinal])
                        (stored.baseAddress! + ordinal).initialize(to: StoredEntity(
                            ordinal: ordinal, type: type, span: span, text: "", code: code,
                            value: EntityValue.normalised(type: type, utf8: written, code: code),
                            attributes: found[ordinal].attributes, laterality: found[ordinal].laterality,
                            section: name, sentence: index))
                        initialized += 1
                    }
                }
            }
        }
        for relation in result.relations where relation.label == .hasValue {
            guard let value = entities[relation.to].value else { continue }
            let current = entities[relation.from].value
            entities[relation.from].value = current.map { $0 + "; " + value } ?? value
        }
        return entities
    }
}

/// A relation as stored: labels and entity ordinals.
public struct StoredRelation: Sendable, Equatable, Hashable {
    public var label: RelationLabel
    public var source: Int
    public var target: Int

    public init(label: RelationLabel, source: Int, target: Int) {
        self.label = label
        self.source = source
        self.target = target
    }

    /// The number stored in `relations.label`.
    var labelID: Int { label == .hasValue ? 1 : 2 }

    static func label(ofID id: Int) -> RelationLabel { id == 1 ? .hasValue : .hasDose }
}
