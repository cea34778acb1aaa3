/// How a term's letters must match the text.
public enum MatchMode: String, Sendable, Codable {
    /// Case, accents, ligatures, hyphen/space variants and plurals ignored.
    case fold
    /// As `fold`, but upper and lower case must be as written (short acronyms: `RE`, `ACE`).
    case `case`
}

/// One line of a lexicon table.
public struct LexiconEntry: Sendable, Equatable {
    public var term: String
    /// The entity type, or nil for the `Section` and `Laterality` tables.
    public var type: EntityType?
    /// The `type` column as written (`Section`, `Laterality`, or an entity type).
    public var typeName: String
    /// `NAMESPACE:VALUE`, or the canonical value for sections and laterality; nil when empty.
    public var code: String?
    public var match: MatchMode
    /// For a brand: the international name it contains.
    public var substance: String?
    /// For a regimen: its drugs, joined by `+` in the file.
    public var components: [String]
    /// `left`, `right` or `bilateral` when the term itself carries it.
    public var laterality: String?
    /// Where the entry comes from.
    public var file: String
    public var line: Int

    public init(term: String, type: EntityType?, typeName: String, code: String?, match: MatchMode = .fold,
                substance: String? = nil, components: [String] = [], laterality: String? = nil,
                file: String = "", line: Int = 0) {
        self.term = term
        self.type = type
        self.typeName = typeName
        self.code = code
        self.match = match
        self.substance = substance
        self.components = components
        self.laterality = laterality
        self.file = file
        self.line = line
    }

    /// `FILE:LINE`.
    public var location: String { "\(file):\(line)" }
}
