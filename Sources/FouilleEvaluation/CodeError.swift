/// A strictly matched entity whose gold code the prediction does not give exactly.
public struct CodeError: Sendable, Equatable {
    public var document: String
    /// The gold entity.
    public var mention: Mention
    public var goldCodes: [String]
    /// Empty when the prediction gave no code.
    public var predictedCodes: [String]

    public init(document: String, mention: Mention, goldCodes: [String], predictedCodes: [String]) {
        self.document = document
        self.mention = mention
        self.goldCodes = goldCodes
        self.predictedCodes = predictedCodes
    }
}
