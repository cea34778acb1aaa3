import FouilleFormats
import FouilleLexicon

/// One document's annotations, ready to score: gold, a prediction, or one annotator's set.
///
/// Build it from a brat file with ``init(name:text:brat:)``, or directly from
/// an extraction's output (offsets in Unicode scalars: convert byte spans with
/// `ScalarOffsetMap.scalarRange(of:)`).
public struct EvaluationDocument: Sendable {
    /// The document's name, shared by its gold and predicted versions (`001_anapath_sein`).
    public var name: String
    /// The text the offsets point into.
    public var text: BratText
    public var entities: [EvaluationEntity]
    public var relations: [EvaluationRelation]

    public init(name: String, text: BratText, entities: [EvaluationEntity] = [], relations: [EvaluationRelation] = []) {
        self.name = name
        self.text = text
        self.entities = entities
        self.relations = relations
    }

    /// Keeps what can be scored from a brat document, whose diagnostics are reported elsewhere.
    ///
    /// Dropped: entities with an unknown type, a discontinuous span or offsets
    /// outside the text; attributes the guideline does not name or that sit on
    /// a type taking none; relations whose arguments were dropped. Kept as
    /// written: relation labels and codes, right or wrong, so that a wrong one
    /// counts as an error rather than vanishing.
    public init(name: String, text: BratText, brat: BratDocument) {
        var attributes = [String: Set<GuidelineAttribute>]()
        for attribute in brat.attributes where attribute.value == nil {
            if let known = GuidelineAttribute(rawValue: attribute.name) { attributes[attribute.target, default: []].insert(known) }
        }
        var codes = [String: Set<String>]()
        for normalization in brat.normalizations { codes[normalization.target, default: []].insert(normalization.code) }
        var seen = Set<String>()
        var entities = [EvaluationEntity]()
        for entity in brat.entities where !seen.contains(entity.id) {
            seen.insert(entity.id)
            guard let type = EntityType(rawValue: entity.type), !entity.isDiscontinuous,
                  entity.start >= 0, entity.end <= text.scalarCount, entity.start < entity.end else { continue }
            entities.append(EvaluationEntity(
                id: entity.id, type: type, start: entity.start, end: entity.end,
                text: text.text(ofScalars: entity.start..<entity.end) ?? entity.text,
                attributes: type.takesAttributes ? attributes[entity.id] ?? [] : [],
                codes: Array(codes[entity.id] ?? [])))
        }
        let kept = Set(entities.map(\.id))
        let relations = brat.relations.filter { kept.contains($0.arg1) && kept.contains($0.arg2) }
            .map { EvaluationRelation(label: $0.label, arg1: $0.arg1, arg2: $0.arg2) }
        self.init(name: name, text: text, entities: entities, relations: relations)
    }
}
