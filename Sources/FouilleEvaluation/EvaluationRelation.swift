/// A relation as scoring sees it: a label and two entity ids of the same document.
public struct EvaluationRelation: Sendable, Hashable {
    /// `HasValue`, `HasDose`, or whatever a prediction wrote (an unknown label is simply never matched).
    public var label: String
    public var arg1: String
    public var arg2: String

    public init(label: String, arg1: String, arg2: String) {
        self.label = label
        self.arg1 = arg1
        self.arg2 = arg2
    }
}
