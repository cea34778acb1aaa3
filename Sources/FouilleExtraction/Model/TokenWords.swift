import FouilleText

/// The folded text of every token of a document (`Métastases` → `metastases`), computed once.
///
/// Rules compare words many times per token; building each `String` once per
/// document, when first asked for (short ones are stored inline, without a
/// heap allocation), keeps that off the hot path. One per document and thread.
/// Prefix and suffix tests read the folded bytes directly, as `String.hasSuffix`
/// compares by characters and costs much more.
final class TokenWords {
    /// Built on first use: rules read the words of a minority of tokens. Raw buffers, as
    /// a `var` array in a class would pay an exclusivity check at every read.
    private let words: UnsafeMutablePointer<String?>
    private let count: Int
    /// The indices of the words built so far (slot `count` holds how many), the only ones to release.
    private let built: UnsafeMutablePointer<Int32>
    /// The folded view's bytes, and each token's range in them.
    private let folded: [UInt8]
    private let ranges: [Range<Int>]
    /// The first folded byte of each token (0 for an empty one): patterns test it before any string work.
    let initials: [UInt8]

    init(_ text: AnalyzedText) {
        let folded = text.folded.bytes
        var ranges = [Range<Int>](), initials = [UInt8]()
        ranges.reserveCapacity(text.tokens.count)
        initials.reserveCapacity(text.tokens.count)
        for token in text.tokens {
            let range = text.folded.viewRange(of: token.span)
            ranges.append(range)
            initials.append(range.isEmpty ? 0 : folded[range.lowerBound])
        }
        self.folded = folded
        self.ranges = ranges
        self.initials = initials
        count = ranges.count
        words = .allocate(capacity: count)
        words.initialize(repeating: nil, count: count)
        built = .allocate(capacity: count + 1)
        built[count] = 0
    }

    deinit {
        // Slots never built hold `nil`, which owns nothing: only built words are released.
        for k in 0..<Int(built[count]) { (words + Int(built[k])).deinitialize(count: 1) }
        words.deallocate()
        built.deallocate()
    }

    /// The folded word at token `index`, or "" out of range.
    func folded(_ index: Int) -> String {
        guard index >= 0, index < count else { return "" }
        if let word = words[index] { return word }
        let word = String(decoding: folded[ranges[index]], as: UTF8.self)
        words[index] = word
        built[Int(built[count])] = Int32(index)
        built[count] += 1
        return word
    }

    /// True when the folded word at `index` ends with one of `endings`.
    func hasSuffix(_ index: Int, in endings: SuffixSet) -> Bool {
        guard index >= 0, index < ranges.count else { return false }
        let range = ranges[index]
        return endings.matches(packed: SuffixSet.pack(folded[range]), length: range.count)
    }

    /// True when the folded word at `index` starts with one of `prefixes` (ASCII).
    func hasPrefix(_ index: Int, anyOf prefixes: [StaticString]) -> Bool {
        guard index >= 0, index < ranges.count else { return false }
        let range = ranges[index]
        return folded.withUnsafeBufferPointer { bytes in
            prefixes.contains { prefix in
                let count = prefix.utf8CodeUnitCount
                return count <= range.count && Self.equal(bytes, from: range.lowerBound, prefix)
            }
        }
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        for k in 0..<count where bytes[start + k] != literal.utf8Start[k] { return false }
        return true
    }

    /// True when the folded word at `index` is one of `words`, compared as bytes: no
    /// string is built or hashed for the many words that are none of them.
    func isOneOf(_ index: Int, _ words: WordSet) -> Bool {
        guard index >= 0, index < count else { return false }
        let range = ranges[index]
        return folded.withUnsafeBufferPointer { words.contains(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// True when token `index` is exactly `-`.
    func isHyphen(_ index: Int) -> Bool {
        index >= 0 && index < count && ranges[index].count == 1 && initials[index] == UInt8(ascii: "-")
    }

    /// The first folded byte of token `index`, or nil out of range or for an empty token.
    func firstByte(_ index: Int) -> UInt8? {
        index >= 0 && index < count && !ranges[index].isEmpty ? initials[index] : nil
    }
}
