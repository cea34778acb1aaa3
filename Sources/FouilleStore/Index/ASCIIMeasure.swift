/// ``EntityValue``'s sizes and quantities read from bytes, for texts it can read exactly so.
///
/// Each function answers ``Reading/unreadable`` when the text holds what
/// it cannot read exactly as `String` would; ``EntityValue`` then reads the
/// text as a `String` (Unicode folding, `Character` comparisons), whose
/// results these equal otherwise. Splitting, `replacingOccurrences` and case mapping of `String`
/// cost ~10 µs per entity; this costs well under one. Words are walked in place and the value
/// written into a buffer on the stack: arrays and `String` pieces cost ~5,000 instructions per entity.
enum ASCIIMeasure {
    /// What a byte reading found: the value (nil when the text has none), or that the text needs the general path.
    enum Reading: Equatable {
        case read(String?)
        case unreadable
    }

    /// The longest value written here; a longer one (never seen) is left to the general path.
    private static let capacity = 128

    /// ``EntityValue/quantity(_:)``: ASCII words separated by spaces or no-break spaces (U+00A0, U+202F), `²` in the unit.
    /// Other characters may follow the unit's word (`45 Gy en 25 séances`), but not touch a separator,
    /// where `String` could join them with it into one `Character`.
    static func quantity(_ text: UnsafeBufferPointer<UInt8>) -> Reading {
        // First the whole text, for what sends it to the general path wherever it is.
        var squares = 0
        var i = 0
        var afterSeparator = false
        var otherEnd = -1  // where the last character outside the alphabet ends, and its first byte
        var otherLead: UInt8 = 0
        while i < text.count {
            let step = QuantityWords.step(text, i)
            if step.separator {
                // A Prepend character (U+0600–U+06DD, U+070F, U+0890…, U+0D4E, astral ones) joins the separator after it.
                if otherEnd == i, otherLead == 0xE0 || (0xD8...0xDF).contains(otherLead) || otherLead >= 0xF0 { return .unreadable }
                afterSeparator = true
            } else {
                if step.squared { squares += 1 }
                if step.other {
                    if afterSeparator { return .unreadable }
                    otherEnd = i + step.size
                    otherLead = text[i]
                }
                afterSeparator = false
            }
            i += step.size
        }
        var words = QuantityWords(text)
        guard let number = words.next(), let second = words.next() else { return .read(nil) }
        // A number with a character outside the alphabet (`≥ 50 %`) is no number for `Double` either.
        if number.others > 0 || number.squares > 0 { return .read(nil) }
        var decimal = ASCIIDecimal()
        decimal.add(text, number.range)
        // Digit groups (`1 840 UI/mL`): three-digit words before the unit, which has a word after it.
        var unit = second
        var groups = 0
        while let after = words.next(), unit.range.count == 3, text[unit.range].allSatisfy({ $0 &- 0x30 < 10 }) {
            decimal.add(text, unit.range)
            groups += 1
            unit = after
        }
        // Words before `unit` are ASCII, so a number `Double` refuses here it refuses in the general path too,
        // whatever that path's `Character` count made of the next word.
        guard let value = decimal.exact ?? parsedNumber(text, groups: groups) else { return .read(nil) }
        // `²` before the unit, or another character in it (`Character`s with their own rules), is left to the general path.
        guard unit.squares == squares, unit.others == 0 else { return .unreadable }
        var lowercase = false  // whether the unit has a lower-case letter (else it is lower-cased)
        var gy = unit.range.count == 2
        for k in unit.range {
            let b = text[k]
            if b &- 0x61 < 26 { lowercase = true }
            if gy, (b | 0x20) != (k == unit.range.lowerBound ? 0x67 : 0x79) { gy = false }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var out = MeasureBytes(buffer)
            out.number(value)
            out.byte(0x20)
            if gy {
                out.byte(0x47); out.byte(0x79)  // Gy
            } else {
                var k = unit.range.lowerBound
                while k < unit.range.upperBound {
                    let b = text[k]
                    if b == 0xC2 {
                        out.byte(0x32); k += 2  // ² → 2
                    } else {
                        out.byte(!lowercase && b &- 0x41 < 26 ? b | 0x20 : b); k += 1
                    }
                }
            }
            return out.full ? .unreadable : .read(out.string)
        }
    }

    /// The number and its digit groups through `Double(String)`, for what ``ASCIIDecimal`` does not read exactly.
    private static func parsedNumber(_ text: UnsafeBufferPointer<UInt8>, groups: Int) -> Double? {
        var words = QuantityWords(text)
        var bytes = [UInt8]()
        for _ in 0...groups { bytes.append(contentsOf: text[words.next()!.range]) }
        return ASCIIDecimal.parsed(bytes)
    }

    /// ``EntityValue/size(_:)``: ASCII only (folding is then lower-casing); words separated by spaces.
    static func size(_ text: UnsafeBufferPointer<UInt8>) -> Reading {
        var end = text.count
        for b in text {
            if b >= 0x80 { return .unreadable }
        }
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, text[start - 1] != 0x20 { start -= 1 }
        let factor: Double
        switch end - start {
        case 2 where text[start + 1] | 0x20 == 0x6D && text[start] | 0x20 == 0x6D: factor = 1  // mm
        case 2 where text[start + 1] | 0x20 == 0x6D && text[start] | 0x20 == 0x63: factor = 10  // cm
        case 1 where text[start] | 0x20 == 0x6D: factor = 1000  // m
        default: return .read(nil)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var out = MeasureBytes(buffer)
            var i = 0
            while i < start {
                if text[i] == 0x20 { i += 1; continue }
                var j = i
                while j < start, text[j] != 0x20 { j += 1 }
                defer { i = j }
                if j - i == 1, text[i] | 0x20 == 0x78 { continue }  // x
                var decimal = ASCIIDecimal()
                decimal.add(text, i..<j)
                guard let value = decimal.exact ?? ASCIIDecimal.parsed(text[i..<j], lowered: true) else { return .read(nil) }
                if out.count > 0 { out.byte(0x20); out.byte(0x78); out.byte(0x20) }
                out.number(value * factor)
            }
            if out.count == 0 { return .read(nil) }
            out.byte(0x20); out.byte(0x6D); out.byte(0x6D)
            return out.full ? .unreadable : .read(out.string)
        }
    }
}
