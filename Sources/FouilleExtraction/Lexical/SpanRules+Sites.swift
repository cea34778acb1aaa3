import FouilleLexicon
import FouilleText

/// Site rules: sub-sites and sides joined, metastasis sites, and only the sites that locate something.
extension SpanRules {
    /// Joins `Site (de|du|des|de la|d') Site` and a following laterality word into one Site.
    func mergeSites(_ mentions: [Mention]) -> [Mention] {
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
        for index in out.indices { extendWithLaterality(&out[index]) }
        return out
    }

    func extendWithLaterality(_ mention: inout Mention) {
        guard [.site, .surgery, .radiotherapy, .metastasis].contains(mention.entity.type) else { return }
        let next = mention.tokens.upperBound
        guard text.sameSentence(next, mention.tokens.lowerBound),
              let initial = words.firstByte(next), lateralityInitials.contains(initial) else { return }
        let word = words.folded(next)
        // `bilatérales`: the laterality table lists singular forms.
        let side = lexicon.laterality[word] ?? (word.count > 3 && word.hasSuffix("s") ? lexicon.laterality[String(word.dropLast())] : nil)
        if let side {
            mention.extend(through: next, in: text)
            mention.entity.laterality = side
        }
    }

    /// `métastases hépatiques` not listed as such, and `M1 hépatique` used as a noun: one Metastasis
    /// with the site's code.
    func attachSitesToMetastases(_ mentions: [Mention]) -> [Mention] {
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
    func extendMetastasisAdjective(_ mention: inout Mention) {
        guard mention.entity.type == .metastasis, mention.tokens.count <= 2,
              words.hasPrefix(mention.tokens.lowerBound, anyOf: ["metasta", "localisation", "lesion"]) else { return }
        let next = mention.tokens.upperBound
        guard next < text.tokens.count, text.sameSentence(next, mention.tokens.lowerBound),
              text.tokens[next].kind == .word, text.tokens[next].spaceBefore else { return }
        guard words.hasSuffix(next, in: Self.metastasisSiteEndings), !Self.metastasisNotSites.contains(words.folded(next)),
              text.text(of: text.tokens[next].span).first?.isLowercase == true else { return }
        mention.extend(through: next, in: text)
    }

    static let metastasisSiteEndings = SuffixSet(["ale", "ales", "al", "aux", "ien", "ienne", "iens", "iennes", "ique", "iques",
                                                  "aire", "aires", "euse", "euses", "eux", "ine", "ines"])
    static let metastasisNotSites: Set<String> = [
        "metastatique", "metastatiques", "unique", "multiples", "multiple", "evolutive", "evolutives",
        "secondaire", "secondaires", "probable", "possible", "typique", "atypique", "symptomatique",
        "asymptomatique", "controlaterale", "homolaterale", "bilaterale", "bilaterales", "initiale", "initiales",
        "minime", "volumineuse", "volumineuses", "nouvelle", "nouvelles", "isolee", "connue", "connues",
    ]

    /// Sites are kept only when they locate a Tumour, Metastasis, Surgery or Radiotherapy.
    ///
    /// Looking back from the site, the nearest head decides: a locating mention
    /// keeps it (`carcinome du sein`), a non-tumour word drops it (`lésion du
    /// côlon`, `nodule pulmonaire`, `IRM cérébrale`). With no head before it,
    /// a locating mention close after it keeps it (`Sein gauche : carcinome ...`).
    func keepLocatingSites(_ mentions: [Mention]) -> [Mention] {
        var locatingAt = [Bool](repeating: false, count: text.tokens.count)
        for index in mentions.indices where [.tumour, .metastasis, .surgery, .radiotherapy].contains(mentions[index].entity.type) {
            for t in mentions[index].tokens { locatingAt[t] = true }
        }
        return mentions.filter { mention in
            guard mention.entity.type == .site else { return true }
            let first = mention.tokens.lowerBound
            var k = first - 1
            while k >= 0, first - k <= Self.siteReach, text.sameSentence(k, first) {
                if locatingAt[k] { return true }
                if cues.starts(.nonTumourHead, at: k) { return false }
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
