import FouilleLexicon
import FouilleText

/// Dose: radiotherapy doses (`50 Gy`, `50 Gy en 25 fractions`, `2 Gy par fraction`, `40 Gy/15 fractions`),
/// activities (`3,7 GBq`) and drug doses (`80 mg/m²`, `6 mg/kg`, `2,5 mg/j`, `AUC 5`) in a sentence that names a drug.
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | Dose | 1.00 | 1.00 | 1.00 |
enum DosePattern {
    private static let radiation: Set<String> = ["gy", "cgy", "gbq", "mbq", "mci"]
    private static let drugUnits: Set<String> = ["mg/m2", "mg/kg", "mg", "g", "ug", "mcg", "ui", "mg/j", "mg/jour", "g/m2",
                                                 "mg/kg/j", "ui/kg", "ug/kg", "mg/24h", "mg/sem", "mg/semaine", "ui/m2", "ug/m2"]
    private static let fractions: Set<String> = ["fraction", "fractions", "seance", "seances", "fr"]
    private static let drugUnitPrefixes = ["mg/", "g/m", "ug/", "ui/", "mcg/"]
    /// First bytes of every unit above: a number followed by another word opens no dose.
    private static let unitInitials = ByteSet(initialsOf: Array(radiation) + Array(drugUnits) + drugUnitPrefixes)

    static func mentions(_ c: inout PatternContext) -> [Mention] {
        var out = [Mention]()
        var i = 0
        let tokens = c.text.tokens, initials = c.words.initials
        while i < c.count {
            // Only a number or a word starting with `a` (`AUC`) can open a dose.
            guard tokens[i].kind == .number || initials[i] == UInt8(ascii: "a") else { i += 1; continue }
            guard c.covered[i] == nil else { i += 1; continue }
            guard c.isNumber(i) else {
                // Only a word starting with `auc` can open a dose here (cheap byte test before the string work).
                guard c.words.hasPrefix(i, anyOf: ["auc"]) else { i += 1; continue }
                let word = c.folded(i)
                if word == "auc", c.isNumber(i + 1), c.sentenceHas([.drug, .regimen], around: i) {
                    out.append(c.mention(.dose, i..<(i + 2), origin: "auc"))
                    i += 2
                    continue
                }
                // `AUC5` written as one word.
                if word.count > 3, word.dropFirst(3).allSatisfy({ $0.isNumber || $0 == "," }),
                   c.sentenceHas([.drug, .regimen], around: i) {
                    out.append(c.mention(.dose, i..<(i + 1), origin: "auc"))
                }
                i += 1
                continue
            }
            // Only a number followed by a unit's first byte (`cGy`, `Gy`, `mg`, `UI`) opens a dose.
            guard i + 1 < c.count, Self.unitInitials.contains(initials[i + 1]) else { i += 1; continue }
            let unit = c.folded(i + 1)
            if radiation.contains(unit) {
                // An activity (MBq, GBq) is a dose only in a radiotherapy context, not for a PET tracer.
                if !["gy", "cgy"].contains(unit), !c.sentenceHas([.radiotherapy], around: i) { i += 2; continue }
                let end = fractionEnd(after: i + 1, &c)
                // `3 x 9 Gy`: fractions written before the dose.
                var start = i
                if ["x", "×"].contains(c.folded(i - 1)), c.isNumber(i - 2), c.covered[i - 2] == nil { start = i - 2 }
                out.append(c.mention(.dose, start..<(end + 1), origin: "radiation-dose"))
                i = end + 1
                continue
            }
            if isDrugUnit(unit), c.sentenceHas([.drug, .regimen], around: i) {
                var end = i + 1
                // "/j", "par jour", "x 2/j" written apart from the unit.
                if c.folded(end + 1) == "/", ["j", "jour", "24h", "sem"].contains(c.folded(end + 2)) { end += 2 }
                else if c.folded(end + 1) == "par", ["jour", "j", "semaine", "cure", "injection"].contains(c.folded(end + 2)) { end += 2 }
                else if ["x", "×"].contains(c.folded(end + 1)), c.isNumber(end + 2), c.folded(end + 3) == "/", c.folded(end + 4) == "j" { end += 4 }
                out.append(c.mention(.dose, i..<(end + 1), origin: "drug-dose"))
                i = end + 1
                continue
            }
            i += 1
        }
        return out
    }

    /// `mg`, `mg/m²`, `mg/m²/j`, `UI/kg`: a drug amount, possibly per surface, weight or time.
    private static func isDrugUnit(_ unit: String) -> Bool {
        if drugUnits.contains(unit) { return true }
        return drugUnitPrefixes.contains { unit.hasPrefix($0) }
    }

    /// Extends `50 Gy` with `en 25 fractions`, `par fraction`, `/15 fractions`.
    private static func fractionEnd(after unit: Int, _ c: inout PatternContext) -> Int {
        let next = c.folded(unit + 1)
        if next == "en" || next == "/", c.isNumber(unit + 2), fractions.contains(c.folded(unit + 3)) { return unit + 3 }
        if next == "par", fractions.contains(c.folded(unit + 2)) { return unit + 2 }
        return unit
    }
}
