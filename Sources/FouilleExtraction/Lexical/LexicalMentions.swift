import FouilleLexicon
import FouilleText

/// Turns lexicon matches into mentions: one entity per match, typed and coded from its entry.
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | Tumour | 1.00 | 0.99 | 1.00 |
///   | Site | 0.89 | 0.90 | 0.89 |
///   | Metastasis | 0.92 | 0.92 | 0.92 |
///   | Biomarker | 0.99 | 0.97 | 0.98 |
///   | Drug | 1.00 | 0.99 | 1.00 |
///   | Regimen | 1.00 | 0.99 | 0.99 |
///   | Surgery | 0.98 | 0.98 | 0.98 |
///   | Radiotherapy | 0.92 | 0.96 | 0.94 |
enum LexicalMentions {
    /// When one phrase is listed under several types, the more specific reading wins.
    static let typePriority: [EntityType] = [.metastasis, .tumour, .regimen, .drug, .surgery, .radiotherapy, .biomarker, .site]

    /// Rank of each type in ``typePriority`` (lower wins).
    private static let rank: [EntityType: Int] = Dictionary(uniqueKeysWithValues: typePriority.enumerated().map { ($1, $0) })

    static func mentions(in text: AnalyzedText, lexicon: Lexicon, keys: [Int32]) -> [Mention] {
        let matcher = lexicon.matcher
        return matcher.matches(in: text, keys: keys).compactMap { match in
            // Entries are read in place (no copy): pick the best-ranked typed one.
            var best: Int? = nil
            for index in match.entries {
                guard let type = matcher.entries[index].type else { continue }
                if let current = best, let currentType = matcher.entries[current].type,
                   rank[currentType, default: 99] <= rank[type, default: 99] { continue }
                best = index
            }
            guard let index = best, let type = matcher.entries[index].type else { return nil }
            let entity = Entity(type: type, span: match.span, code: matcher.entries[index].code,
                                laterality: matcher.entries[index].laterality, origin: matcher.origins[index])
            return Mention(entity: entity, tokens: match.tokens)
        }
    }
}
