import FouilleFormats
import FouilleLexicon

/// Scores documents against their gold, per the guideline's Scoring section.
///
/// - Entities: strict and overlap (``EntityAlignment``); P/R/F1 per type, micro, macro.
/// - Attributes: on strict pairs of types that take attributes, accuracy and P/R/F1 per attribute.
/// - Relations: a relation counts when its label is the same and both arguments match strictly.
/// - Normalisation: accuracy over strict pairs whose gold entity has a code (exact string equality).
///
/// When gold and prediction are two annotators' sets, the same numbers are
/// inter-annotator agreement: swapping the sides swaps precision and recall
/// and leaves F1 unchanged.
public enum CorpusEvaluator {
    public static func evaluate(_ pairs: [DocumentPair]) -> EvaluationReport {
        var report = EvaluationReport()
        for pair in pairs { add(pair, to: &report) }
        return report
    }

    static func add(_ pair: DocumentPair, to report: inout EvaluationReport) {
        let gold = pair.gold
        let prediction = pair.prediction ?? EvaluationDocument(name: gold.name, text: gold.text)
        let alignment = EntityAlignment(gold: gold.entities, prediction: prediction.entities)
        let name = gold.name

        // Entities, per type.
        var strictMatches = [EntityType: Int](), overlapMatches = [EntityType: Int]()
        for pair in alignment.strict { strictMatches[gold.entities[pair.gold].type, default: 0] += 1 }
        for pair in alignment.strict + alignment.boundary { overlapMatches[gold.entities[pair.gold].type, default: 0] += 1 }
        var goldCounts = [EntityType: Int](), predictedCounts = [EntityType: Int]()
        for entity in gold.entities { goldCounts[entity.type, default: 0] += 1 }
        for entity in prediction.entities { predictedCounts[entity.type, default: 0] += 1 }
        var documentStrict = Score(), documentOverlap = Score()
        for type in Set(goldCounts.keys).union(predictedCounts.keys) {
            let g = goldCounts[type] ?? 0, p = predictedCounts[type] ?? 0
            let strict = Score(matched: strictMatches[type] ?? 0, gold: g, predicted: p)
            let overlap = Score(matched: overlapMatches[type] ?? 0, gold: g, predicted: p)
            report.strict.add(strict, to: type)
            report.overlap.add(overlap, to: type)
            documentStrict += strict
            documentOverlap += overlap
        }
        report.documents.append(DocumentScore(name: name, hasPrediction: pair.prediction != nil,
                                              strict: documentStrict, overlap: documentOverlap))

        // Entity errors.
        for pair in alignment.boundary {
            let g = gold.entities[pair.gold], p = prediction.entities[pair.prediction]
            let both = min(g.start, p.start)..<max(g.end, p.end)
            report.entityErrors.append(EntityError(kind: .boundary, document: name, type: g.type,
                                                   gold: Mention(g, in: gold.text, mark: .gold, around: both),
                                                   prediction: Mention(p, in: gold.text, mark: .prediction, around: both)))
        }
        for index in alignment.missed {
            let g = gold.entities[index]
            report.entityErrors.append(EntityError(kind: .missed, document: name, type: g.type, gold: Mention(g, in: gold.text, mark: .gold),
                                                   otherSideType: otherType(of: g, among: prediction.entities)))
        }
        for index in alignment.spurious {
            let p = prediction.entities[index]
            report.entityErrors.append(EntityError(kind: .spurious, document: name, type: p.type,
                                                   prediction: Mention(p, in: gold.text, mark: .prediction),
                                                   otherSideType: otherType(of: p, among: gold.entities)))
        }

        // Attributes and codes, on strict pairs.
        for pair in alignment.strict {
            let g = gold.entities[pair.gold], p = prediction.entities[pair.prediction]
            if g.type.takesAttributes {
                for index in report.attributes.indices {
                    let attribute = report.attributes[index].attribute
                    let inGold = g.attributes.contains(attribute), inPrediction = p.attributes.contains(attribute)
                    report.attributes[index].agreement.record(inGold == inPrediction)
                    report.attributes[index].score += Score(truePositives: inGold && inPrediction ? 1 : 0,
                                                            falsePositives: !inGold && inPrediction ? 1 : 0,
                                                            falseNegatives: inGold && !inPrediction ? 1 : 0)
                    if inGold != inPrediction {
                        report.attributeErrors.append(AttributeError(document: name, attribute: attribute,
                                                                     mention: Mention(g, in: gold.text, mark: .gold), inGold: inGold))
                    }
                }
            }
            if !g.codes.isEmpty {
                let correct = g.codes == p.codes
                report.normalisation[g.type, default: Accuracy()].record(correct)
                if !correct {
                    report.codeErrors.append(CodeError(document: name, mention: Mention(g, in: gold.text, mark: .gold),
                                                       goldCodes: g.codes, predictedCodes: p.codes))
                }
            }
        }

        addRelations(gold: gold, prediction: prediction, alignment: alignment, to: &report)
    }

