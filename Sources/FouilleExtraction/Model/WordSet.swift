/// A few ASCII words, compared with a token's folded bytes as integers: words of up to
/// 8 bytes become one `UInt64` each, so a test is one packing and a few integer comparisons.
struct WordSet {
    private let short: [(packed: UInt64, length: Int)]
    private let long: [[UInt8]]
    /// The words' first bytes: a token starting otherwise is none of them.
    let initials: ByteSet

    init(_ words: [String]) {
        initials = ByteSet(initialsOf: words)
        short = words.filter { $0.utf8.count <= 8 }.map { (Self.pack($0.utf8), $0.utf8.count) }
        long = words.filter { $0.utf8.count > 8 }.map { Array($0.utf8) }
    }

    /// The bytes of a word of at most 8 bytes, first byte lowest.
    static func pack<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes { value |= UInt64(byte) << shift; shift += 8 }
        return value
    }

    /// True when `word` is one of the words.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.count <= 8 {
            let packed = Self.pack(word)
            return short.contains { $0.length == word.count && $0.packed == packed }
        }
        return long.contains { $0.count == word.count && $0.elementsEqual(word) }
    }
}
