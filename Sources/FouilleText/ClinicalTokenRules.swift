/// The clinical rules laid over ICU word segments.
///
/// ICU splits `Ki-67`, `5-FU`, `12/03/2021` and `mg/m²`, drops the signs of
/// `RE+` and keeps `l'adénocarcinome` whole; these rules give the tokens a
/// clinician reads. Each rule looks at raw bytes from a token start and answers
/// the token's end, or nil when it does not apply.
struct ClinicalTokenRules {
    let s: ByteScanner

    /// French elided words split from what follows (`l'`, `qu’`, `jusqu'`).
    private static let elisions: [StaticString] = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]

    // MARK: - Rules tried before the ICU segment

    /// `12/03/2021`, `12.03.21`, `03/2021`, `2021-04-15`; days 1-31 and months 1-12 only (`50-0-75` is no date).
    func date(at i: Int) -> Int? {
        guard let end = dateShape(at: i) else { return nil }
        // Check the day and month values of the shape found (at most three fields: no array per date).
        var fields = (0, 0, 0)
        var count = 1
        var value = 0
        for k in i..<end {
            if s.isDigit(k) { value = value * 10 + Int(s.byte(k) - 0x30); continue }
            if count == 1 { fields.0 = value } else { fields.1 = value }
            count += 1
            value = 0
        }
        if count == 1 { fields.0 = value } else if count == 2 { fields.1 = value } else { fields.2 = value }
        if count == 3, fields.0 > 31 {  // ISO: year-month-day
            return (1...12).contains(fields.1) && (1...31).contains(fields.2) ? end : nil
        }
        if count == 3 { return (1...31).contains(fields.0) && (1...12).contains(fields.1) ? end : nil }
        return count == 2 && (1...12).contains(fields.0) ? end : nil
    }

    private func dateShape(at i: Int) -> Int? {
        guard s.isDigit(i), !s.isDigit(i - 1) else { return nil }
        let first = s.digitsEnd(i)
        let firstLength = first - i
        if firstLength == 4, s.byte(first) == 0x2D {  // ISO 2021-04-15
            let month = s.digitsEnd(first + 1)
            guard month - first - 1 == 2, s.byte(month) == 0x2D else { return nil }
            let day = s.digitsEnd(month + 1)
            guard day - month - 1 == 2, !s.isAlphanumeric(day) else { return nil }
            return day
        }
        guard firstLength <= 2 else { return nil }
        let separator = s.byte(first)
        guard separator == 0x2F || separator == 0x2E || separator == 0x2D else { return nil }
        let second = s.digitsEnd(first + 1)
        let secondLength = second - first - 1
        if secondLength == 4, separator == 0x2F, !s.isAlphanumeric(second), s.byte(second) != 0x2F {
            return second  // month/year
        }
        guard secondLength >= 1, secondLength <= 2, s.byte(second) == separator else { return nil }
        let third = s.digitsEnd(second + 1)
        let thirdLength = third - second - 1
        guard thirdLength == 2 || thirdLength == 4, !s.isAlphanumeric(third), !(s.byte(third) == separator && s.isDigit(third + 1)) else { return nil }
        return third
    }

    /// Serum markers written with a space or hyphen: `CA 15-3`, `CA 19-9`, `CA 125`, `CA-125`.
    func cancerAntigen(at i: Int) -> Int? {
        guard s.byte(i) == 0x43, s.byte(i + 1) == 0x41, !s.isLetter(i - 1) else { return nil }  // "CA"
        var j = i + 2
        let gap = s.innerSpaceLength(j) + s.hyphenLength(j)
        j += gap
        guard s.isDigit(j) else { return nil }
        var end = s.digitsEnd(j)
        guard end - j <= 3 else { return nil }
        if s.hyphenLength(end) > 0, s.isDigit(end + s.hyphenLength(end)) {
            let after = s.digitsEnd(end + s.hyphenLength(end))
            if after - end - s.hyphenLength(end) <= 2 { end = after }
        }
        return s.isAlphanumeric(end) ? nil : end
    }

    /// HGVS-like variants: `c.5946del`, `p.G12C`, `p.(Gly12Cys)`, `c.2573T>G`, `c.-124C>T`.
    func variant(at i: Int) -> Int? {
        let b = s.byte(i)
        guard b == 0x63 || b == 0x70 || b == 0x67 || b == 0x72 || b == 0x6D || b == 0x6E,  // c p g r m n
              s.byte(i + 1) == 0x2E, !s.isLetter(i - 1) else { return nil }
        let next = s.byte(i + 2)
        guard s.isDigit(i + 2) || s.isUpperASCII(i + 2) || next == 0x28 || next == 0x2A || next == 0x2D || next == 0x3F else { return nil }
        var j = i + 2
        var depth = 0
        while j < s.count {
            let c = s.byte(j)
            if s.isASCIILetter(j) || s.isDigit(j) || c == 0x5F || c == 0x3E || c == 0x2A || c == 0x2B || c == 0x2D || c == 0x3D || c == 0x3F {
                j += 1
            } else if c == 0x28 {
                depth += 1; j += 1
            } else if c == 0x29, depth > 0 {
                depth -= 1; j += 1
            } else if (c == 0x2E || c == 0x3A) && s.isAlphanumeric(j + 1) {
                j += 1
            } else {
                break
            }
        }
        // A trailing hyphen belongs to the sentence, not the variant.
        while j > i + 2, s.byte(j - 1) == 0x2D { j -= 1 }
        return j > i + 2 ? j : nil
    }

    /// `n°`, `N°`.
    func numero(at i: Int) -> Int? {
        let b = s.byte(i)
        guard b == 0x6E || b == 0x4E, s.byte(i + 1) == 0xC2, s.byte(i + 2) == 0xB0, !s.isLetter(i - 1) else { return nil }
        return i + 3
    }

    /// The elided word at the start of a word segment (`l'` of `l'adénocarcinome`), as its end.
    func elision(at i: Int, segmentEnd: Int) -> Int? {
        // Only l d j m n s t c q p (either case) start an elided word.
        switch s.byte(i) | 0x20 {
        case 0x6C, 0x64, 0x6A, 0x6D, 0x6E, 0x73, 0x74, 0x63, 0x71, 0x70: break
        default: return nil
        }
        // Cheap pre-check: an apostrophe within the longest prefix's reach.
        var k = i + 1
        var found = false
        while k <= i + 7, k < s.count {
            let b = s.byte(k)
            if b == 0x27 || b == 0xE2 || b == 0xCA { found = true; break }
            if !s.isASCIILetter(k) { break }
            k += 1
        }
        guard found else { return nil }
        for prefix in Self.elisions {
            let n = prefix.utf8CodeUnitCount
            guard s.matchesLowercased(i, prefix) else { continue }
            let apostrophe = s.apostropheLength(i + n)
            guard apostrophe > 0 else { continue }
            // "l'" alone before a space counts too (typed `l' adénocarcinome`).
            return i + n + apostrophe
        }
        return nil
    }
}
