import FouilleLexicon
import FouilleText

/// The guideline's span rules applied to lexicon mentions (`../shared/ANNOTATION.md`, "Span decisions").
///
/// - a site with its sub-site and laterality is one Site: `quadrant supéro-externe du sein droit`;
/// - Surgery and Radiotherapy keep their adjectives: `mastectomie gauche`, `radiothérapie externe pelvienne`;
/// - a treatment class keeps its adjectives and phase: `chimiothérapie adjuvante`, `chimiothérapie d'induction`;
/// - a regimen keeps the cycle count and dose written around its acronym: `4 EC 90`, `R-CHOP 21`;
/// - the `EGFR` of `anti-EGFR` is no biomarker;
/// - a Site is kept only where it locates a Tumour, Metastasis, Surgery or Radiotherapy of its sentence.
struct SpanRules {
    let text: AnalyzedText
    let lexicon: Lexicon
    /// The text's token ids, shared by every matcher of the lexicon (one vocabulary).
    let keys: [Int32]
    /// The folded text of each token, computed once.
    let words: TokenWords

    /// The cue roles starting at each token.
    let cues: CueMarks
    /// `treatment/modifiers.tsv`, looked up once per document rather than per mention.
    let modifiers: TermMatcher?
    /// First bytes of the laterality words: most words cannot be one, and are not hashed.
    let lateralityInitials: ByteSet

    init(text: AnalyzedText, lexicon: Lexicon, keys: [Int32], words: TokenWords, cues: CueMarks) {
        self.text = text
        self.lexicon = lexicon
        self.words = words
        self.keys = keys
        self.cues = cues
        self.modifiers = lexicon.modifiers
        self.lateralityInitials = ByteSet(initialsOf: lexicon.laterality.keys)
    }

    /// How many tokens may separate a Site from the mention it locates.
    static let siteReach = 7
    /// Words joining a sub-site to its organ (`du`, `de la`, `des`, `d'`).
    static let siteLinks: Set<String> = ["de", "du", "des", "d'", "la", "l'"]
    /// Tokens after a regimen number that make it a count, not part of the regimen name.
    static let countNouns: Set<String> = ["cure", "cures", "cycle", "cycles", "seance", "seances", "fois", "mg", "g",
                                   "%", "semaine", "semaines", "jour", "jours", "j", "injection", "injections", "mois", "ans"]

    func apply(_ mentions: [Mention]) -> [Mention] {
        var out = mentions.filter { !isAntiTarget($0) && !isDepartment($0) && !isUnsupportedShortAcronym($0) }
        dropApproaches(&out)
        mergeSites(&out)
        attachSitesToMetastases(&out)
        for index in out.indices { extendMetastasisAdjective(&out[index]) }
        attachToProcedures(&out)
        // In place: a Mention holds strings, and copying it costs reference counting.
        for index in out.indices {
            extendWithModifiers(&out[index])
            extendRegimenNumbers(&out[index])
        }
        out = keepLocatingSites(out)
        return out
    }

    /// A one-word site adjective (`pelvienne`, `mammaire`), or a laterality-only site.
    func isAdjectival(_ mention: Mention) -> Bool {
        // One word, or one hyphenated word (`sus-claviculaire`, `lombo-aortique`), its side aside (`cervicale gauche`).
        var tokens = mention.tokens
        if tokens.count > 1, isLaterality(tokens.upperBound - 1) { tokens = tokens.lowerBound..<(tokens.upperBound - 1) }
        var parts = 0
        for t in tokens where !words.isHyphen(t) { parts += 1 }
        guard parts == 1 || (parts == 2 && tokens.count == 3) else { return false }
        let last = tokens.upperBound - 1
        return words.hasSuffix(last, in: Self.adjectiveEndings) && !Self.organNouns.contains(words.folded(last))
    }

    /// True when token `index` is a laterality word (`droite`).
    func isLaterality(_ index: Int) -> Bool {
        guard let initial = words.firstByte(index), lateralityInitials.contains(initial) else { return false }
        return lexicon.laterality[words.folded(index)] != nil
    }

    static let adjectiveEndings = SuffixSet([
        "ien", "ienne", "iens", "iennes", "al", "ale", "aux", "ales", "ique", "iques", "aire", "aires", "eux", "euse", "euses",
        "ee", "ees", "in", "ine", "ins", "ines", "el", "elle", "els", "elles", "ral", "rale",
    ])
    /// Organ nouns that end like adjectives.
    static let organNouns: Set<String> = ["sein", "foie", "poumon", "colon", "rectum", "os"]

}
