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
        repeat {
            i -= 1
            buffer[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    mutating func null() {
        byte(UInt8(ascii: "n")); byte(UInt8(ascii: "u")); byte(UInt8(ascii: "l")); byte(UInt8(ascii: "l"))
    }

    /// A JSON string, or `null`. Quotes, backslashes and control characters are escaped; other bytes are UTF-8 as is.
    mutating func string(_ value: String?) {
        guard var value else { null(); return }
        byte(UInt8(ascii: "\""))
        value.withUTF8 { bytes in
            for b in bytes {
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    byte(UInt8(ascii: "\\"))
                    byte(b)
                case 0..<0x20:
                    byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "u")); byte(UInt8(ascii: "0")); byte(UInt8(ascii: "0"))
                    byte(Self.hexDigit(b >> 4))
                    byte(Self.hexDigit(b & 15))
                default:
                    byte(b)
                }
            }
        }
        byte(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
}
