import FouilleText

/// The match keys of a document's tokens, computed once and shared by every matcher.
///
/// One flat byte buffer holds every token's key (see `MatchKey`); each matcher
/// then turns keys into its own ids with hash look-ups on slices of it: no
/// allocation per token, and the folding work is done once per document.
public struct TokenKeyText: Sendable {
    /// Concatenated keys.
    let bytes: [UInt8]
    /// Token `t`'s key is `bytes[starts[t]..<starts[t + 1]]`.
    let starts: [Int32]
    /// Hyphens between words, skipped inside terms.
    let skippable: [Bool]
    /// Each key's hash, computed once for all the matchers.
    let hashes: [Int]

    public init(_ text: AnalyzedText) {
        let count = text.tokens.count
        var starts = [Int32](repeating: 0, count: count + 1)
        var skippable = [Bool](repeating: false, count: count)
        var hashes = [Int](repeating: 0, count: count)
        let folded = text.folded
        // One pass straight from the folded view into a buffer of the same size at most:
        // the rules of `MatchKey.write` (hyphens dropped, trailing `+` and plural removed), then the hash.
        let bytes = [UInt8](unsafeUninitializedCapacity: folded.bytes.count + 1) { out, initialized in
            var o = 0
            folded.bytes.withUnsafeBufferPointer { f in
                for t in 0..<count {
                    starts[t] = Int32(o)
                    let token = text.tokens[t]
                    if MatchKey.isSkippable(token, in: text) { skippable[t] = true; continue }
                    let range = folded.viewRange(of: token.span)
                    let keyStart = o
                    for i in range where f[i] != 0x2D { out[o] = f[i]; o += 1 }
                    while o - keyStart > 1, out[o - 1] == 0x2B { o -= 1 }
                    if o - keyStart >= 4, out[o - 1] == 0x73 || out[o - 1] == 0x78 {
                        let previous = out[o - 2]
                        if previous >= 0x61 && previous <= 0x7A && previous != 0x73 { o -= 1 }
                    }
                    hashes[t] = ByteKeyTable.hash(UnsafeBufferPointer(rebasing: out[keyStart..<o]))
                }
            }
            starts[count] = Int32(o)
            initialized = o
        }
        self.bytes = bytes
        self.starts = starts
        self.skippable = skippable
        self.hashes = hashes
    }

    public var count: Int { skippable.count }
}
