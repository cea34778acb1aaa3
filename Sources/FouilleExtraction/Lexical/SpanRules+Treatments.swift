import FouilleLexicon
import FouilleText

/// Treatment rules: adjectives and sides of procedures, departments and approaches, regimen numbers, drug-class targets.
extension SpanRules {
    /// `anti-EGFR`, `anti EGFR`, `ITK de l'EGFR`: a drug class, not a tested marker.
    func isAntiTarget(_ mention: Mention) -> Bool {
        guard mention.entity.type == .biomarker else { return false }
        let first = mention.tokens.lowerBound
        if words.folded(first - 1) == "anti" { return true }
        var k = first - 1
        while ["de", "d'", "l'", "du", "la"].contains(words.folded(k)) { k -= 1 }
        if k < first - 1, ["itk", "inhibiteur", "inhibiteurs", "tki"].contains(words.folded(k)) { return true }
        return words.folded(first - 1) == "-" && words.folded(first - 2) == "anti"
    }

    /// `mastectomie gauche`, `radiothérapie pelvienne`: an adjectival site right after a procedure belongs to it.
    func attachToProcedures(_ mentions: inout [Mention]) {
        var kept = 0  // in place, as in ``mergeSites(_:)``
        for index in mentions.indices {
            if kept > 0, mentions[index].entity.type == .site,
               mentions[kept - 1].entity.type == .surgery || mentions[kept - 1].entity.type == .radiotherapy, isAdjectival(mentions[index]) {
                let last = mentions[kept - 1].tokens, site = mentions[index].tokens
                let gap = last.upperBound..<site.lowerBound
                // `radiothérapie pariétale et sus-claviculaire`: coordinated adjectives join too.
                let joins = gap.isEmpty || (gap.count == 1 && words.folded(gap.lowerBound) == "et"
                    && mentions[kept - 1].entity.laterality == nil && last.count > 1)
                if joins, text.sameSentence(last.lowerBound, site.lowerBound) {
                    let side = mentions[index].entity.laterality
                    mentions[kept - 1].extend(through: site.upperBound - 1, in: text)
                    if mentions[kept - 1].entity.laterality == nil { mentions[kept - 1].entity.laterality = side }
                    extendWithLaterality(&mentions[kept - 1])
                    continue
                }
            }
            if index != kept { mentions.swapAt(index, kept) }
            kept += 1
        }
        mentions.removeSubrange(kept...)
    }

    /// Two-letter protocol acronyms (`AC`, `EC`, `TC`, `PE`) are also `auscultation cardiaque`,
    /// `progression`, ...: kept only with a cycle count, a dose, or a treatment word around them.
    func isUnsupportedShortAcronym(_ mention: Mention) -> Bool {
        guard mention.entity.type == .regimen, mention.entity.code != nil, mention.tokens.count == 1,
              text.tokenText(mention.tokens.lowerBound).count <= 2 else { return false }
        let first = mention.tokens.lowerBound, next = mention.tokens.upperBound
        if text.tokens.indices.contains(first - 1), text.tokens[first - 1].kind == .number { return false }
        if text.tokens.indices.contains(next), text.tokens[next].kind == .number { return false }
        let context: Set<String> = ["protocole", "schema", "chimiotherapie", "cure", "cures", "cycle", "cycles", "type", "puis",
                                    "cyclophosphamide", "doxorubicine", "epirubicine", "docetaxel", "etoposide", "cisplatine", "adjuvante"]
        for k in max(0, first - 4)..<min(text.tokens.count, next + 3) where k < first || k >= next {
            if context.contains(words.folded(k)), text.sameSentence(k, first) { return false }
        }
        return true
    }

    /// `service de radiothérapie`, `consultation de chirurgie`: a department, not a treatment.
    func isDepartment(_ mention: Mention) -> Bool {
        guard [.surgery, .radiotherapy, .regimen, .tumour].contains(mention.entity.type) else { return false }
        let first = mention.tokens.lowerBound
        // `service de radiothérapie`, `plateforme de génétique des cancers`, `unité des tumeurs thoraciques`.
        if mention.entity.type == .tumour {
            // `RCP CANCERS ENDOCRINIENS`: a plural generic word in a title names a board or a department.
            let word = words.folded(first)
            if ["rcp", "reunion"].contains(words.folded(first - 1)), word.hasSuffix("s") { return true }
            guard words.folded(first - 1) == "des" else { return false }
        } else {
            guard ["de", "d'", "des", "du"].contains(words.folded(first - 1)) else { return false }
        }
        for k in max(0, first - 6)..<(first - 1) where cues.starts(.department, at: k) && text.sameSentence(k, first) { return true }
        return false
    }

    /// `par coelioscopie`, `par RCMI`: an approach that qualifies another procedure just before it.
    func dropApproaches(_ mentions: inout [Mention]) {
        var kept = 0  // in place, as in ``mergeSites(_:)``
        for index in mentions.indices {
            let first = mentions[index].tokens.lowerBound, type = mentions[index].entity.type
            if kept > 0, [.surgery, .radiotherapy].contains(type), ["par", "sous", "en"].contains(words.folded(first - 1)),
               mentions[kept - 1].entity.type == type || [.surgery, .radiotherapy].contains(mentions[kept - 1].entity.type),
               first - mentions[kept - 1].tokens.upperBound <= 4, text.sameSentence(first, mentions[kept - 1].tokens.lowerBound) {
                continue
            }
            if index != kept { mentions.swapAt(index, kept) }
            kept += 1
        }
        mentions.removeSubrange(kept...)
    }

    /// Adds the modifiers listed in `treatment/modifiers.tsv` (`adjuvante`, `de première ligne`).
    func extendWithModifiers(_ mention: inout Mention) {
        guard let modifiers, [.regimen, .surgery, .radiotherapy, .metastasis].contains(mention.entity.type) else { return }
        // A named protocol (`4 FLOT préopératoires`) keeps no adjective: only treatment classes do (guideline).
        if mention.entity.type == .regimen, mention.entity.code != nil { return }
        while mention.tokens.upperBound < text.tokens.count,
              text.sameSentence(mention.tokens.upperBound, mention.tokens.lowerBound),
              let match = modifiers.longestMatch(startingAt: mention.tokens.upperBound, in: text, keys: keys),
              match.entries.contains(where: { modifiers.entries[$0].code?.split(separator: "+").contains(Substring(mention.entity.type.rawValue)) ?? true }) {
            mention.extend(through: match.tokens.upperBound - 1, in: text)
        }
    }

    /// `4 EC 90`, `6 R-CHOP 21`: numbers written against a protocol acronym belong to it.
    func extendRegimenNumbers(_ mention: inout Mention) {
        guard mention.entity.type == .regimen, mention.entity.code != nil else { return }
        let before = mention.tokens.lowerBound - 1
        if before >= 0, text.tokens[before].kind == .number, text.sameSentence(before, mention.tokens.lowerBound),
           text.tokens[before].span.length <= 2, text.tokens[mention.tokens.lowerBound].spaceBefore {
            mention.extend(from: before, in: text)
        }
        let after = mention.tokens.upperBound
        if after < text.tokens.count, text.tokens[after].kind == .number, text.sameSentence(after, mention.tokens.lowerBound),
           text.tokens[after].span.length <= 3, !Self.countNouns.contains(words.folded(after + 1)),
           text.tokens[after].lineBreaksBefore == 0 {
            mention.extend(through: after, in: text)
        }
    }
}
