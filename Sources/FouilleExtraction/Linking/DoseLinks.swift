import FouilleLexicon
import FouilleText

/// HasDose: each Dose to the treatment it measures, in its sentence.
///
/// Radiation doses (`Gy`, `GBq`) go to the nearest Radiotherapy, drug doses to
/// the nearest Drug or Regimen; the treatment written before the dose is
/// preferred (`capécitabine 825 mg/m²`), else the one after it.
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | HasDose | 0.95 | 0.90 | 0.92 |
enum DoseLinks {
    static func relations(_ mentions: [Mention], text: AnalyzedText) -> [(treatment: Int, dose: Int)] {
        var out = [(Int, Int)]()
        for dose in mentions where dose.entity.type == .dose {
            let radiation = dose.entity.origin == "pattern:radiation-dose"
            let wanted: Set<EntityType> = radiation ? [.radiotherapy] : [.drug, .regimen]
            let fallback: Set<EntityType> = [.drug, .regimen, .radiotherapy]
            let sentence = text.tokens[dose.tokens.lowerBound].sentence
            func candidates(_ types: Set<EntityType>) -> Mention? {
                let inSentence = mentions.filter { types.contains($0.entity.type) && text.tokens[$0.tokens.lowerBound].sentence == sentence }
                let before = inSentence.filter { $0.tokens.upperBound <= dose.tokens.lowerBound }.max { $0.tokens.lowerBound < $1.tokens.lowerBound }
                let after = inSentence.filter { $0.tokens.lowerBound >= dose.tokens.upperBound }.min { $0.tokens.lowerBound < $1.tokens.lowerBound }
                return before ?? after
            }
            if let treatment = candidates(wanted) ?? candidates(fallback) { out.append((treatment.id, dose.id)) }
        }
        return out
    }
}
