import FouilleText

/// The key under which a token is matched: its folded form without hyphens, plural ending dropped.
///
/// `Métastases` → `metastase`, `PD-L1` → `pdl1`, `Œstrogènes` → `oestrogene`.
/// Computed into a caller's reusable buffer: no allocation per token.
enum MatchKey {
    /// Tokens never matched and skipped inside a term: hyphens between words (`supéro-externe`).
    static func isSkippable(_ token: Token, in text: AnalyzedText) -> Bool {
        guard token.kind == .punctuation, token.span.length <= 3 else { return false }
        let b = text.bytes[token.span.start]
        return b == 0x2D || (b == 0xE2 && token.span.length == 3 && text.bytes[token.span.start + 1] == 0x80
            && (text.bytes[token.span.start + 2] == 0x90 || text.bytes[token.span.start + 2] == 0x91))
    }

    /// Writes the key of `folded` bytes into `out` (cleared first).
    @inline(__always)
    static func write(_ folded: ArraySlice<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        for b in folded where b != 0x2D { out.append(b) }
        // `RE+`, `HER2+++`: the marker is matched without its sign (the sign is a value).
        while out.count > 1, out.last == 0x2B { out.removeLast() }
        // Plural: -s or -x on words of four letters or more (`ras`, `gy` stay).
        if out.count >= 4, let last = out.last, last == 0x73 || last == 0x78 {
            let previous = out[out.count - 2]
            if previous >= 0x61 && previous <= 0x7A && previous != 0x73 { out.removeLast() }
        }
    }

    /// The length of a key once its sign and plural ending are dropped (the end rules of ``write(_:into:)``).
    @inline(__always)
    static func trimmedLength(_ key: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var n = count
        while n > 1, key[n - 1] == 0x2B { n -= 1 }
        if n >= 4, key[n - 1] == 0x73 || key[n - 1] == 0x78 {
            let previous = key[n - 2]
            if previous >= 0x61 && previous <= 0x7A && previous != 0x73 { n -= 1 }
        }
        return n
    }

    /// The case-sensitive form of a token's original bytes (hyphens dropped), for `match=case` entries.
    static func caseForm(_ original: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        // No plural folding here: `CCIS` (in situ) and `CCI` (infiltrant) are different terms.
        for b in original where b != 0x2D { out.append(b) }
        while out.count > 1, out.last == 0x2B { out.removeLast() }
        return out
    }
}
