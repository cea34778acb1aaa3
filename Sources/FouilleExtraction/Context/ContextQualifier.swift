import FouilleLexicon
import FouilleText

/// Sets the guideline's attributes (Negated, Hypothetical, Family, History) from context cues.
///
/// ConText-style: cues come from `Lexicons/context/context.tsv` with a role and
/// a direction. A forward cue qualifies the mentions after it in its sentence,
/// up to a terminator (`mais`, `avec`, `;`) or a window; a backward cue the
/// mentions just before it. Cues inside an entity (`non` of `carcinome non à
/// petites cellules`) and pseudo-cues (`pas de changement`) are ignored.
/// Sections add context too: a family-history section makes Family + History,
/// a personal-history section History, a therapeutic proposal Hypothetical.
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | Negated | 0.99 | 0.97 | 0.98 |
///   | Hypothetical | 0.99 | 0.95 | 0.97 |
///   | Family | 1.00 | 0.97 | 0.98 |
///   | History | 0.96 | 0.94 | 0.95 |
struct ContextQualifier {
    private struct Cue {
        var role: ContextRole
        var forward: Bool
        var start: Int
        var end: Int
    }

    /// What a section adds to the mentions in it, decided once per section.
    private enum SectionContext { case familyHistory, history, proposal, none }

    /// The Context lexicon, and the role and direction of each of its entries, parsed once per pipeline.
    private let cueMatcher: TermMatcher?
    private let cueKinds: [(role: ContextRole, forward: Bool)?]

    init(lexicon: Lexicon) {
        cueMatcher = lexicon.auxiliary["Context"]
        cueKinds = (cueMatcher?.entries ?? []).map { entry in
            // Codes are `ContextRole/direction`.
            let parts = (entry.code ?? "").split(separator: "/")
            return parts.count == 2 ? (ContextRole(parts[0]), parts[1] == "forward") : nil
        }
    }

    private static let backwardReach = 8
    /// An array, not a set: an entity type hashes as its name.
    private static let treatments: [EntityType] = [.drug, .regimen, .surgery, .radiotherapy]
    /// Words before a treatment that make it current or past, not proposed.
    private static let currentTreatmentWords: Set<String> = ["poursuite", "poursuivre", "apres", "sous", "recu", "recus", "recue", "depuis", "deja"]

    /// Family cues that name a relative, and so qualify their whole sentence.
    private static let relatives: Set<String> = ["mere", "pere", "soeur", "frere", "tante", "oncle", "grand-mere", "grand-pere",
                                                  "cousin", "cousine", "niece", "neveu", "sa", "son", "fille", "fils", "grand"]

    /// Sections of a pathology report, where `compatible avec` states the diagnosis.
    private static let pathologySections: Set<String> = ["MACROSCOPIE", "MICROSCOPIE", "IMMUNOHISTOCHIMIE", "BIOLOGIE_MOLECULAIRE"]
    private static let complementWords: Set<String> = ["du", "de", "d'", "des", "l'"]
    private static let clauseContinuations: Set<String> = ["de", "d'", "du", "des", "ni", "ou", "et"]
    private static let backwardStops: Set<String> = [":", ";", "("]

    func apply(_ mentions: inout [Mention], text: AnalyzedText, keys: [Int32], words: TokenWords) {
        var inside = [Bool](repeating: false, count: text.tokens.count)
        for index in mentions.indices { for t in mentions[index].tokens { inside[t] = true } }
        let cues = findCues(text: text, keys: keys, outside: inside)
        // Cues are in text order, so each sentence's cues are one run: its first cue, by sentence.
        var cueRunStart = [Int](repeating: -1, count: text.sentences.count)
        for (k, cue) in cues.enumerated().reversed() { cueRunStart[Int(text.tokens[cue.start].sentence)] = k }
        // A conclusion states the diagnosis in a pathology report, not in an imaging report.
        let isPathologyReport = text.sections.contains { ["MACROSCOPIE", "MICROSCOPIE", "IMMUNOHISTOCHIMIE"].contains($0.name ?? "") }
        let sectionContexts = text.sections.map { section -> (pathology: Bool, context: SectionContext) in
            let name = section.name
            let pathology = name.map { Self.pathologySections.contains($0) || ($0 == "CONCLUSION" && isPathologyReport) } ?? false
            switch name {
            case "ANTECEDENTS_FAMILIAUX": return (pathology, .familyHistory)
            case "ANTECEDENTS": return (pathology, .history)
            case "PROPOSITION_THERAPEUTIQUE": return (pathology, .proposal)
            default: return (pathology, .none)
            }
        }
        var attributable = [Bool](repeating: false, count: text.tokens.count)
        for index in mentions.indices where mentions[index].entity.type.takesAttributes {
            for t in mentions[index].tokens { attributable[t] = true }
        }
        for index in mentions.indices where mentions[index].entity.type.takesAttributes {
            let first = mentions[index].tokens.lowerBound
            let type = mentions[index].entity.type
            let sentence = text.tokens[first].sentence
            let section = sectionContexts[Int(text.tokens[first].section)]
            var attributes = EntityAttributes()
            if case let runStart = cueRunStart[Int(sentence)], runStart >= 0 {
                var end = runStart
                while end < cues.count, text.tokens[cues[end].start].sentence == sentence { end += 1 }
                let sentenceCues = cues[runStart..<end]
                for cue in sentenceCues {
                    if let attribute = Self.attribute(of: cue, for: mentions[index], pathology: section.pathology,
                                                 sentenceCues: sentenceCues, text: text, words: words, attributable: attributable) {
                        attributes.insert(attribute)
                    }
                }
            }
            switch section.context {
            case .familyHistory: attributes.insert(.family)
            case .history: if type == .tumour || type == .metastasis { attributes.insert(.history) }
            case .proposal:
                // A proposal, unless the text speaks of a treatment under way or done (`poursuite de`, `après`).
                let current = (max(0, first - 3)..<first).contains { Self.currentTreatmentWords.contains(words.folded($0)) }
                if Self.treatments.contains(type), !attributes.contains(.negated), !current { attributes.insert(.hypothetical) }
            case .none: break
            }
            // A relative's cancer is a past episode too (guideline: Family + History).
            if attributes.contains(.family) { attributes.insert(.history) }
            // Not done is not planned: "pas d'indication à une radiothérapie", "non retenue" are Negated only.
            if attributes.contains(.negated) { attributes.remove(.hypothetical) }
            mentions[index].entity.attributes = attributes
        }
        Self.propagateToTreatments(&mentions, text: text)
    }

