import CICU

/// Character tests on raw UTF-8 bytes, for the tokeniser's hot loop.
///
/// Works on an unsafe buffer of valid UTF-8 and answers lengths in bytes, so
/// callers never slice `String`s per character.
struct ByteScanner {
    let p: UnsafeBufferPointer<UInt8>
    var count: Int { p.count }

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < p.count && i >= 0 ? p[i] : 0 }

    @inline(__always) func isDigit(_ i: Int) -> Bool { let b = byte(i); return b >= 0x30 && b <= 0x39 }
    @inline(__always) func isUpperASCII(_ i: Int) -> Bool { let b = byte(i); return b >= 0x41 && b <= 0x5A }
    @inline(__always) func isLowerASCII(_ i: Int) -> Bool { let b = byte(i); return b >= 0x61 && b <= 0x7A }
    @inline(__always) func isASCIILetter(_ i: Int) -> Bool { isUpperASCII(i) || isLowerASCII(i) }

    /// The code point at `i` and its length in bytes.
    @inline(__always) func scalar(_ i: Int) -> (UInt32, Int) {
        let b = byte(i)
        if b < 0x80 { return (UInt32(b), 1) }
        return NormalizedText.decode(p, at: i)
    }

    /// Byte length of a letter (any script) at `i`, or 0.
    @inline(__always) func letterLength(_ i: Int) -> Int {
        guard i >= 0, i < count else { return 0 }
        let b = p[i]
        if b < 0x80 { return isASCIILetter(i) ? 1 : 0 }
        let (cp, size) = scalar(i)
        if cp >= 0xC0 && cp <= 0x24F { return cp == 0xD7 || cp == 0xF7 ? 0 : size }
        return fouille_is_alphabetic(Int32(cp)) != 0 ? size : 0
    }

    @inline(__always) func isLetter(_ i: Int) -> Bool { letterLength(i) > 0 }
    @inline(__always) func isAlphanumeric(_ i: Int) -> Bool { isDigit(i) || isLetter(i) }

    /// Byte length of one white-space character at `i` (no-break, narrow and thin spaces included), or 0.
    @inline(__always) func whitespaceLength(_ i: Int) -> Int {
        let b = byte(i)
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2: return byte(i + 1) == 0xA0 || byte(i + 1) == 0x85 ? 2 : 0
        case 0xE2:
            let b1 = byte(i + 1), b2 = byte(i + 2)
            if b1 == 0x80, (b2 >= 0x80 && b2 <= 0x8B) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return 3 }
            if b1 == 0x81, b2 == 0x9F || b2 == 0xA0 { return 3 }
            return 0
        case 0xE3: return byte(i + 1) == 0x80 && byte(i + 2) == 0x80 ? 3 : 0
        case 0xEF: return byte(i + 1) == 0xBB && byte(i + 2) == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// Byte length of an apostrophe (`'`, `’`, `‘`, `ʼ`) at `i`, or 0.
    @inline(__always) func apostropheLength(_ i: Int) -> Int {
        let b = byte(i)
        if b == 0x27 { return 1 }
        if b == 0xE2, byte(i + 1) == 0x80, byte(i + 2) == 0x99 || byte(i + 2) == 0x98 { return 3 }
        if b == 0xCA, byte(i + 1) == 0xBC { return 2 }
        return 0
    }

    /// Byte length of a hyphen (`-`, U+2010, U+2011 no-break hyphen) at `i`, or 0.
    @inline(__always) func hyphenLength(_ i: Int) -> Int {
        let b = byte(i)
        if b == 0x2D { return 1 }
        if b == 0xE2, byte(i + 1) == 0x80, byte(i + 2) == 0x90 || byte(i + 2) == 0x91 { return 3 }
        return 0
    }

    /// Byte length of a space that may sit inside a token (`90 %`): space, no-break or narrow no-break space.
    @inline(__always) func innerSpaceLength(_ i: Int) -> Int {
        let b = byte(i)
        if b == 0x20 { return 1 }
        if b == 0xC2, byte(i + 1) == 0xA0 { return 2 }
        if b == 0xE2, byte(i + 1) == 0x80, byte(i + 2) == 0xAF || byte(i + 2) == 0x89 { return 3 }
        return 0
    }

    /// End of a run of digits starting at `i`.
    @inline(__always) func digitsEnd(_ i: Int) -> Int {
        var j = i
        while isDigit(j) { j += 1 }
        return j
    }

    /// Case-insensitive ASCII comparison of the bytes `[i, i + word.count)` with a lower-case word.
    func matchesLowercased(_ i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= count else { return false }
        let w = word.utf8Start
        for k in 0..<n where p[i + k] | 0x20 != w[k] { return false }
        return true
    }
}
