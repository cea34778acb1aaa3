/// True positives, false positives and false negatives, with precision, recall and F1.
///
/// Division by zero gives 0 (no prediction: precision 0), except that a score
/// with nothing at all to count is ``isEmpty`` and shown as "—" / `null`.
public struct Score: Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Counts from the sizes of two sets and their matches.
    public init(matched: Int, gold: Int, predicted: Int) {
        self.init(truePositives: matched, falsePositives: predicted - matched, falseNegatives: gold - matched)
    }

    /// Gold items: TP + FN.
    public var gold: Int { truePositives + falseNegatives }
    /// Predicted items: TP + FP.
    public var predicted: Int { truePositives + falsePositives }
    public var isEmpty: Bool { truePositives == 0 && falsePositives == 0 && falseNegatives == 0 }

    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? 0 : Double(2 * truePositives) / Double(denominator)
    }

    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
              falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    public static func += (lhs: inout Score, rhs: Score) { lhs = lhs + rhs }
}
