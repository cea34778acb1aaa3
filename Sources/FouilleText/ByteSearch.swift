/// Testing the bytes of UTF-8 text eight at a time (one `UInt64` word): line feeds
/// and colons for the section detector, hyphens in lexicon keys, separators in
/// index terms, quotes and control bytes in JSON lines.
package enum ByteSearch {
    /// The high bit of each byte of `word` below `limit` (at most 0x80) set. A borrow may set
    /// it in a byte above such a one too: zero means none, and the lowest set bit is exact.
    @inlinable @inline(__always)
    package static func bytes(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` equal to `byte` set (same caveat as ``bytes(below:in:)``).
    @inlinable @inline(__always)
    package static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        bytes(below: 1, in: word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// The first index in `from..<to` holding `byte`, or `to`.
    @inline(__always)
    static func first(_ byte: UInt8, in p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        while i + 8 <= to {
            let found = bytes(equalTo: byte, in: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            if found != 0 { return i + UInt64(littleEndian: found).trailingZeroBitCount / 8 }
            i += 8
        }
        while i < to, p[i] != byte { i += 1 }
        return i
    }
}
