import FouilleText

/// A flat JSON object read straight from UTF-8 bytes: what a JSONL report record is.
///
/// Values may be strings, integers or `null`. Anything else (nested values,
/// booleans, fractions, exponents, lone surrogates, duplicated fields,
/// malformed JSON) is not read here: ``parse(_:)`` answers nil and the caller
/// falls back to Foundation, which reads those and words the errors. Foundation's
/// parser builds an `NSDictionary` of bridged strings per line, about 25 µs
/// per report; this reads a line at memory speed.
struct FlatJSONObject {
    enum Value: Equatable {
        /// Decoded UTF-8 (escapes resolved).
        case string([UInt8])
        /// An integer literal as written (`-12`), at most 18 digits.
        case integer([UInt8])
        case null
    }

    private(set) var fields: [(key: [UInt8], value: Value)] = []

    /// The value of field `key`, nil when absent.
    func value(_ key: String) -> Value? {
        var key = key
        return key.withUTF8 { name in fields.first(where: { $0.key.elementsEqual(name) })?.value }
    }

    /// The object on a line (surrounding white space allowed), or nil when it is not a flat object read here.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> FlatJSONObject? {
        var parser = FlatJSONParser(bytes: bytes)
        guard let object = parser.object() else { return nil }
        // Which of two equal keys wins is Foundation's business.
        for (index, field) in object.fields.enumerated() where object.fields[..<index].contains(where: { $0.key == field.key }) {
            return nil
        }
        return object
    }

    fileprivate mutating func append(_ key: [UInt8], _ value: Value) { fields.append((key, value)) }
}

/// The byte cursor behind ``FlatJSONObject/parse(_:)``.
private struct FlatJSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func object() -> FlatJSONObject? {
        var result = FlatJSONObject()
        skipSpace()
        guard take(0x7B) else { return nil }  // {
        skipSpace()
        if !take(0x7D) {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(0x3A) else { return nil }  // :
                skipSpace()
                guard let value = value() else { return nil }
                result.append(key, value)
                skipSpace()
                if take(0x2C) { continue }  // ,
                guard take(0x7D) else { return nil }
                break
            }
        }
        skipSpace()
        return i == bytes.count ? result : nil
    }

    private mutating func value() -> FlatJSONObject.Value? {
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case 0x22: return string().map { .string($0) }
        case 0x2D, 0x30...0x39: return integer()
        case 0x6E:  // null
            guard i + 4 <= bytes.count, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C else { return nil }
            i += 4
            return .null
        default: return nil
        }
    }

    /// `-?(0|[1-9][0-9]*)`, not followed by a fraction or exponent; `-0` and very long numbers are left to Foundation.
    private mutating func integer() -> FlatJSONObject.Value? {
        let start = i
        _ = take(0x2D)
        let digits = i
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        let count = i - digits
        guard count > 0, count <= 18, bytes[digits] != 0x30 || (count == 1 && digits == start) else { return nil }
        if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { return nil }
        return .integer(Array(bytes[start..<i]))
    }

    /// A string's decoded bytes; the cursor must be on its opening quote.
    /// Decoding never lengthens (an escape of 2, 6 or 12 bytes gives 1 to 4), so the output is bounded by the rest of the line.
    private mutating func string() -> [UInt8]? {
        guard take(0x22), let base = bytes.baseAddress else { return nil }
        var closed = false
        let out = [UInt8](unsafeUninitializedCapacity: bytes.count - i) { out, written in
            var run = i
            while i < bytes.count {
                // Eight bytes at a time: the first quote, backslash or control character is the lowest flagged byte.
                if i + 8 <= bytes.count {
                    let flags = Self.runEnds(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    if flags == 0 { i += 8; continue }
                    i += flags.trailingZeroBitCount >> 3
                }
                let byte = base[i]
                if byte == 0x22 || byte == 0x5C {
                    (out.baseAddress! + written).initialize(from: base + run, count: i - run)
                    written += i - run
                    if byte == 0x22 { i += 1; closed = true; return }
                    guard let count = escape(into: out.baseAddress! + written) else { return }
                    written += count
                    run = i
                    continue
                }
                if byte < 0x20 { return }  // raw control characters are not JSON
                i += 1
            }
        }
        return closed ? out : nil
    }

    /// The high bit set in each byte that is `"`, `\` or below 0x20, and maybe in bytes above such a one
    /// (a borrow): the lowest set bit is exact, and zero means none.
    @inline(__always)
    private static func runEnds(_ word: UInt64) -> UInt64 {
        ByteSearch.bytes(equalTo: 0x22, in: word) | ByteSearch.bytes(equalTo: 0x5C, in: word) | ByteSearch.bytes(below: 0x20, in: word)
    }

    /// One escape sequence (cursor on its backslash) written as UTF-8; answers the bytes written, nil when malformed.
    private mutating func escape(into out: UnsafeMutablePointer<UInt8>) -> Int? {
        guard i + 1 < bytes.count else { return nil }
        let code = bytes[i + 1]
        i += 2
        switch code {
        case 0x22, 0x5C, 0x2F: out.pointee = code  // \" \\ \/
        case 0x62: out.pointee = 0x08  // \b
        case 0x66: out.pointee = 0x0C  // \f
        case 0x6E: out.pointee = 0x0A  // \n
        case 0x72: out.pointee = 0x0D  // \r
        case 0x74: out.pointee = 0x09  // \t
        case 0x75:  // \uXXXX, a surrogate pair as two
            guard var scalar = hex4() else { return nil }
            if (0xD800...0xDBFF).contains(scalar) {
                guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                i += 2
                guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                return nil
            }
            var count = 0
            for byte in UTF8.encode(Unicode.Scalar(scalar)!)! { out[count] = byte; count += 1 }
            return count
        default: return nil
        }
        return 1
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[i]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }
}
