/// A relation found on one side only (arguments matched strictly, same label).
public struct RelationError: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// In gold, not predicted (a false negative).
        case missed
        /// Predicted, not in gold (a false positive).
        case spurious
    }

    public var kind: Kind
    public var document: String
    public var label: String
    /// The arguments on the side the relation comes from.
    public var arg1: Mention
    public var arg2: Mention
    /// The line(s) with both arguments marked.
    public var context: TextContext

    public init(kind: Kind, document: String, label: String, arg1: Mention, arg2: Mention, context: TextContext) {
        self.kind = kind
        self.document = document
        self.label = label
        self.arg1 = arg1
        self.arg2 = arg2
        self.context = context
    }
}
