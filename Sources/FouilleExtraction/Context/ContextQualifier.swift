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
enum ContextQualifier {
    private struct Cue {
        var role: String
        var forward: Bool
        var start: Int
        var end: Int
    }

    /// Forward reach of each role, in tokens.
    private static let reach: [String: Int] = ["Negated": 8, "Hypothetical": 20, "Suggestive": 12, "Family": 40, "History": 10]
    private static let backwardReach = 8
    private static let treatments: Set<EntityType> = [.drug, .regimen, .surgery, .radiotherapy]
    /// Words before a treatment that make it current or past, not proposed.
    private static let currentTreatmentWords: Set<String> = ["poursuite", "poursuivre", "apres", "sous", "recu", "recus", "recue", "depuis", "deja"]

    /// Family cues that name a relative, and so qualify their whole sentence.
    private static let relatives: Set<String> = ["mere", "pere", "soeur", "frere", "tante", "oncle", "grand-mere", "grand-pere",
                                                  "cousin", "cousine", "niece", "neveu", "sa", "son", "fille", "fils", "grand"]

    /// Sections of a pathology report, where `compatible avec` states the diagnosis.
    private static let pathologySections: Set<String> = ["MACROSCOPIE", "MICROSCOPIE", "IMMUNOHISTOCHIMIE", "BIOLOGIE_MOLECULAIRE"]

