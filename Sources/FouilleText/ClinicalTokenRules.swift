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

    // MARK: - Extensions of a token already found

    /// Joins hyphenated clinical names: `Ki-67`, `5-FU`, `c-KIT`, `PD-L1`, `c-erbB-2`, `R-CHOP`.
    ///
    /// Joined when a side holds a digit, the left side is one letter, or both
    /// sides are upper case; `supéro-externe` and `anti-EGFR` stay apart.
    func hyphenatedEnd(start: Int, end: Int) -> Int? {
        var tokenEnd = end
        var leftStart = start
        var joined = false
        while true {
            let hyphen = s.hyphenLength(tokenEnd)
            guard hyphen > 0 else { break }
            let rightStart = tokenEnd + hyphen
            var rightEnd = rightStart
            while s.isASCIILetter(rightEnd) || s.isDigit(rightEnd) { rightEnd += 1 }
            guard rightEnd > rightStart, !s.isLetter(rightEnd) else { break }
            let leftDigit = (leftStart..<tokenEnd).contains { s.isDigit($0) }
            let rightDigit = (rightStart..<rightEnd).contains { s.isDigit($0) }
            let leftOneLetter = tokenEnd - leftStart == 1 && s.isASCIILetter(leftStart)
            let leftUpper = (leftStart..<tokenEnd).allSatisfy { s.isUpperASCII($0) || s.isDigit($0) }
            let rightUpper = (rightStart..<rightEnd).allSatisfy { s.isUpperASCII($0) || s.isDigit($0) }
            let leftAllDigits = (leftStart..<tokenEnd).allSatisfy { s.isDigit($0) }
            let rightAllDigits = (rightStart..<rightEnd).allSatisfy { s.isDigit($0) }
            // Number ranges (`3-4 cm`) stay apart: they are two numbers.
            if leftAllDigits && rightAllDigits { break }
            guard leftDigit || rightDigit || leftOneLetter || (leftUpper && rightUpper) else { break }
            joined = true
            leftStart = rightStart
            tokenEnd = rightEnd
        }
        return joined ? tokenEnd : nil
    }

    /// Signs stuck to a marker or score: `RE+`, `RP-`, `HER2+++`, `3+`, `CK20-`.
    func signedEnd(after end: Int) -> Int? {
        var j = end
        while s.byte(j) == 0x2B { j += 1 }
        // `4+3` is a sum (Gleason), not a sign.
        if j > end { return s.isAlphanumeric(j) ? nil : j }
        let hyphen = s.hyphenLength(end)
        if hyphen > 0, !s.isAlphanumeric(end + hyphen) { return end + hyphen }
        return nil
    }

    /// Digit groups written apart: `1 850 UI/mL`, `25\u{00A0}000` (left 1-3 digits, then groups of exactly 3).
    func thousandsEnd(start: Int, end: Int) -> Int? {
        guard end - start <= 3, (start..<end).allSatisfy({ s.isDigit($0) }) else { return nil }
        var tokenEnd = end
        while true {
            let gap = s.innerSpaceLength(tokenEnd)
            guard gap > 0, s.byte(tokenEnd) != 0x20 || gap == 1 else { break }
            let group = tokenEnd + gap
            let groupEnd = s.digitsEnd(group)
            guard groupEnd - group == 3, !s.isLetter(groupEnd), !s.isDigit(groupEnd) else { break }
            tokenEnd = groupEnd
        }
        return tokenEnd > end ? tokenEnd : nil
    }

    /// The per-cent sign after a number, with or without a (no-break) space: `90 %`.
    func percentEnd(after end: Int) -> Int? {
        let gap = s.innerSpaceLength(end)
        if s.byte(end + gap) == 0x25 { return end + gap + 1 }
        return nil
    }

    /// A TNM suffix in parentheses right after the expression: `(sn)`, `(i-)`, `(mol+)`, `(m)`.
    func tnmSuffixEnd(after end: Int) -> Int? {
        guard s.byte(end) == 0x28 else { return nil }
        var j = end + 1
        while j < end + 8, s.isASCIILetter(j) || s.byte(j) == 0x2B || s.byte(j) == 0x2D { j += 1 }
        return j > end + 1 && s.byte(j) == 0x29 ? j + 1 : nil
    }

    /// A superscript ² or ³ right after a unit word: `m²`, `cm³`.
    func superscriptEnd(after end: Int) -> Int? {
        if s.byte(end) == 0xC2, s.byte(end + 1) == 0xB2 || s.byte(end + 1) == 0xB3 { return end + 2 }
        return nil
    }

    /// A compound unit: `mg/m²`, `U/mL`, `mg/kg/j`.
    func unitEnd(start: Int, end: Int) -> Int? {
        guard s.byte(end) == 0x2F, isUnit(start, end) else { return nil }
        var rightEnd = end + 1
        while s.isLetter(rightEnd) || s.isDigit(rightEnd) { rightEnd += s.isLetter(rightEnd) ? s.letterLength(rightEnd) : 1 }
        if let sup = superscriptEnd(after: rightEnd) { rightEnd = sup }
        guard rightEnd > end + 1, isUnit(end + 1, rightEnd) else { return nil }
        return unitEnd(start: end + 1, end: rightEnd) ?? rightEnd
    }

    private func isUnit(_ start: Int, _ end: Int) -> Bool {
        guard end > start, end - start <= 9 else { return false }
        // The key packed into one integer, first byte lowest: no array, no hashing per `/`.
        var key: UInt64 = 0
        var length = 0
        var i = start
        while i < end {
            guard length < UnitKeys.longest else { return false }
            var b = s.byte(i)
            if (b == 0xC2 && s.byte(i + 1) == 0xB5) || (b == 0xCE && s.byte(i + 1) == 0xBC) {  // µ μ
                b = 0x75
                i += 2
            } else {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                i += 1
            }
            guard b != 0 else { return false }  // keeps the packing one-to-one
            key |= UInt64(b) << UInt64(8 * length)
            length += 1
        }
        return UnitKeys.contains(key)
    }

    /// True when the bytes read as a TNM expression: optional `y r a p c u` prefixes, then T/N/M components.
    func isTNM(_ start: Int, _ end: Int) -> Bool {
        var i = start
        var prefixes = 0
        while i < end, prefixes < 3 {
            switch s.byte(i) {
            case 0x79, 0x72, 0x61, 0x70, 0x63, 0x75, 0x73: i += 1; prefixes += 1  // y r a p c u s
            default: prefixes = 3
            }
        }
        var components = 0
        while i < end {
            let b = s.byte(i)
            guard b == 0x54 || b == 0x4E || b == 0x4D else { return false }  // T N M
            i += 1
            if s.byte(i) == 0x69, s.byte(i + 1) == 0x73 { i += 2 }  // is
            else if (0x30...0x34).contains(s.byte(i)) || s.byte(i) == 0x78 || s.byte(i) == 0x58 { i += 1 }
            else { return false }
            while i < end, (0x61...0x64).contains(s.byte(i)) { i += 1 }  // a-d
            if i + 1 < end, s.byte(i) == 0x6D, s.byte(i + 1) == 0x69 { i += 2 }  // mi
            components += 1
        }
        return components > 0 && i == end
    }
}
