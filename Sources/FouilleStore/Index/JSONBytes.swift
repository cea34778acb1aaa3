/// Writes JSON scalars as UTF-8 bytes into a buffer sized beforehand, for the annotation rows.
///
/// No Foundation and no per-byte capacity checks: the caller bounds the size first
/// (``maximumBytes(of:)``, at most ``maximumIntegerBytes`` per integer), so this is plain stores.
struct JSONBytes {
    static let maximumIntegerBytes = 20
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The most bytes a string (or `null`) may take: every byte escaped as `\u00XX`, and its quotes.
    static func maximumBytes(of string: String?) -> Int { (string?.utf8.count ?? 0) * 6 + 4 }

    mutating func byte(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// `00` to `99`, so integers are written two digits per division.
    private static let pairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    mutating func integer(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // Digits counted first, then written from the last by constant divisions (no division by a variable power of ten).
        var digits = 1
        var bound: UInt = 10
        while digits < 20, magnitude >= bound {
            digits += 1
            bound = bound &* 10
        }
        var i = count + digits
        count = i
        let pairs = Self.pairs.utf8Start
        while magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            buffer[i - 1] = pairs[pair + 1]
            buffer[i - 2] = pairs[pair]
            i -= 2
        }
        if i > count - digits { buffer[i - 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude) }
    }

    private mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        (buffer.baseAddress! + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func null() {
        byte(UInt8(ascii: "n")); byte(UInt8(ascii: "u")); byte(UInt8(ascii: "l")); byte(UInt8(ascii: "l"))
    }

    /// A JSON string, or `null`. Quotes, backslashes and control characters are escaped; other bytes are UTF-8 as is.
    mutating func string(_ value: String?) {
        guard var value else { null(); return }
        byte(UInt8(ascii: "\""))
        value.withUTF8 { bytes in
            // Runs that need no escape (nearly every string, whole) are copied in one go.
            var run = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                copy(UnsafeBufferPointer(rebasing: bytes[run..<i]))
                if b < 0x20 {
                    byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "u")); byte(UInt8(ascii: "0")); byte(UInt8(ascii: "0"))
                    byte(Self.hexDigit(b >> 4))
                    byte(Self.hexDigit(b & 15))
                } else {
                    byte(UInt8(ascii: "\\"))
                    byte(b)
                }
                run = i + 1
            }
            copy(UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        byte(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
}
