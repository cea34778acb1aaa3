import FouilleLexicon
import FouilleText

/// Site rules: sub-sites and sides joined, metastasis sites, and only the sites that locate something.
extension SpanRules {
    /// Joins `Site (de|du|des|de la|d') Site` and a following laterality word into one Site.
    ///
    /// In place (kept mentions are swapped forward, merged ones dropped at the end): a Mention
    /// holds strings, and copying it into a new array costs reference counting.
    func mergeSites(_ mentions: inout [Mention]) {
        var kept = 0
        for index in mentions.indices {
            if kept > 0, mentions[index].entity.type == .site, mentions[kept - 1].entity.type == .site,
               joinsSite(mentions[kept - 1], mentions[index]) {
                let merged = mentions[index].entity
                mentions[kept - 1].extend(through: mentions[index].tokens.upperBound - 1, in: text)
                if mentions[kept - 1].entity.laterality == nil { mentions[kept - 1].entity.laterality = merged.laterality }
                if mentions[kept - 1].entity.code == nil { mentions[kept - 1].entity.code = merged.code }
                continue
            }
            if index != kept { mentions.swapAt(index, kept) }
            kept += 1
        }
        mentions.removeSubrange(kept...)
        for index in mentions.indices { extendWithLaterality(&mentions[index]) }
    }

    /// True when `site` belongs to the Site `last` just before it.
    private func joinsSite(_ last: Mention, _ site: Mention) -> Bool {
        // `ganglion sentinelle inguinal`, `creux axillaire`: a noun site and its adjective are one site.
        if last.tokens.upperBound == site.tokens.lowerBound, !isAdjectival(last), isAdjectival(site) { return true }
        let gap = last.tokens.upperBound..<site.tokens.lowerBound
        return !gap.isEmpty && gap.count <= 2 && !isAdjectival(last) && gap.allSatisfy({ Self.siteLinks.contains(words.folded($0)) })
            && text.sameSentence(last.tokens.lowerBound, site.tokens.lowerBound)
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
    func attachSitesToMetastases(_ mentions: inout [Mention]) {
        var kept = 0  // in place, as in ``mergeSites(_:)``
        for index in mentions.indices {
            if mentions[index].entity.type == .site, isAdjectival(mentions[index]) {
                let site = mentions[index].tokens
                if kept > 0, mentions[kept - 1].entity.type == .metastasis, mentions[kept - 1].tokens.upperBound == site.lowerBound {
                    let code = mentions[index].entity.code
                    mentions[kept - 1].extend(through: site.upperBound - 1, in: text)
                    if mentions[kept - 1].entity.code == nil { mentions[kept - 1].entity.code = code }
                    continue
                }
                let before = site.lowerBound - 1
                if before >= 0, text.tokens[before].kind == .tnm, text.tokenText(before).hasPrefix("M1"),
                   kept == 0 || mentions[kept - 1].tokens.upperBound <= before {
                    mentions[index].entity.type = .metastasis
                    mentions[index].entity.origin = "rule:M1-site"
                    mentions[index].extend(from: before, in: text)
                }
            }
            if index != kept { mentions.swapAt(index, kept) }
            kept += 1
        }
        mentions.removeSubrange(kept...)
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
