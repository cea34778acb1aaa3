import FouilleText

/// Every lexicon of a run, compiled: the term matcher, the section headers and the laterality words.
public struct Lexicon: Sendable {
    public let matcher: TermMatcher
    public let sectionRules: SectionRules
    /// Laterality by folded word (`droite` → `right`).
    public let laterality: [String: String]
    /// Matchers for the auxiliary tables, by their `type` (`Modifier`, `Value`, `Month`, `Cue`, `Context`).
    public let auxiliary: [String: TermMatcher]

    /// Words that extend a treatment mention (`adjuvante`, `de première ligne`); their
    /// `code` names the types they extend (`Regimen+Radiotherapy`).
    /// Stored: rules ask for it per mention, and a `String`-keyed look-up each time showed in profiles.
    public let modifiers: TermMatcher?
    /// The files read, in order.
    public let files: [String]
    /// Problems found while loading; errors mean some entries were left out.
    public let diagnostics: [LexiconDiagnostic]

    /// The token ids of a document, valid for the main matcher and every auxiliary one
    /// (they share one vocabulary): compute once per document.
    public func tokenKeys(_ keyText: TokenKeyText) -> [Int32] { matcher.tokenKeys(keyText) }

    public var errors: [LexiconDiagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [LexiconDiagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Number of entries per entity type.
    public func entryCounts() -> [EntityType: Int] {
        var counts = [EntityType: Int]()
        for entry in matcher.entries { if let type = entry.type { counts[type, default: 0] += 1 } }
        return counts
    }

    /// Number of distinct codes per entity type.
    public func codeCounts() -> [EntityType: Int] {
        var codes = [EntityType: Set<String>]()
        for entry in matcher.entries { if let type = entry.type, let code = entry.code { codes[type, default: []].insert(code) } }
        return codes.mapValues(\.count)
    }

    init(matcher: TermMatcher, sectionRules: SectionRules, laterality: [String: String], auxiliary: [String: TermMatcher],
         files: [String], diagnostics: [LexiconDiagnostic]) {
        self.matcher = matcher
        self.auxiliary = auxiliary
        self.modifiers = auxiliary["Modifier"]
        self.sectionRules = sectionRules
        self.laterality = laterality
        self.files = files
        self.diagnostics = diagnostics
    }
}
