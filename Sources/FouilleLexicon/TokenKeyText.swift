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
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.folded.bytes.count)
        var starts = [Int32]()
        starts.reserveCapacity(text.tokens.count + 1)
        var skippable = [Bool](repeating: false, count: text.tokens.count)
        var scratch = [UInt8]()
        scratch.reserveCapacity(64)
        for (t, token) in text.tokens.enumerated() {
            starts.append(Int32(bytes.count))
            if MatchKey.isSkippable(token, in: text) { skippable[t] = true; continue }
            MatchKey.write(text.foldedBytes(of: token), into: &scratch)
            bytes.append(contentsOf: scratch)
        }
        starts.append(Int32(bytes.count))
        var hashes = [Int](repeating: 0, count: text.tokens.count)
        bytes.withUnsafeBufferPointer { all in
            for t in 0..<text.tokens.count {
                hashes[t] = ByteKeyTable.hash(UnsafeBufferPointer(rebasing: all[Int(starts[t])..<Int(starts[t + 1])]))
            }
        }
        self.hashes = hashes
        self.bytes = bytes
        self.starts = starts
        self.skippable = skippable
    }

    public var count: Int { skippable.count }
}
