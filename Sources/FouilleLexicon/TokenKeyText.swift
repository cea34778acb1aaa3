import FouilleText

/// A document's tokens as match keys (see `MatchKey`), looked up in a matcher's vocabulary.
///
/// The keys are built and looked up in one pass (``TermMatcher/tokenKeys(_:)-(TokenKeyText)``),
/// straight from the folded view: no allocation per token, no key buffer kept.
/// Every matcher of a lexicon shares one vocabulary, so one pass serves them all.
public struct TokenKeyText: Sendable {
    let text: AnalyzedText

    public init(_ text: AnalyzedText) { self.text = text }

    public var count: Int { text.tokens.count }

    /// Each token's id in `vocabulary` (-1: unknown; -2: a hyphen skipped inside terms).
    func ids(in vocabulary: ByteKeyTable) -> [Int32] {
        let count = text.tokens.count
        let folded = text.folded.bytes
        var keys = [Int32](repeating: -1, count: count)
        // Holds a key only when its token has hyphens to drop; otherwise the key is read in place.
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: folded.count + 1)
        defer { scratch.deallocate() }
        let longest = vocabulary.longestKey
        vocabulary.withProbe { probe in
            text.folded.withViewOffsets { toView in
                folded.withUnsafeBufferPointer { f in
                    text.tokens.withUnsafeBufferPointer { tokens in
                        text.bytes.withUnsafeBufferPointer { original in
                            keys.withUnsafeMutableBufferPointer { keys in
                                for t in 0..<count {
                                    let span = tokens[t].span
                                    if Self.isSkippable(tokens[t], original) { keys[t] = -2; continue }
                                    let from = Int(toView[span.start]), to = Int(toView[span.end])
                                    var key = UnsafePointer(scratch)
                                    var length = 0
                                    if let base = f.baseAddress, !(from..<to).contains(where: { f[$0] == 0x2D }) {
                                        key = base + from
                                        length = to - from
                                    } else {
                                        for i in from..<to where f[i] != 0x2D { scratch[length] = f[i]; length += 1 }
                                    }
                                    length = MatchKey.trimmedLength(key, length)
                                    guard length <= longest else { continue }
                                    keys[t] = probe.id(of: key, count: length)
                                }
                            }
                        }
                    }
                }
            }
        }
        return keys
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
