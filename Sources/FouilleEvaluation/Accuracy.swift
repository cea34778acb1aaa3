/// A share of correct decisions: `correct / evaluated`.
public struct Accuracy: Sendable, Equatable {
    public var evaluated: Int
    public var correct: Int

    public init(evaluated: Int = 0, correct: Int = 0) {
        self.evaluated = evaluated
        self.correct = correct
    }

    /// nil when nothing was evaluated.
    public var value: Double? { evaluated == 0 ? nil : Double(correct) / Double(evaluated) }

    public mutating func record(_ isCorrect: Bool) {
        evaluated += 1
        if isCorrect { correct += 1 }
    }

    public static func + (lhs: Accuracy, rhs: Accuracy) -> Accuracy {
        Accuracy(evaluated: lhs.evaluated + rhs.evaluated, correct: lhs.correct + rhs.correct)
    }
}
