/// ``EntityValue``'s sizes and quantities read from bytes, for texts it can read exactly so.
///
/// Each function answers ``Reading/unreadable`` when the text holds what
/// it cannot read exactly as `String` would; ``EntityValue`` then reads the
/// text as a `String` (Unicode folding, `Character` comparisons), whose
/// results these equal otherwise. Splitting, `replacingOccurrences` and case mapping of `String`
/// cost ~10 µs per entity; this costs well under one.
enum ASCIIMeasure {
    /// What a byte reading found: the value (nil when the text has none), or that the text needs the general path.
    enum Reading: Equatable {
        case read(String?)
        case unreadable
    }

    /// ``EntityValue/quantity(_:)``: ASCII words separated by spaces or no-break spaces (U+00A0, U+202F), `²` in the unit.
    /// Other characters may follow the unit's word (`45 Gy en 25 séances`), but not touch a separator,
    /// where `String` could join them with it into one `Character`.
    static func quantity(_ text: UnsafeBufferPointer<UInt8>) -> Reading {
        var words: [Range<Int>] = []
        var other: [Int] = []  // where a character outside the alphabet starts
        var squared: [Int] = []  // where `²` (C2 B2) occurs
        var start = -1
        var i = 0
        var afterSeparator = false
        var otherEnd = -1  // where the last such character ends, and its first byte
        var otherLead: UInt8 = 0
        while i < text.count {
            let b = text[i]
            var separator = 0
            var size = 1
            if b == 0x20 {
                separator = 1
            } else if b >= 0x80 {
                if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xA0 {
                    separator = 2
                } else if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xAF {
                    separator = 3
                } else if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xB2 {
                    squared.append(i)
                    size = 2
                } else {
                    if afterSeparator { return .unreadable }
                    other.append(i)
                    size = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    otherEnd = i + size
                    otherLead = b
                }
            }
            if separator > 0 {
                // A Prepend character (U+0600–U+06DD, U+070F, U+0890…, U+0D4E, astral ones) joins the separator after it.
                if otherEnd == i, otherLead == 0xE0 || (0xD8...0xDF).contains(otherLead) || otherLead >= 0xF0 { return .unreadable }
                if start >= 0 { words.append(start..<i); start = -1 }
                i += separator
                afterSeparator = true
                continue
            }
            afterSeparator = false
            if start < 0 { start = i }
            i += size
        }
        if start >= 0 { words.append(start..<text.count) }
        guard words.count >= 2 else { return .read(nil) }
        // A number with a character outside the alphabet (`≥ 50 %`) is no number for `Double` either.
        if (other + squared).contains(where: { words[0].contains($0) }) { return .read(nil) }
        var digits = Array(text[words[0]])
        var next = 1
        // Digit groups: `1 840 UI/mL`.
        while next < words.count - 1, words[next].count == 3, text[words[next]].allSatisfy({ (0x30...0x39).contains($0) }) {
            digits.append(contentsOf: text[words[next]])
            next += 1
        }
        // Words before `next` are ASCII, so a number `Double` refuses here it refuses in the general path too,
        // whatever that path's `Character` count made of the next word.
        guard let value = Double(String(decoding: digits.map { $0 == 0x2C ? 0x2E : $0 }, as: UTF8.self)) else { return .read(nil) }
        // `²` before the unit, or another character in it (`Character`s with their own rules), is left to the general path.
        guard squared.allSatisfy({ words[next].contains($0) }), !other.contains(where: { words[next].contains($0) }) else {
            return .unreadable
        }
        var unit = [UInt8]()
        var k = words[next].lowerBound
        while k < words[next].upperBound {
            if text[k] == 0xC2 { unit.append(0x32); k += 2 } else { unit.append(text[k]); k += 1 }
        }
        let lower = unit.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        if lower == [0x67, 0x79] {  // gy
            unit = [0x47, 0x79]
        } else if !unit.contains(where: { (0x61...0x7A).contains($0) }) {
            unit = lower
        }
        return .read(EntityValue.format(value) + " " + String(decoding: unit, as: UTF8.self))
    }

    /// ``EntityValue/size(_:)``: ASCII only (folding is then lower-casing).
    static func size(_ text: UnsafeBufferPointer<UInt8>) -> Reading {
        guard text.allSatisfy({ $0 < 0x80 }) else { return .unreadable }
        let words = text.split(separator: 0x20).map { $0.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } }
        let factor: Double
        switch words.last {
        case [0x6D, 0x6D]?: factor = 1  // mm
        case [0x63, 0x6D]?: factor = 10  // cm
        case [0x6D]?: factor = 1000  // m
        default: return .read(nil)
        }
        var out = [String]()
        for word in words.dropLast() where word != [0x78] {  // x
            guard let value = Double(String(decoding: word.map { $0 == 0x2C ? 0x2E : $0 }, as: UTF8.self)) else { return .read(nil) }
            out.append(EntityValue.format(value * factor))
        }
        return .read(out.isEmpty ? nil : out.joined(separator: " x ") + " mm")
    }
}
