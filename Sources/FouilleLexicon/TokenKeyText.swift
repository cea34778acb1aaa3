import FouilleText

/// A document's tokens as match keys (see `MatchKey`), looked up in a matcher's vocabulary.
///
/// The keys are built and looked up in one pass (``TermMatcher/tokenKeys(_:)-(TokenKeyText)``),
/// from a padded copy of the folded view: no allocation per token, no key buffer kept.
/// Every matcher of a lexicon shares one vocabulary, so one pass serves them all.
public struct TokenKeyText: Sendable {
    let text: AnalyzedText

    public init(_ text: AnalyzedText) { self.text = text }

    public var count: Int { text.tokens.count }

    /// Each token's id in `vocabulary` (-1: unknown; -2: a hyphen skipped inside terms).
    func ids(in vocabulary: ByteKeyTable) -> [Int32] {
        let count = text.tokens.count
        let folded = text.folded.bytes
        let n = folded.count
        // The folded bytes, then room for a key with its hyphens dropped; eight bytes of
        // padding after each, so keys are read and hashed eight bytes at a time.
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * n + 16)
        defer { buffer.deallocate() }
        folded.withUnsafeBufferPointer { if let base = $0.baseAddress { buffer.initialize(from: base, count: n) } }
        (buffer + n).initialize(repeating: 0, count: 8)
        let scratch = buffer + n + 8
        let longest = vocabulary.longestKey
        return [Int32](unsafeUninitializedCapacity: count) { keys, initialized in
            vocabulary.withProbe { probe in
                text.folded.withViewOffsets { toView in
                    text.tokens.withUnsafeBufferPointer { tokens in
                        text.bytes.withUnsafeBufferPointer { original in
                            for t in 0..<count {
                                let token = tokens[t]
                                if Self.isSkippable(token, original) { keys[t] = -2; continue }
                                let from = Int(toView[token.span.start]), to = Int(toView[token.span.end])
                                var key = UnsafePointer(buffer + from)
                                var length = to - from
                                if Self.hasHyphen(key, length) {
                                    var k = 0
                                    for i in from..<to where buffer[i] != 0x2D { scratch[k] = buffer[i]; k += 1 }
                                    key = UnsafePointer(scratch)
                                    length = k
                                }
                                length = MatchKey.trimmedLength(key, length)
                                keys[t] = length <= longest ? probe.id(ofPadded: key, count: length) : -1
                            }
                        }
                    }
                }
            }
            initialized = count
        }
    }

    /// True when one of the `count` bytes at `p` (padded) is a hyphen: eight bytes per test.
    @inline(__always)
    private static func hasHyphen(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i < count {
            // Bytes past the key read as 0xFF, so never as a hyphen.
            var word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            if count - i < 8 { word |= ~0 << UInt64(8 * (count - i)) }
            if ByteSearch.bytes(equalTo: 0x2D, in: word) != 0 { return true }
            i += 8
        }
        return false
    }

    /// ``MatchKey/isSkippable(_:in:)`` on raw bytes.
    @inline(__always)
    private static func isSkippable(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation, token.span.length <= 3 else { return false }
        let s = token.span.start
        let b = bytes[s]
        return b == 0x2D || (b == 0xE2 && token.span.length == 3 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x90 || bytes[s + 2] == 0x91))
    }
}
