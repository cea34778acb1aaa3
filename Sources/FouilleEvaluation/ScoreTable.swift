/// Scores per category (entity type, relation label), with their micro and macro averages.
public struct ScoreTable<Key: Hashable & Comparable & Sendable>: Sendable, Equatable {
    /// Only categories present in gold or prediction.
    public var perKey: [Key: Score]

    public init(perKey: [Key: Score] = [:]) { self.perKey = perKey }

    /// Categories in order.
    public var keys: [Key] { perKey.keys.sorted() }

    /// Adds counts to a category.
    public mutating func add(_ score: Score, to key: Key) {
        perKey[key, default: Score()] += score
    }

    /// The counts of all categories summed, then P/R/F1: every item weighs the same.
    public var micro: Score { perKey.values.reduce(Score(), +) }

    /// The mean of per-category precision, recall and F1, over categories present in gold or prediction:
    /// every category weighs the same, so rare types count as much as frequent ones.
    public var macro: MacroAverage {
        let present = perKey.values.filter { !$0.isEmpty }
        guard !present.isEmpty else { return MacroAverage(precision: 0, recall: 0, f1: 0, categories: 0) }
        let n = Double(present.count)
        return MacroAverage(precision: present.map(\.precision).reduce(0, +) / n, recall: present.map(\.recall).reduce(0, +) / n,
                            f1: present.map(\.f1).reduce(0, +) / n, categories: present.count)
    }
}

/// A macro average: unweighted means over categories.
public struct MacroAverage: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// How many categories were averaged.
    public var categories: Int
}
