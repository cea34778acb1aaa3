import FouilleFormats

/// How well one attribute agrees on strictly matched entities.
///
/// Counted on strict pairs whose type takes attributes (a Site can never be
/// Negated, so counting it would only inflate accuracy). The positive class
/// is "attribute present": a true positive is present on both sides.
public struct AttributeScore: Sendable, Equatable {
    public var attribute: GuidelineAttribute
    /// Present on both sides (TP), only in the prediction (FP), only in gold (FN).
    public var score: Score
    /// Pairs looked at, and those where both sides agree (present or absent).
    public var agreement: Accuracy

    public init(attribute: GuidelineAttribute, score: Score = Score(), agreement: Accuracy = Accuracy()) {
        self.attribute = attribute
        self.score = score
        self.agreement = agreement
    }
}