    /// Relations are compared as sets of (label, gold Arg1, gold Arg2): a predicted argument
    /// stands for the gold entity it matches strictly, and one that matches none can match nothing.
    private static func addRelations(gold: EvaluationDocument, prediction: EvaluationDocument, alignment: EntityAlignment,
                                     to report: inout EvaluationReport) {
        let goldOfPrediction = alignment.goldOfPrediction
        let goldIndex = Dictionary(gold.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let predictionIndex = Dictionary(prediction.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        struct Key: Hashable { let label: String; let arg1: Int; let arg2: Int }

        var goldKeys = [Key: EvaluationRelation]()
        for relation in gold.relations {
            guard let a = goldIndex[relation.arg1], let b = goldIndex[relation.arg2] else { continue }
            goldKeys[Key(label: relation.label, arg1: a, arg2: b)] = goldKeys[Key(label: relation.label, arg1: a, arg2: b)] ?? relation
        }
        var predictedKeys = [Key: EvaluationRelation]()
        var unmatchable = [EvaluationRelation]()
        var seenUnmatchable = Set<EvaluationRelation>()
        for relation in prediction.relations {
            guard let a = predictionIndex[relation.arg1], let b = predictionIndex[relation.arg2] else { continue }
            if let ga = goldOfPrediction[a], let gb = goldOfPrediction[b] {
                let key = Key(label: relation.label, arg1: ga, arg2: gb)
                if predictedKeys[key] == nil { predictedKeys[key] = relation }
            } else if seenUnmatchable.insert(relation).inserted {
                unmatchable.append(relation)
            }
        }

        var perLabel = [String: (gold: Int, predicted: Int, matched: Int)]()
        for key in goldKeys.keys { perLabel[key.label, default: (0, 0, 0)].gold += 1 }
        for key in predictedKeys.keys { perLabel[key.label, default: (0, 0, 0)].predicted += 1 }
        for relation in unmatchable { perLabel[relation.label, default: (0, 0, 0)].predicted += 1 }
        for key in goldKeys.keys where predictedKeys[key] != nil { perLabel[key.label, default: (0, 0, 0)].matched += 1 }
        for (label, counts) in perLabel {
            report.relations.add(Score(matched: counts.matched, gold: counts.gold, predicted: counts.predicted), to: label)
        }

        func error(_ kind: RelationError.Kind, _ relation: EvaluationRelation, _ document: EvaluationDocument,
                   _ index: [String: Int], mark: TextContext.Mark) -> RelationError? {
            guard let a = index[relation.arg1], let b = index[relation.arg2] else { return nil }
            let first = document.entities[a], second = document.entities[b]
            let context = TextContext(text: gold.text, marks: [(first.start..<first.end, mark), (second.start..<second.end, mark)])
            return RelationError(kind: kind, document: gold.name, label: relation.label,
                                 arg1: Mention(first, in: gold.text, mark: mark), arg2: Mention(second, in: gold.text, mark: mark),
                                 context: context)
        }
        let missed = goldKeys.filter { predictedKeys[$0.key] == nil }.sorted { ($0.key.arg1, $0.key.arg2, $0.key.label) < ($1.key.arg1, $1.key.arg2, $1.key.label) }
        for (_, relation) in missed {
            if let item = error(.missed, relation, gold, goldIndex, mark: .gold) { report.relationErrors.append(item) }
        }
        let spurious = predictedKeys.filter { goldKeys[$0.key] == nil }.sorted { ($0.key.arg1, $0.key.arg2, $0.key.label) < ($1.key.arg1, $1.key.arg2, $1.key.label) }
        for relation in spurious.map(\.value) + unmatchable {
            if let item = error(.spurious, relation, prediction, predictionIndex, mark: .prediction) { report.relationErrors.append(item) }
        }
    }

    /// The type of the other side's entity sharing the most characters with this one, when its type differs.
    private static func otherType(of entity: EvaluationEntity, among others: [EvaluationEntity]) -> EntityType? {
        var best: (shared: Int, type: EntityType)?
        for other in others where other.type != entity.type {
            let shared = entity.overlap(with: other)
            if shared > 0, shared > (best?.shared ?? 0) { best = (shared, other.type) }
        }
        return best?.type
    }
}
