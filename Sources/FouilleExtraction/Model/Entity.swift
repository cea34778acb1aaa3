import FouilleLexicon
import FouilleText

/// The context of a mention, as the guideline's binary attributes.
public struct EntityAttributes: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Stated absent or not done (`pas de métastase`).
    public static let negated = EntityAttributes(rawValue: 1)
    /// Suspected, uncertain, conditional, proposed or planned (`suspicion de carcinome`).
    public static let hypothetical = EntityAttributes(rawValue: 2)
    /// About a relative (`sa mère a eu un cancer du sein`).
    public static let family = EntityAttributes(rawValue: 4)
    /// A past episode before the current disease (`ATCD de mélanome en 2010`).
    public static let history = EntityAttributes(rawValue: 8)

    /// The guideline's names, in its order.
    public static let named: [(String, EntityAttributes)] = [
        ("Negated", .negated), ("Hypothetical", .hypothetical), ("Family", .family), ("History", .history),
    ]

    public var names: [String] { Self.named.filter { contains($0.1) }.map(\.0) }
}

/// A fact found in a report: a typed span, its code and its context.
public struct Entity: Sendable, Equatable {
    public var type: EntityType
    /// UTF-8 byte offsets into the original text.
    public var span: TextSpan
    /// `NAMESPACE:VALUE` per the guideline, when one exists.
    public var code: String?
    public var attributes: EntityAttributes
    /// `left`, `right` or `bilateral` for a site or procedure that states it.
    public var laterality: String?
    /// What found it (`lexicon:Lexicons/tumour/morphology.tsv:12`, `pattern:tnm`), for explanations.
    public var origin: String

    public init(type: EntityType, span: TextSpan, code: String? = nil, attributes: EntityAttributes = [],
                laterality: String? = nil, origin: String) {
        self.type = type
        self.span = span
        self.code = code
        self.attributes = attributes
        self.laterality = laterality
        self.origin = origin
    }
}

/// The guideline's relations.
public enum RelationLabel: String, Sendable, CaseIterable, Codable {
    /// Biomarker → BiomarkerValue.
    case hasValue = "HasValue"
    /// Drug, Radiotherapy or Regimen → Dose.
    case hasDose = "HasDose"
}

/// A relation between two entities, by their index in ``ExtractionResult/entities``.
public struct Relation: Sendable, Equatable, Hashable {
    public var label: RelationLabel
    public var from: Int
    public var to: Int

    public init(label: RelationLabel, from: Int, to: Int) {
        self.label = label
        self.from = from
        self.to = to
    }
}
