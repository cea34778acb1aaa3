/// Pairs the gold and predicted entities of one document, one to one.
///
/// Deterministic greedy matching, in two rounds:
/// 1. **strict** pairs: same type, same start and end;
/// 2. **boundary** pairs among what is left: same type, spans sharing at least
///    one character, taken by decreasing shared length (ties: gold position,
///    then prediction position).
///
/// Each gold and each predicted entity is used at most once. Strict pairs are
/// the strict true positives; strict + boundary pairs are the overlap true
/// positives. With no nesting (the guideline forbids it) the greedy rounds
/// rarely leave a better matching on the table, and being greedy keeps the
/// result easy to explain in an error report.
public struct EntityAlignment: Sendable, Equatable {
    /// Indices into the gold and prediction arrays.
    public struct Pair: Sendable, Hashable {
        public var gold: Int
        public var prediction: Int

        public init(gold: Int, prediction: Int) {
            self.gold = gold
            self.prediction = prediction
        }
    }

    /// Same type, same span; sorted by gold index.
    public var strict: [Pair]
    /// Same type, overlapping spans, not identical; sorted by gold index.
    public var boundary: [Pair]
    /// Gold entities with no same-type overlapping prediction: false negatives under both schemes.
    public var missed: [Int]
    /// Predictions with no same-type overlapping gold entity: false positives under both schemes.
    public var spurious: [Int]

    public init(gold: [EvaluationEntity], prediction: [EvaluationEntity]) {
        var goldUsed = [Bool](repeating: false, count: gold.count)
        var predictionUsed = [Bool](repeating: false, count: prediction.count)

        // Round 1: exact keys. Several identical entities pair in file order.
        struct Key: Hashable { let type: String; let start: Int; let end: Int }
        var waiting = [Key: [Int]]()
        for (index, entity) in gold.enumerated().reversed() {
            waiting[Key(type: entity.type.rawValue, start: entity.start, end: entity.end), default: []].append(index)
        }
        var strict = [Pair]()
        for (index, entity) in prediction.enumerated() {
            let key = Key(type: entity.type.rawValue, start: entity.start, end: entity.end)
            guard let goldIndex = waiting[key]?.popLast() else { continue }
            strict.append(Pair(gold: goldIndex, prediction: index))
            goldUsed[goldIndex] = true
            predictionUsed[index] = true
        }

        // Round 2: every same-type overlapping pair left, largest overlap first.
        var candidates = [(overlap: Int, gold: Int, prediction: Int)]()
        let goldOrder = gold.indices.filter { !goldUsed[$0] }.sorted { (gold[$0].start, gold[$0].end, $0) < (gold[$1].start, gold[$1].end, $1) }
        let predictionOrder = prediction.indices.filter { !predictionUsed[$0] }
            .sorted { (prediction[$0].start, prediction[$0].end, $0) < (prediction[$1].start, prediction[$1].end, $1) }
        for g in goldOrder {
            for p in predictionOrder {
                if prediction[p].start >= gold[g].end { break }  // sorted by start: nothing further overlaps
                guard prediction[p].type == gold[g].type else { continue }
                let shared = gold[g].overlap(with: prediction[p])
                if shared > 0 { candidates.append((shared, g, p)) }
            }
        }
        candidates.sort { a, b in
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            let ga = gold[a.gold], gb = gold[b.gold], pa = prediction[a.prediction], pb = prediction[b.prediction]
            return (ga.start, ga.end, a.gold, pa.start, pa.end, a.prediction) < (gb.start, gb.end, b.gold, pb.start, pb.end, b.prediction)
        }
        var boundary = [Pair]()
        for candidate in candidates where !goldUsed[candidate.gold] && !predictionUsed[candidate.prediction] {
            boundary.append(Pair(gold: candidate.gold, prediction: candidate.prediction))
            goldUsed[candidate.gold] = true
            predictionUsed[candidate.prediction] = true
        }

        self.strict = strict.sorted { ($0.gold, $0.prediction) < ($1.gold, $1.prediction) }
        self.boundary = boundary.sorted { ($0.gold, $0.prediction) < ($1.gold, $1.prediction) }
        self.missed = gold.indices.filter { !goldUsed[$0] }
        self.spurious = prediction.indices.filter { !predictionUsed[$0] }
    }

    /// The gold index matched strictly to each prediction index.
    public var goldOfPrediction: [Int: Int] {
        Dictionary(uniqueKeysWithValues: strict.map { ($0.prediction, $0.gold) })
    }
}
