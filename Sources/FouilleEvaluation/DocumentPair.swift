/// A gold document and what is compared with it.
public struct DocumentPair: Sendable {
    public var gold: EvaluationDocument
    /// nil when nothing was predicted for this document: all its gold entities count as missed.
    public var prediction: EvaluationDocument?

    public init(gold: EvaluationDocument, prediction: EvaluationDocument?) {
        self.gold = gold
        self.prediction = prediction
    }

    public var name: String { gold.name }
}
