/// Finding one byte value in UTF-8 text eight bytes at a time (line feeds,
/// colons): the section detector reads every line of every report.
enum ByteSearch {
    /// The first index in `from..<to` holding `byte`, or `to`.
    @inline(__always)
    static func first(_ byte: UInt8, in p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var i = from
        while i + 8 <= to {
            // A zero byte in word ^ pattern marks a match; the lowest flag is exact
            // (borrows only spread upwards).
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) ^ pattern
            let found = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            if found != 0 { return i + UInt64(littleEndian: found).trailingZeroBitCount / 8 }
            i += 8
        }
        while i < to, p[i] != byte { i += 1 }
        return i
    }
}
