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
    /// The text's tokens under the modifier matcher, computed once.
    private var modifierKeys: [Int32]
    /// The text's tokens under the cue matcher, computed once.
    private var cueMatcherKeys: [Int32]
    /// The folded text of each token, computed once.
    let words: TokenWords

    init(text: AnalyzedText, lexicon: Lexicon, keys: [Int32], words: TokenWords) {
        self.text = text
        self.lexicon = lexicon
        self.words = words
        // Every matcher of a lexicon shares one vocabulary: the same ids serve them all.
        self.modifierKeys = keys
        self.cueMatcherKeys = keys
    }

    /// How many tokens may separate a Site from the mention it locates.
    static let siteReach = 7
    /// Words joining a sub-site to its organ (`du`, `de la`, `des`, `d'`).
    private static let siteLinks: Set<String> = ["de", "du", "des", "d'", "la", "l'"]
    /// Tokens after a regimen number that make it a count, not part of the regimen name.
    private static let countNouns: Set<String> = ["cure", "cures", "cycle", "cycles", "seance", "seances", "fois", "mg", "g",
                                                  "%", "semaine", "semaines", "jour", "jours", "j", "injection", "injections", "mois", "ans"]

    func apply(_ mentions: [Mention]) -> [Mention] {
        var out = mentions.filter { !isAntiTarget($0) && !isDepartment($0) && !isUnsupportedShortAcronym($0) }
        out = dropApproaches(out)
        out = mergeSites(out)
        out = attachSitesToMetastases(out)
        out = out.map(extendMetastasisAdjective)
        out = attachToProcedures(out)
        out = out.map(extendWithModifiers)
        out = out.map(extendRegimenNumbers)
        out = keepLocatingSites(out)
        return out
    }

    /// `anti-EGFR`, `anti EGFR`, `ITK de l'EGFR`: a drug class, not a tested marker.
    private func isAntiTarget(_ mention: Mention) -> Bool {
        guard mention.entity.type == .biomarker else { return false }
        let first = mention.tokens.lowerBound
        if words.folded(first - 1) == "anti" { return true }
        var k = first - 1
        while ["de", "d'", "l'", "du", "la"].contains(words.folded(k)) { k -= 1 }
        if k < first - 1, ["itk", "inhibiteur", "inhibiteurs", "tki"].contains(words.folded(k)) { return true }
        return words.folded(first - 1) == "-" && words.folded(first - 2) == "anti"
    }

    /// Joins `Site (de|du|des|de la|d') Site` and a following laterality word into one Site.
    private func mergeSites(_ mentions: [Mention]) -> [Mention] {
        var out = [Mention]()
        for mention in mentions {
            if mention.entity.type == .site, var last = out.last, last.entity.type == .site,
               last.tokens.upperBound == mention.tokens.lowerBound, !isAdjectival(last), isAdjectival(mention) {
                // `ganglion sentinelle inguinal`, `creux axillaire`: a noun site and its adjective are one site.
                last.extend(through: mention.tokens.upperBound - 1, in: text)
                last.entity.laterality = last.entity.laterality ?? mention.entity.laterality
                if last.entity.code == nil { last.entity.code = mention.entity.code }
                out[out.count - 1] = last
                continue
            }
            if mention.entity.type == .site, var last = out.last, last.entity.type == .site {
                let gap = last.tokens.upperBound..<mention.tokens.lowerBound
                if !gap.isEmpty, gap.count <= 2, !isAdjectival(last), gap.allSatisfy({ Self.siteLinks.contains(words.folded($0)) }),
                   text.sameSentence(last.tokens.lowerBound, mention.tokens.lowerBound) {
                    last.extend(through: mention.tokens.upperBound - 1, in: text)
                    last.entity.laterality = last.entity.laterality ?? mention.entity.laterality
                    if last.entity.code == nil { last.entity.code = mention.entity.code }
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(mention)
        }
        return out.map(extendWithLaterality)
    }

    private func extendWithLaterality(_ mention: Mention) -> Mention {
        guard [.site, .surgery, .radiotherapy, .metastasis].contains(mention.entity.type) else { return mention }
        var mention = mention
        let next = mention.tokens.upperBound
        let word = words.folded(next)
        // `bilatérales`: the laterality table lists singular forms.
        let side = lexicon.laterality[word] ?? (word.count > 3 && word.hasSuffix("s") ? lexicon.laterality[String(word.dropLast())] : nil)
        if text.sameSentence(next, mention.tokens.lowerBound), let side {
            mention.extend(through: next, in: text)
            mention.entity.laterality = side
        }
        return mention
    }

    /// `métastases hépatiques` not listed as such, and `M1 hépatique` used as a noun: one Metastasis
    /// with the site's code.
    private func attachSitesToMetastases(_ mentions: [Mention]) -> [Mention] {
        var out = [Mention]()
        for mention in mentions {
            guard mention.entity.type == .site, isAdjectival(mention) else { out.append(mention); continue }
            if var last = out.last, last.entity.type == .metastasis, last.tokens.upperBound == mention.tokens.lowerBound {
                last.extend(through: mention.tokens.upperBound - 1, in: text)
                if last.entity.code == nil { last.entity.code = mention.entity.code }
                out[out.count - 1] = last
                continue
            }
            let before = mention.tokens.lowerBound - 1
            if before >= 0, text.tokens[before].kind == .tnm, text.tokenText(before).hasPrefix("M1"),
               out.last.map({ $0.tokens.upperBound <= before }) ?? true {
                var metastasis = mention
                metastasis.entity.type = .metastasis
                metastasis.entity.origin = "rule:M1-site"
                metastasis.extend(from: before, in: text)
                out.append(metastasis)
                continue
            }
            out.append(mention)
        }
        return out
    }

    /// `métastase frontale`, `métastases surrénaliennes`: a site adjective the lexicon does not list
    /// still belongs to a metastasis head (the code then stays unknown).
    private func extendMetastasisAdjective(_ mention: Mention) -> Mention {
        guard mention.entity.type == .metastasis, mention.tokens.count <= 2 else { return mention }
        let head = words.folded(mention.tokens.lowerBound)
        guard head.hasPrefix("metasta") || head.hasPrefix("localisation") || head.hasPrefix("lesion") else { return mention }
        let next = mention.tokens.upperBound
        guard next < text.tokens.count, text.sameSentence(next, mention.tokens.lowerBound),
              text.tokens[next].kind == .word, text.tokens[next].spaceBefore else { return mention }
        let word = words.folded(next)
        let siteEndings = ["ale", "ales", "al", "aux", "ien", "ienne", "iens", "iennes", "ique", "iques", "aire", "aires", "euse", "euses", "eux", "ine", "ines"]
        let notSites: Set<String> = ["metastatique", "metastatiques", "unique", "multiples", "multiple", "evolutive", "evolutives",
                                     "secondaire", "secondaires", "probable", "possible", "typique", "atypique", "symptomatique",
                                     "asymptomatique", "controlaterale", "homolaterale", "bilaterale", "bilaterales", "initiale", "initiales",
                                     "minime", "volumineuse", "volumineuses", "nouvelle", "nouvelles", "isolee", "connue", "connues"]
        guard siteEndings.contains(where: { word.hasSuffix($0) }), !notSites.contains(word),
              text.text(of: text.tokens[next].span).first?.isLowercase == true else { return mention }
        var extended = mention
        extended.extend(through: next, in: text)
        return extended
    }

    /// `mastectomie gauche`, `radiothérapie pelvienne`: an adjectival site right after a procedure belongs to it.
    private func attachToProcedures(_ mentions: [Mention]) -> [Mention] {
        var out = [Mention]()
        for mention in mentions {
            if mention.entity.type == .site, var last = out.last,
               last.entity.type == .surgery || last.entity.type == .radiotherapy, isAdjectival(mention) {
                let gap = last.tokens.upperBound..<mention.tokens.lowerBound
                // `radiothérapie pariétale et sus-claviculaire`: coordinated adjectives join too.
                let joins = gap.isEmpty || (gap.count == 1 && words.folded(gap.lowerBound) == "et" && last.entity.laterality == nil && last.tokens.count > 1)
                if joins, text.sameSentence(last.tokens.lowerBound, mention.tokens.lowerBound) {
                    last.extend(through: mention.tokens.upperBound - 1, in: text)
                    last.entity.laterality = last.entity.laterality ?? mention.entity.laterality
                    out[out.count - 1] = extendWithLaterality(last)
                    continue
                }
            }
            out.append(mention)
        }
        return out
    }

    /// Two-letter protocol acronyms (`AC`, `EC`, `TC`, `PE`) are also `auscultation cardiaque`,
    /// `progression`, ...: kept only with a cycle count, a dose, or a treatment word around them.
    private func isUnsupportedShortAcronym(_ mention: Mention) -> Bool {
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
    private func isDepartment(_ mention: Mention) -> Bool {
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
        for k in max(0, first - 6)..<(first - 1) where hasCue("department", at: k) && text.sameSentence(k, first) { return true }
        return false
    }

    /// `par coelioscopie`, `par RCMI`: an approach that qualifies another procedure just before it.
    private func dropApproaches(_ mentions: [Mention]) -> [Mention] {
        var out = [Mention]()
        for mention in mentions {
            let first = mention.tokens.lowerBound
            if [.surgery, .radiotherapy].contains(mention.entity.type), ["par", "sous", "en"].contains(words.folded(first - 1)),
               let last = out.last, last.entity.type == mention.entity.type || [.surgery, .radiotherapy].contains(last.entity.type),
               first - last.tokens.upperBound <= 4, text.sameSentence(first, last.tokens.lowerBound) {
                continue
            }

            out.append(mention)
        }
        return out
    }

    private var cueKeys: [Int32] { cueMatcherKeys }

    /// True when a `Cue` of this role starts at token `index`.
    private func hasCue(_ role: String, at index: Int) -> Bool {
        guard let cues = lexicon.auxiliary["Cue"], index >= 0, index < cueMatcherKeys.count else { return false }
        guard let match = cues.longestMatch(startingAt: index, in: text, keys: cueMatcherKeys) else { return false }
        return match.entries.contains { cues.entries[$0].code == role }
    }

    /// A one-word site adjective (`pelvienne`, `mammaire`), or a laterality-only site.
    private func isAdjectival(_ mention: Mention) -> Bool {
        // One word, or one hyphenated word (`sus-claviculaire`, `lombo-aortique`), its side aside (`cervicale gauche`).
        var tokens = mention.tokens
        if tokens.count > 1, lexicon.laterality[words.folded(tokens.upperBound - 1)] != nil { tokens = tokens.lowerBound..<(tokens.upperBound - 1) }
        let parts = tokens.filter { words.folded($0) != "-" }
        guard parts.count == 1 || (parts.count == 2 && tokens.count == 3) else { return false }
        let word = words.folded(tokens.upperBound - 1)
        let adjectiveEndings = ["ien", "ienne", "iens", "iennes", "al", "ale", "aux", "ales", "ique", "iques", "aire", "aires", "eux", "euse", "euses",
                                "ee", "ees", "in", "ine", "ins", "ines", "el", "elle", "els", "elles", "ral", "rale"]
        return adjectiveEndings.contains { word.hasSuffix($0) } && !["sein", "foie", "poumon", "colon", "rectum", "os"].contains(word)
    }

    /// Adds the modifiers listed in `treatment/modifiers.tsv` (`adjuvante`, `de première ligne`).
    private func extendWithModifiers(_ mention: Mention) -> Mention {
        guard let modifiers = lexicon.modifiers, [.regimen, .surgery, .radiotherapy, .metastasis].contains(mention.entity.type) else { return mention }
        // A named protocol (`4 FLOT préopératoires`) keeps no adjective: only treatment classes do (guideline).
        if mention.entity.type == .regimen, mention.entity.code != nil { return mention }
        var mention = mention
        let keys = modifierKeys
        while mention.tokens.upperBound < text.tokens.count,
              text.sameSentence(mention.tokens.upperBound, mention.tokens.lowerBound),
              let match = modifiers.longestMatch(startingAt: mention.tokens.upperBound, in: text, keys: keys),
              match.entries.contains(where: { modifiers.entries[$0].code?.split(separator: "+").contains(Substring(mention.entity.type.rawValue)) ?? true }) {
            mention.extend(through: match.tokens.upperBound - 1, in: text)
        }
        return mention
    }

    /// `4 EC 90`, `6 R-CHOP 21`: numbers written against a protocol acronym belong to it.
    private func extendRegimenNumbers(_ mention: Mention) -> Mention {
        guard mention.entity.type == .regimen, mention.entity.code != nil else { return mention }
        var mention = mention
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
        return mention
    }

    /// Sites are kept only when they locate a Tumour, Metastasis, Surgery or Radiotherapy.
    ///
    /// Looking back from the site, the nearest head decides: a locating mention
    /// keeps it (`carcinome du sein`), a non-tumour word drops it (`lésion du
    /// côlon`, `nodule pulmonaire`, `IRM cérébrale`). With no head before it,
    /// a locating mention close after it keeps it (`Sein gauche : carcinome ...`).
    private func keepLocatingSites(_ mentions: [Mention]) -> [Mention] {
        var locatingAt = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions where [.tumour, .metastasis, .surgery, .radiotherapy].contains(m.entity.type) {
            for t in m.tokens { locatingAt[t] = true }
        }
        return mentions.filter { mention in
            guard mention.entity.type == .site else { return true }
            let first = mention.tokens.lowerBound
            var k = first - 1
            while k >= 0, first - k <= Self.siteReach, text.sameSentence(k, first) {
                if locatingAt[k] { return true }
                if hasCue("non-tumour-head", at: k) { return false }
                k -= 1
            }
            var j = mention.tokens.upperBound
            while j < text.tokens.count, j - mention.tokens.upperBound < Self.siteReach, text.sameSentence(j, first) {
                if locatingAt[j] { return true }
                j += 1
            }
            return false
        }
    }
}
