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
///   | HasDose | 0.97 | 0.96 | 0.96 |
enum DoseLinks {
    private static func isAcronym(_ mention: Mention, _ text: AnalyzedText) -> Bool {
        let word = text.text(of: mention.entity.span)
        return mention.tokens.count == 1 && word.count <= 6 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    static func relations(_ mentions: [Mention], text: AnalyzedText) -> [(treatment: Int, dose: Int)] {
        // Indices of the treatments, in text order: each dose looks among these only (no Mention copies).
        let treatments = mentions.indices.filter { [.drug, .regimen, .radiotherapy].contains(mentions[$0].entity.type) }
        var out = [(Int, Int)]()
        // By index: a `for` over the mentions would copy each one (its strings retained).
        for doseIndex in mentions.indices where mentions[doseIndex].entity.type == .dose {
            let dose = mentions[doseIndex]
            let radiation = dose.entity.origin == "pattern:radiation-dose"
            let wanted: [EntityType] = radiation ? [.radiotherapy] : [.drug, .regimen]
            let fallback: [EntityType] = [.drug, .regimen, .radiotherapy]
            let sentence = text.tokens[dose.tokens.lowerBound].sentence
            func candidates(_ types: [EntityType]) -> Int? {
                var inSentence = treatments.filter {
                    types.contains(mentions[$0].entity.type) && text.tokens[mentions[$0].tokens.lowerBound].sentence == sentence
                }
                // `radiothérapie externe en RCMI (VMAT) : 45 Gy`: the treatment, not its technique acronym, takes the dose.
                let named = inSentence.filter { !isAcronym(mentions[$0], text) }
                if !named.isEmpty { inSentence = named }
                let before = inSentence.filter { mentions[$0].tokens.upperBound <= dose.tokens.lowerBound }
                    .max { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
                let after = inSentence.filter { mentions[$0].tokens.lowerBound >= dose.tokens.upperBound }
                    .min { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
                return before ?? after
            }
            // The treatment written right before the dose takes it, even across a wrapped line (`vincristine⏎1,4 mg/m²`).
            let adjacent = treatments.first { wanted.contains(mentions[$0].entity.type) && mentions[$0].tokens.upperBound == dose.tokens.lowerBound }
            var treatment = adjacent ?? candidates(wanted) ?? candidates(fallback)
            if treatment == nil, radiation {
                // A dose on its own line under `Radiothérapie :`: the nearest radiotherapy before it, close by.
                treatment = treatments.filter { mentions[$0].entity.type == .radiotherapy && mentions[$0].tokens.upperBound <= dose.tokens.lowerBound
                    && dose.tokens.lowerBound - mentions[$0].tokens.upperBound <= 40 }
                    .max { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
            }
            // `trastuzumab deruxtécan (Enhertu) 5,4 mg/kg`: the brand in parentheses names the drug before it.
            if let chosen = treatment.map({ mentions[$0] }), chosen.entity.type == .drug, text.foldedToken(chosen.tokens.lowerBound - 1) == "(",
               let named = treatments.first(where: { mentions[$0].entity.type == .drug && mentions[$0].tokens.upperBound == chosen.tokens.lowerBound - 1 }),
               mentions[named].entity.code != nil, mentions[named].entity.code == chosen.entity.code {
                treatment = named
            }
            if let treatment { out.append((mentions[treatment].id, dose.id)) }
        }
        return out
    }
}
