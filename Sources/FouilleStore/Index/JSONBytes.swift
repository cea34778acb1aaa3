/// JSON scalars appended as UTF-8 bytes, for the annotation rows (no Foundation, no String building).
enum JSONBytes {
    static func append(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            append(magnitude: value.magnitude, to: &out)
        } else {
            append(magnitude: UInt(value), to: &out)
        }
    }

    static func appendNull(to out: inout [UInt8]) {
        out.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    /// A JSON string, or `null`. Quotes, backslashes and control characters are escaped; other bytes are UTF-8 as is.
    static func append(string: String?, to out: inout [UInt8]) {
        guard var string else { appendNull(to: &out); return }
        out.append(UInt8(ascii: "\""))
        string.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case 0..<0x20:
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hexDigit(byte >> 4))
                    out.append(hexDigit(byte & 15))
                default:
                    out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func append(magnitude: UInt, to out: inout [UInt8]) {
        if magnitude >= 10 { append(magnitude: magnitude / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
}
