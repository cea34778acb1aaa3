/// One document's entity scores, micro-averaged over its types.
public struct DocumentScore: Sendable, Equatable {
    public var name: String
    /// False when there was no prediction for it (every gold entity counts as missed).
    public var hasPrediction: Bool
    public var strict: Score
    public var overlap: Score

    public init(name: String, hasPrediction: Bool, strict: Score, overlap: Score) {
        self.name = name
        self.hasPrediction = hasPrediction
        self.strict = strict
        self.overlap = overlap
    }
}
