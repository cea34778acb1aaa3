import FouilleLexicon
import FouilleText

/// The cue roles (`Lexicons/patterns/cues.tsv`, type `Cue`) of the longest cue starting at each token.
///
/// Rules ask "does a `lesion` cue start here?" many times per token; the cue
/// matcher runs once per token per document instead, and each question is a bit test.
struct CueMarks {
    /// The roles rules ask about, one bit each; a cue's code names its role.
    struct Roles: OptionSet {
        let rawValue: UInt16
        static let nonTumourHead = Roles(rawValue: 1 << 0)
        static let department = Roles(rawValue: 1 << 1)
        static let classification = Roles(rawValue: 1 << 2)
        static let gradeSystem = Roles(rawValue: 1 << 3)
        static let lesion = Roles(rawValue: 1 << 4)
        static let specimen = Roles(rawValue: 1 << 5)
        static let toxicity = Roles(rawValue: 1 << 6)
        static let nonOncologic = Roles(rawValue: 1 << 7)

        static let byCode: [String: Roles] = [
            "non-tumour-head": .nonTumourHead, "department": .department, "classification": .classification,
            "grade-system": .gradeSystem, "lesion": .lesion, "specimen": .specimen, "toxicity": .toxicity,
            "non-oncologic": .nonOncologic,
        ]
    }

    /// The cue matcher and the role of each of its entries, prepared once per pipeline.
    struct Table {
        let matcher: TermMatcher?
        let rolesByEntry: [Roles]

        init(lexicon: Lexicon) {
            matcher = lexicon.auxiliary["Cue"]
            rolesByEntry = (matcher?.entries ?? []).map { Roles.byCode[$0.code ?? ""] ?? [] }
        }
    }

    private let marks: [Roles]

    init(_ table: Table, text: AnalyzedText, keys: [Int32]) {
        var marks = [Roles](repeating: [], count: text.tokens.count)
        if let cues = table.matcher {
            for t in 0..<text.tokens.count where keys[t] >= 0 {
                guard let match = cues.longestMatch(startingAt: t, in: text, keys: keys) else { continue }
                for entry in match.entries { marks[t].formUnion(table.rolesByEntry[entry]) }
            }
        }
        self.marks = marks
    }

    /// True when the longest cue starting at token `index` has this role.
    func starts(_ role: Roles, at index: Int) -> Bool {
        index >= 0 && index < marks.count && marks[index].contains(role)
    }
}