    /// Cues, leftmost-longest, outside entities, in text order.
    private func findCues(text: AnalyzedText, keys: [Int32], outside inside: [Bool]) -> [Cue] {
        var vocabulary = Vocabulary(cueMatcher, text: text, keys: keys)
        var cues = [Cue]()
        var i = 0
        while i < text.tokens.count {
            guard !inside[i], let found = vocabulary.match(at: i) else { i += 1; continue }
            for entry in found.entries {
                guard let kind = cueKinds[entry] else { continue }
                cues.append(Cue(role: kind.role, forward: kind.forward, start: i, end: found.end))
            }
            i = found.end
        }
        return cues
    }

    /// The attribute one cue of the mention's sentence gives the mention, if any.
    private static func attribute(of cue: Cue, for m: Mention, pathology: Bool, sentenceCues: ArraySlice<Cue>,
                                  text: AnalyzedText, words: TokenWords, attributable: [Bool]) -> EntityAttributes? {
        // `compatible avec`, `évoque`: hypothetical on imaging, the diagnosis itself in pathology.
        if cue.role == .suggestive, pathology { return nil }
        guard let attribute = cue.role.attribute else { return nil }
        if cue.forward, cue.end <= m.tokens.lowerBound {
            // `0 ganglion métastatique`: a number negates only what follows it directly.
            let limit = cue.role == .negated && text.tokens[cue.start].kind == .number ? 0 : cue.role.reach
            guard m.tokens.lowerBound - cue.end <= limit, !terminated(between: cue.end, m.tokens.lowerBound, sentenceCues, words) else { return nil }
            if isPseudo(cue, sentenceCues) { return nil }
            if cue.role == .negated {
                // `pas de métastase du carcinome`: the complement of a negated mention is not negated;
                // `sans traduction nette, suspecte de ...`: a new clause after a comma is not either.
                let between = cue.end..<m.tokens.lowerBound
                let complement = between.contains { attributable[$0] } && complementWords.contains(words.folded(m.tokens.lowerBound - 1))
                let clause = between.contains { words.folded($0) == "," && !clauseContinuations.contains(words.folded($0 + 1)) }
                if complement || clause { return nil }
            }
            return attribute
        } else if !cue.forward, cue.start >= m.tokens.upperBound, cue.start - m.tokens.upperBound <= backwardReach,
                  !(m.tokens.upperBound..<cue.start).contains(where: { backwardStops.contains(words.folded($0)) }) {
            return attribute
        } else if cue.role == .family, Self.relatives.contains(words.folded(cue.start)) {
            // A relative named anywhere in the sentence: "cancer du sein chez sa mère".
            return attribute
        }
        return nil
    }

    /// `Carcinome in situ du sein en 2012, traité par tumorectomie et radiothérapie`: the treatments
    /// of a previous (or a relative's) cancer share its History and Family.
    private static func propagateToTreatments(_ mentions: inout [Mention], text: AnalyzedText) {
        var past = [Int32: EntityAttributes]()
        for index in mentions.indices where mentions[index].entity.type == .tumour {
            let attributes = mentions[index].entity.attributes
            let inherited = attributes.intersection([.history, .family])
            if !inherited.isEmpty, !attributes.contains(.negated) {
                past[text.tokens[mentions[index].tokens.lowerBound].sentence, default: []].formUnion(inherited)
            }
        }
        guard !past.isEmpty else { return }
        for index in mentions.indices where treatments.contains(mentions[index].entity.type) {
            if let inherited = past[text.tokens[mentions[index].tokens.lowerBound].sentence] {
                mentions[index].entity.attributes.formUnion(inherited)
            }
        }
    }

    private static func isPseudo(_ cue: Cue, _ cues: ArraySlice<Cue>) -> Bool {
        cues.contains { $0.role == .pseudo && $0.start <= cue.start && $0.end >= cue.end }
    }

    private static func terminated(between from: Int, _ to: Int, _ cues: ArraySlice<Cue>, _ words: TokenWords) -> Bool {
        if cues.contains(where: { $0.role == .terminate && $0.start >= from && $0.start < to }) { return true }
        return (from..<to).contains { words.folded($0) == ";" }
    }
}