    static func apply(_ mentions: inout [Mention], text: AnalyzedText, lexicon: Lexicon, keys: [Int32], words: TokenWords) {
        var vocabulary = Vocabulary(lexicon.auxiliary["Context"], text: text, keys: keys)
        var inside = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for t in m.tokens { inside[t] = true } }
        // Cues, leftmost-longest, outside entities.
        var cues = [Cue]()
        var i = 0
        while i < text.tokens.count {
            guard !inside[i], let found = vocabulary.match(at: i) else { i += 1; continue }
            for entry in found.entries {
                let parts = (vocabulary.code(of: entry) ?? "").split(separator: "/")
                guard parts.count == 2 else { continue }
                cues.append(Cue(role: String(parts[0]), forward: parts[1] == "forward", start: i, end: found.end))
            }
            i = found.end
        }
        // A conclusion states the diagnosis in a pathology report, not in an imaging report.
        let isPathologyReport = text.sections.contains { ["MACROSCOPIE", "MICROSCOPIE", "IMMUNOHISTOCHIMIE"].contains($0.name ?? "") }
        var attributable = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions where m.entity.type.takesAttributes { for t in m.tokens { attributable[t] = true } }
        for index in mentions.indices where mentions[index].entity.type.takesAttributes {
            let m = mentions[index]
            var attributes = EntityAttributes()
            let sectionName = text.section(of: text.tokens[m.tokens.lowerBound]).name
            let pathology = sectionName.map { Self.pathologySections.contains($0) || ($0 == "CONCLUSION" && isPathologyReport) } ?? false
            for cue in cues where text.sameSentence(cue.start, m.tokens.lowerBound) {
                // `compatible avec`, `évoque`: hypothetical on imaging, the diagnosis itself in pathology.
                if cue.role == "Suggestive", pathology { continue }
                guard let attribute = attribute(for: cue.role) else { continue }
                if cue.forward, cue.end <= m.tokens.lowerBound {
                    // `0 ganglion métastatique`: a number negates only what follows it directly.
                    let limit = cue.role == "Negated" && isNumber(cue, text) ? 0 : reach[cue.role] ?? 8
                    guard m.tokens.lowerBound - cue.end <= limit, !terminated(between: cue.end, m.tokens.lowerBound, cues, words) else { continue }
                    if isPseudo(cue, cues) { continue }
                    if cue.role == "Negated" {
                        // `pas de métastase du carcinome`: the complement of a negated mention is not negated;
                        // `sans traduction nette, suspecte de ...`: a new clause after a comma is not either.
                        let between = cue.end..<m.tokens.lowerBound
                        let complement = between.contains { attributable[$0] } && ["du", "de", "d'", "des", "l'"].contains(words.folded(m.tokens.lowerBound - 1))
                        let clause = between.contains { words.folded($0) == "," && !["de", "d'", "du", "des", "ni", "ou", "et"].contains(words.folded($0 + 1)) }
                        if complement || clause { continue }
                    }
                    attributes.insert(attribute)
                } else if !cue.forward, cue.start >= m.tokens.upperBound, cue.start - m.tokens.upperBound <= backwardReach,
                          !(m.tokens.upperBound..<cue.start).contains(where: { [":", ";", "("].contains(words.folded($0)) }) {
                    attributes.insert(attribute)
                } else if cue.role == "Family", Self.relatives.contains(words.folded(cue.start)) {
                    // A relative named anywhere in the sentence: "cancer du sein chez sa mère".
                    attributes.insert(attribute)
                }
            }
            switch sectionName {
            case "ANTECEDENTS_FAMILIAUX": attributes.insert(.family)
            case "ANTECEDENTS": if m.entity.type == .tumour || m.entity.type == .metastasis { attributes.insert(.history) }
            case "PROPOSITION_THERAPEUTIQUE":
                // A proposal, unless the text speaks of a treatment under way or done (`poursuite de`, `après`).
                let first = m.tokens.lowerBound
                let current = (max(0, first - 3)..<first).contains { Self.currentTreatmentWords.contains(words.folded($0)) }
                if treatments.contains(m.entity.type), !attributes.contains(.negated), !current { attributes.insert(.hypothetical) }
            default: break
            }
            // A relative's cancer is a past episode too (guideline: Family + History).
            if attributes.contains(.family) { attributes.insert(.history) }
            // Not done is not planned: "pas d'indication à une radiothérapie", "non retenue" are Negated only.
            if attributes.contains(.negated) { attributes.remove(.hypothetical) }
            mentions[index].entity.attributes = attributes
        }
        propagateToTreatments(&mentions, text: text)
    }

    /// `Carcinome in situ du sein en 2012, traité par tumorectomie et radiothérapie`: the treatments
    /// of a previous (or a relative's) cancer share its History and Family.
    private static func propagateToTreatments(_ mentions: inout [Mention], text: AnalyzedText) {
        var past = [Int32: EntityAttributes]()
        for m in mentions where m.entity.type == .tumour {
            let inherited = m.entity.attributes.intersection([.history, .family])
            if !inherited.isEmpty, !m.entity.attributes.contains(.negated) {
                past[text.tokens[m.tokens.lowerBound].sentence, default: []].formUnion(inherited)
            }
        }
        guard !past.isEmpty else { return }
        for index in mentions.indices where treatments.contains(mentions[index].entity.type) {
            if let inherited = past[text.tokens[mentions[index].tokens.lowerBound].sentence] {
                mentions[index].entity.attributes.formUnion(inherited)
            }
        }
    }

    private static func attribute(for role: String) -> EntityAttributes? {
        switch role {
        case "Negated": return .negated
        case "Hypothetical", "Suggestive": return .hypothetical
        case "Family": return .family
        case "History": return .history
        default: return nil
        }
    }

    private static func isNumber(_ cue: Cue, _ text: AnalyzedText) -> Bool { text.tokens[cue.start].kind == .number }

    private static func isPseudo(_ cue: Cue, _ cues: [Cue]) -> Bool {
        cues.contains { $0.role == "Pseudo" && $0.start <= cue.start && $0.end >= cue.end }
    }

    private static func terminated(between from: Int, _ to: Int, _ cues: [Cue], _ words: TokenWords) -> Bool {
        if cues.contains(where: { $0.role == "Terminate" && $0.start >= from && $0.start < to }) { return true }
        return (from..<to).contains { words.folded($0) == ";" }
    }
}
