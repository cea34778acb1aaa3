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

    @inline(__always)
    mutating func integer(_ value: Int) {
        // Most integers here (ids, attributes, sentences) are below 100: one or two stores, no loop.
        if UInt(bitPattern: value) < 10 {
            byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
        } else if UInt(bitPattern: value) < 100 {
            let pairs = Self.pairs.utf8Start
            buffer[count] = pairs[value &* 2]
            buffer[count + 1] = pairs[value &* 2 &+ 1]
            count += 2
        } else if UInt(bitPattern: value) < 10_000 {
            // Offsets (spans) are mostly three or four digits: two pairs, the first maybe cut to its last digit.
            let pairs = Self.pairs.utf8Start
            let high = (value / 100) &* 2
            let low = (value % 100) &* 2
            if value >= 1000 {
                buffer[count] = pairs[high]
                count += 1
            }
            buffer[count] = pairs[high &+ 1]
            buffer[count + 1] = pairs[low]
            buffer[count + 2] = pairs[low &+ 1]
            count += 3
        } else {
            anyInteger(value)
        }
    }

    private mutating func anyInteger(_ value: Int) {
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

    mutating func null() {
        byte(UInt8(ascii: "n")); byte(UInt8(ascii: "u")); byte(UInt8(ascii: "l")); byte(UInt8(ascii: "l"))
    }

    /// A JSON string, or `null`. Quotes, backslashes and control characters are escaped; other bytes are UTF-8 as is.
    mutating func string(_ value: String?) {
        guard let value else { null(); return }
        byte(UInt8(ascii: "\""))
        // Read in place when contiguous (native and small strings): `withUTF8` of a copy cost ~70 more instructions per string.
        if value.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var value = value
            value.withUTF8 { escaped($0) }
        }
        byte(UInt8(ascii: "\""))
    }

    private mutating func escaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes {
            if b < 0x20 {
                byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "u")); byte(UInt8(ascii: "0")); byte(UInt8(ascii: "0"))
                byte(Self.hexDigit(b >> 4))
                byte(Self.hexDigit(b & 15))
            } else {
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { byte(UInt8(ascii: "\\")) }
                byte(b)
            }
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
}
