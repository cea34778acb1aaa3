import FouilleFormats
import FouilleLexicon

/// An entity as an error report shows it: where it is, what it says, and the line around it.
public struct Mention: Sendable, Equatable {
    /// The id in its file (`T12`).
    public var id: String
    public var type: EntityType
    /// Unicode scalar offsets.
    public var start: Int
    public var end: Int
    public var text: String
    public var context: TextContext

    public init(id: String, type: EntityType, start: Int, end: Int, text: String, context: TextContext) {
        self.id = id
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.context = context
    }

    /// A mention of an entity, its span marked as gold or prediction; `around` widens the context shown.
    public init(_ entity: EvaluationEntity, in text: BratText, mark: TextContext.Mark, around: Range<Int>? = nil) {
        self.init(id: entity.id, type: entity.type, start: entity.start, end: entity.end, text: entity.text,
                  context: TextContext(text: text, marks: [(entity.start..<entity.end, mark)], around: around))
    }
}
