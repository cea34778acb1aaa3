/// ASCII word endings of up to 8 bytes, tested against a word's last bytes packed into one integer.
///
/// Rules test a word against dozens of endings (`ienne`, `aire`, ...); one
/// masked comparison per ending replaces a byte loop per ending.
struct SuffixSet {
    private let endings: [(value: UInt64, mask: UInt64, length: Int)]

    init(_ words: [String]) {
        endings = words.map { word in
            let bytes = Array(word.utf8)
            precondition(bytes.count <= 8, "endings longer than 8 bytes are not supported")
            return (Self.pack(bytes[...]), bytes.count == 8 ? ~0 : (UInt64(1) << UInt64(8 * bytes.count)) - 1, bytes.count)
        }
    }

    /// The last (up to) 8 bytes, last byte in the low byte.
    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for byte in bytes.suffix(8) { value = value << 8 | UInt64(byte) }
        return value
    }

    /// True when a word of `length` bytes whose last bytes pack to `packed` ends with one of the endings.
    func matches(packed: UInt64, length: Int) -> Bool {
        endings.contains { $0.length <= length && packed & $0.mask == $0.value }
    }
}
