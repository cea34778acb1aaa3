/// The clinical rules that extend a token already found (`Ki-67`, `RE+`, `12 500`,
/// `20 %`, `pT2N1aM0`, `mg/m²`): each answers the token's new end, or nil.
extension ClinicalTokenRules {
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
