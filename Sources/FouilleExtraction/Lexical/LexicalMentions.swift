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

    static func mentions(in text: AnalyzedText, lexicon: Lexicon, keys: [Int32]) -> [Mention] {
        lexicon.matcher.matches(in: text, keys: keys).compactMap { match in
            let entries = match.entries.map { lexicon.matcher.entries[$0] }.filter { $0.type != nil }
            guard let entry = typePriority.lazy.compactMap({ type in entries.first { $0.type == type } }).first
                ?? entries.first, let type = entry.type else { return nil }
            let entity = Entity(type: type, span: match.span, code: entry.code, laterality: entry.laterality,
                                origin: "lexicon:\(entry.location)")
            return Mention(entity: entity, tokens: match.tokens)
        }
    }
}
