import FouilleText

/// Everything extracted from one document.
public struct ExtractionResult: Sendable {
    public let text: AnalyzedText
    /// Sorted by span, never overlapping.
    public var entities: [Entity]
    public var relations: [Relation]

    public var document: Document { text.document }

    public init(text: AnalyzedText, entities: [Entity], relations: [Relation]) {
        self.text = text
        self.entities = entities
        self.relations = relations
    }

    /// The text of an entity as written.
    public func text(of entity: Entity) -> String { text.text(of: entity.span) }

    /// The section name of an entity (nil before the first header).
    public func section(of entity: Entity) -> String? {
        text.sections.first { $0.span.contains(entity.span.start) }?.name
    }

    /// The index of the sentence holding an entity.
    public func sentenceIndex(of entity: Entity) -> Int {
        var low = 0, high = text.sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if text.sentences[mid].start <= entity.span.start { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }
}
