import FouilleText

/// Decides whether bytes are a readable report: UTF-8, not empty, not binary, not too large.
public struct TextValidation: Sendable {
    /// Inputs larger than this are refused (default 16 MiB: a report is a few KB).
    public var maxBytes: Int

    public init(maxBytes: Int = 16 << 20) { self.maxBytes = maxBytes }

    /// The text, or why it is refused.
    public func text(of bytes: [UInt8], source: String) -> Result<String, InputFailure> {
        if let failure = refusal(of: bytes, source: source, checkingUTF8: true) { return .failure(failure) }
        let start = bytes.starts(with: Self.byteOrderMark) ? 3 : 0
        return .success(String(decoding: bytes[start...], as: UTF8.self))
    }

    /// The same checks for bytes already known to be UTF-8 (a JSON string read from a valid line), and `text` built
    /// from them: no second validation. Bytes starting with a byte-order mark are not taken here.
    func text(ofValidUTF8 bytes: [UInt8], _ text: String, source: @autoclosure () -> String) -> Result<String, InputFailure> {
        if let failure = refusal(of: bytes, source: source(), checkingUTF8: false) { return .failure(failure) }
        return .success(text)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Why bytes are not a readable report, checked in the order the messages have always come in.
    private func refusal(of bytes: [UInt8], source: @autoclosure () -> String, checkingUTF8: Bool) -> InputFailure? {
        if bytes.count > maxBytes {
            return InputFailure(source: source(), reason: "\(bytes.count) bytes is over the size limit of \(maxBytes) bytes (--max-bytes)")
        }
        var start = 0
        if bytes.starts(with: Self.byteOrderMark) { start = 3 }  // a UTF-8 byte-order mark is not text
        let body = bytes[start...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return InputFailure(source: source(), reason: "empty document")
        }
        let (nul, controls) = body.withUnsafeBufferPointer { Self.controlBytes(in: $0) }
        if let nul {
            return InputFailure(source: source(), offset: start + nul, reason: "binary data (NUL byte), not a text report")
        }
        if checkingUTF8, let bad = Self.firstInvalidUTF8(body) {
            return InputFailure(source: source(), offset: bad, reason: "invalid UTF-8 (convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8)")
        }
        if controls * 20 > body.count {
            return InputFailure(source: source(), reason: "binary data (\(controls) control characters), not a text report")
        }
        return nil
    }

    /// The first NUL byte and the number of control characters other than tab, line feed, form feed and
    /// carriage return. Runs on every report: words of eight bytes with none below 0x20 are skipped whole.
    static func controlBytes(in buffer: UnsafeBufferPointer<UInt8>) -> (nul: Int?, controls: Int) {
        guard let base = buffer.baseAddress else { return (nil, 0) }
        var nul: Int?
        var controls = 0
        var i = 0
        while i < buffer.count {
            if i + 8 <= buffer.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if ByteSearch.bytes(below: 0x20, in: word) == 0 { i += 8; continue }
            }
            let end = min(i + 8, buffer.count)
            while i < end {
                let byte = base[i]
                if byte < 0x20 {
                    if byte == 0 && nul == nil { nul = i }
                    if byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C { controls += 1 }
                }
                i += 1
            }
        }
        return (nul, controls)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all is valid.
    public static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }.map { $0 + bytes.startIndex }
    }

    /// ``firstInvalidUTF8(_:)`` over a buffer (offset from its start); ASCII is skipped eight bytes at a time.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var i = 0
        let end = bytes.count
        while i < end {
            if i + 8 <= end, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let size: Int
            let minimum: UInt32
            var cp: UInt32
            switch b {
            case 0xC2...0xDF: size = 2; cp = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: size = 3; cp = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: size = 4; cp = UInt32(b & 0x07); minimum = 0x10000
            default: return i
            }
            guard i + size <= end else { return i }
            for k in 1..<size {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                cp = cp << 6 | UInt32(c & 0x3F)
            }
            if cp < minimum || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
            i += size
        }
        return nil
    }
}
