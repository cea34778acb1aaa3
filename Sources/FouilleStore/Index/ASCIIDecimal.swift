/// Numbers of ``ASCIIMeasure``, read as `Double(String)` reads them: digits with at most one inner separator
/// (`,` or `.`) and at most 15 digits by one division of two exact `Double`s, which IEEE rounds
/// correctly as `Double(String)` does; anything else (`1e3`, `+5`, `5.`) through `String`.
struct ASCIIDecimal {
    /// Powers of ten a `Double` holds exactly.
    private static let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    private var mantissa: UInt64 = 0
    private var digits = 0
    private var fraction = 0
    private var separated = false
    private var plain = true

    /// Reads the bytes of `range` after those read before.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for i in range {
            let b = text[i]
            if b &- 0x30 < 10, digits < 15 {
                mantissa = mantissa &* 10 &+ UInt64(b &- 0x30)
                digits += 1
                if separated { fraction += 1 }
            } else if b == 0x2C || b == 0x2E, !separated, digits > 0 {
                separated = true
            } else {
                plain = false
            }
        }
    }

    /// The value when read exactly here; nil when it takes ``parsed(_:)``.
    var exact: Double? {
        guard plain, digits > 0, !separated || fraction > 0 else { return nil }
        return Double(mantissa) / Self.powers[fraction]
    }

    /// `Double(String)` of the bytes, `,` read as `.` (and letters lower-cased when `lowered`).
    static func parsed(_ bytes: some Sequence<UInt8>, lowered: Bool = false) -> Double? {
        Double(String(decoding: bytes.map { $0 == 0x2C ? 0x2E : lowered && $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self))
    }
}

/// A measure's value written into a buffer of fixed size; `full` once something did not fit.
struct MeasureBytes {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    private(set) var full = false

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    var string: String { String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self) }

    mutating func byte(_ byte: UInt8) {
        guard count < buffer.count else { full = true; return }
        buffer[count] = byte
        count += 1
    }

    mutating func bytes(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for i in range { byte(text[i]) }
    }

    /// ``EntityValue/format(_:)``: integral values (below 10^18) as `Int`s, others as `Double`s write themselves.
    mutating func number(_ value: Double) {
        guard value == value.rounded(), abs(value) < 1e18 else {
            for b in String(value).utf8 { byte(b) }
            return
        }
        let integer = Int(value)
        if integer < 0 { byte(0x2D) }
        var magnitude = integer.magnitude
        var digits = 1
        var bound: UInt = 10
        while digits < 19, magnitude >= bound {
            digits += 1
            bound &*= 10
        }
        guard count + digits <= buffer.count else { full = true; return }
        var i = count + digits
        count = i
        repeat {
            i -= 1
            buffer[i] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
