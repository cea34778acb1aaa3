import FouilleLexicon
import FouilleText

/// Date: `12/03/2021`, `2021-04-15`, `03/2021`, `3 janvier 2022`, `mars 2021`, `le 10/11`,
/// a month alone after `en`/`depuis`/`début`/`fin`, and a bare year after `en`/`depuis` — never a
/// classification version (`OMS 2021`, `TNM 8e édition 2017`).
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | Date | 1.00 | 0.98 | 0.99 |
enum DatePattern {
    private static let monthLeads: Set<String> = ["en", "depuis", "debut", "fin", "mi", "courant", "d'", "de", "des", "jusqu'", "au"]
    private static let yearLeads: Set<String> = ["en", "depuis", "annee", "(", "fin", "debut", "courant", "jusqu'en", "avant", "apres", "mi"]
    private static let dayLeads: Set<String> = ["le", "du", "au", "depuis", "et", "jusqu'au", "(", "des"]

    static func mentions(_ c: inout PatternContext) -> [Mention] {
        var out = [Mention]()
        var i = 0
        let tokens = c.text.tokens, bytes = c.text.bytes, keys = c.keys, months = c.months.matcher
        while i < c.count {
            // A date opens with a date or number token, a digit (`1er`), or the first word of a month.
            let token = tokens[i]
            guard token.kind == .date || token.kind == .number || months?.canStart(keys[i]) == true
                || (token.span.length > 0 && bytes[token.span.start] >= 0x30 && bytes[token.span.start] <= 0x39) else { i += 1; continue }
            guard c.covered[i] == nil else { i += 1; continue }
            if c.kind(i) == .date { out.append(c.mention(.date, i..<(i + 1), origin: "date")); i += 1; continue }
            if let end = writtenDate(at: i, &c) { out.append(c.mention(.date, i..<(end + 1), origin: "written-date")); i = end + 1; continue }
            if let end = partialDate(at: i, &c) { out.append(c.mention(.date, i..<(end + 1), origin: "partial-date")); i = end + 1; continue }
            if isYear(i, &c), yearLeads.contains(c.folded(i - 1)), !isVersion(i, &c) {
                out.append(c.mention(.date, i..<(i + 1), origin: "year"))
            }
            i += 1
        }
        return out
    }

    private static func isYear(_ i: Int, _ c: inout PatternContext) -> Bool {
        guard c.isNumber(i), c.text.tokens[i].span.length == 4 else { return false }
        let span = c.text.tokens[i].span
        let digits = c.text.bytes[span.start..<span.end]
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return (1950...2040).contains(digits.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }

    private static func isVersion(_ i: Int, _ c: inout PatternContext) -> Bool {
        let sentence = c.sentenceRange(of: i)
        for k in max(sentence.lowerBound, i - 3)..<i where c.marks.starts(.classification, at: k) { return true }
        return false
    }

    /// `12`, `1er`: a day of the month (on the token's bytes: this runs at every token).
    private static func isDay(_ i: Int, _ c: inout PatternContext) -> Bool {
        guard let kind = c.kind(i), kind == .number || kind == .word else { return false }
        let span = c.text.tokens[i].span
        guard span.length <= 4 else { return false }
        return c.text.bytes.withUnsafeBufferPointer { all in
            let token = UnsafeBufferPointer(rebasing: all[span.start..<span.end])
            guard let first = token.first, first >= 0x30, first <= 0x39 else { return false }
            let ordinal = token.count >= 2 && token[token.count - 2] == 0x65 && token[token.count - 1] == 0x72  // "er"
            let digits = ordinal ? token.count - 2 : token.count
            guard digits <= 2, token.prefix(digits).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            let day = token.prefix(digits).reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return (1...31).contains(day) && (kind == .number || ordinal)
        }
    }

    /// `3 janvier 2022`, `1er mars`, `mars 2021`, `janv. 2021`, `en mars`.
    private static func writtenDate(at i: Int, _ c: inout PatternContext) -> Int? {
        var start = i
        if isDay(i, &c) {
            guard c.months.code(at: i + 1) != nil else { return nil }
            start = i + 1
        } else {
            guard c.months.code(at: i) != nil else { return nil }
        }
        var end = (c.months.match(at: start)?.end ?? start + 1) - 1
        if c.folded(end + 1) == "." , c.original(end).count <= 5 { end += 1 }  // "janv."
        if isYear(end + 1, &c) { return end + 1 }
        if start > i { return end }  // day + month
        // A month alone dates an event only after a lead word: "en mars", "depuis juin".
        if monthLeads.contains(c.folded(i - 1)), c.original(i).first?.isLowercase == true || c.original(i).first?.isUppercase == true {
            return c.original(end) == "." ? end - 1 : end
        }
        return nil
    }

    /// `le 10/11`, `du 03/02 au 15/04`: day/month after a lead word.
    private static func partialDate(at i: Int, _ c: inout PatternContext) -> Int? {
        guard isDay(i, &c), c.folded(i + 1) == "/", c.isNumber(i + 2), let month = Int(c.original(i + 2)), (1...12).contains(month),
              c.original(i + 2).count <= 2, c.folded(i + 3) != "/", dayLeads.contains(c.folded(i - 1)),
              c.text.tokens[i + 1].spaceBefore == false, c.text.tokens[i + 2].spaceBefore == false else { return nil }
        return i + 2
    }
}
