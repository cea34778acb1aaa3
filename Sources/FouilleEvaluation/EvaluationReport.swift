import FouilleFormats
import FouilleLexicon

/// Everything scoring found, per the guideline's Scoring section, and every error behind the numbers.
///
/// Render it with ``ReportTable``, ``ReportJSON`` or ``ReportHTML``.
public struct EvaluationReport: Sendable {
    /// Entities, same type and same span.
    public var strict: ScoreTable<EntityType>
    /// Entities, same type and intersecting spans, one to one (see ``EntityAlignment``).
    public var overlap: ScoreTable<EntityType>
    /// Per attribute, on strict pairs of types that take attributes; every attribute is listed.
    public var attributes: [AttributeScore]
    /// Relations whose two arguments match strictly, per label.
    public var relations: ScoreTable<String>
    /// Code accuracy over strict pairs whose gold entity has a code, per type.
    public var normalisation: [EntityType: Accuracy]
    /// Per document, in name order.
    public var documents: [DocumentScore]
    public var entityErrors: [EntityError]
    public var relationErrors: [RelationError]
    public var codeErrors: [CodeError]
    public var attributeErrors: [AttributeError]

    public init(strict: ScoreTable<EntityType> = ScoreTable(), overlap: ScoreTable<EntityType> = ScoreTable(),
                attributes: [AttributeScore] = GuidelineAttribute.allCases.map { AttributeScore(attribute: $0) },
                relations: ScoreTable<String> = ScoreTable(), normalisation: [EntityType: Accuracy] = [:],
                documents: [DocumentScore] = [], entityErrors: [EntityError] = [], relationErrors: [RelationError] = [],
                codeErrors: [CodeError] = [], attributeErrors: [AttributeError] = []) {
        self.strict = strict
        self.overlap = overlap
        self.attributes = attributes
        self.relations = relations
        self.normalisation = normalisation
        self.documents = documents
        self.entityErrors = entityErrors
        self.relationErrors = relationErrors
        self.codeErrors = codeErrors
        self.attributeErrors = attributeErrors
    }

    /// Code accuracy over all types.
    public var normalisationOverall: Accuracy { normalisation.values.reduce(Accuracy(), +) }

    /// Strict pairs on which attributes were compared (the same for every attribute).
    public var attributePairs: Int { attributes.first?.agreement.evaluated ?? 0 }

    /// Types present in gold or prediction, in guideline order.
    public var types: [EntityType] { Set(strict.keys + overlap.keys).sorted() }

    public func errors(of kind: EntityError.Kind) -> [EntityError] { entityErrors.filter { $0.kind == kind } }
}
