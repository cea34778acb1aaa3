/// Reads the JSON of an `annotations` row (arrays of integers, strings and nulls) from its bytes.
///
/// The query path parses a report's row per search hit; a cursor over SQLite's own
/// buffer builds no intermediate values and skips what the caller does not need.
/// Anything else than the arrays Fouille writes (objects, fractions) is refused: the caller says the row is damaged.
struct JSONCursor {
    struct Malformed: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Consumes `byte` (after blanks), or throws.
    mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw Malformed() }
        position += 1
    }

    /// Consumes `byte` when it comes next (after blanks).
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// Moves past an array's opening bracket; answers false for an empty array (consumed whole).
    mutating func openArray() throws -> Bool {
        try expect(UInt8(ascii: "["))
        return !take(UInt8(ascii: "]"))
    }

    /// After an element: true when another follows (the comma consumed), false at the closing bracket.
    mutating func nextElement() throws -> Bool {
        if take(UInt8(ascii: ",")) { return true }
        try expect(UInt8(ascii: "]"))
        return false
    }

    /// An integer, or nil for `null`.
    mutating func integer() throws -> Int? {
        if takeNull() { return nil }
        let negative = take(UInt8(ascii: "-"))
        var value = 0, digits = 0
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
            value = value &* 10 &+ Int(bytes[position] &- UInt8(ascii: "0"))
            position += 1
            digits += 1
        }
        guard digits > 0, digits < 19 else { throw Malformed() }
        return negative ? -value : value
    }

    /// A string, or nil for `null`.
    mutating func string() throws -> String? {
        if takeNull() { return nil }
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") { position += 1 }
        guard position < bytes.count else { throw Malformed() }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
        }
        var out = [UInt8](bytes[start..<position])
        try unescape(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Skips a string or `null`.
    mutating func skipString() throws {
        if takeNull() { return }
        try expect(UInt8(ascii: "\""))
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard position < bytes.count else { throw Malformed() }
        position += 1
    }

    private mutating func peek() -> UInt8? {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
        return position < bytes.count ? bytes[position] : nil
    }

    private mutating func takeNull() -> Bool {
        guard peek() == UInt8(ascii: "n"), position + 4 <= bytes.count else { return false }
        position += 4
        return true
    }

    /// The rest of a string with escapes, from the first backslash to the closing quote.
    private mutating func unescape(into out: inout [UInt8]) throws {
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return }
            guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
            guard position < bytes.count else { break }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
            default: out.append(escaped)  // `"`, `\`, `/`
            }
        }
        throw Malformed()
    }

    /// The UTF-8 of a `\uXXXX` escape (the `\u` read), a surrogate pair taken whole.
    private mutating func unicodeEscape() throws -> [UInt8] {
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar), position + 6 <= bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let low = try hex4()
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        return Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw Malformed() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = UInt32(String(UnicodeScalar(bytes[position])), radix: 16) else { throw Malformed() }
            value = value << 4 | digit
            position += 1
        }
        return value
    }
}
