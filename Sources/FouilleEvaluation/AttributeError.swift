import FouilleFormats

/// A strictly matched entity on which one attribute differs.
public struct AttributeError: Sendable, Equatable {
    public var document: String
    public var attribute: GuidelineAttribute
    /// The gold entity.
    public var mention: Mention
    /// Whether gold sets the attribute; the prediction says the opposite.
    public var inGold: Bool

    public init(document: String, attribute: GuidelineAttribute, mention: Mention, inGold: Bool) {
        self.document = document
        self.attribute = attribute
        self.mention = mention
        self.inGold = inGold
    }

    /// True when the prediction sets the attribute.
    public var inPrediction: Bool { !inGold }
}
