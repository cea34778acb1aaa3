/// ``EntityValue``'s sizes and quantities read from bytes, for texts it can read exactly so.
///
/// Each function answers nil when the text holds a byte outside its
/// alphabet; ``EntityValue`` then reads the text as a `String` (Unicode
/// folding, `Character` comparisons), whose results these equal on their
/// alphabet. Splitting, `replacingOccurrences` and case mapping of `String`
/// cost ~10 µs per entity; this costs well under one.
enum ASCIIMeasure {
    /// ``EntityValue/quantity(_:)``: ASCII, words separated by spaces, no-break spaces (U+00A0, U+202F), and `²` in the unit.
    static func quantity(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        var words: [Range<Int>] = []
        var start = -1
        var i = 0
        var squared: [Int] = []  // where `²` (C2 B2) occurs
        while i < text.count {
            let b = text[i]
            var separator = 0
            if b == 0x20 {
                separator = 1
            } else if b >= 0x80 {
                if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xA0 {
                    separator = 2
                } else if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xAF {
                    separator = 3
                } else if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xB2 {
                    squared.append(i)
                } else {
                    return nil
                }
            }
            if separator > 0 {
                if start >= 0 { words.append(start..<i); start = -1 }
                i += separator
                continue
            }
            if start < 0 { start = i }
            i += b == 0xC2 ? 2 : 1
        }
        if start >= 0 { words.append(start..<text.count) }
        guard words.count >= 2 else { return nil }
        var digits = Array(text[words[0]])
        var next = 1
        // Digit groups: `1 840 UI/mL`.
        while next < words.count - 1, words[next].count == 3, text[words[next]].allSatisfy({ (0x30...0x39).contains($0) }) {
            digits.append(contentsOf: text[words[next]])
            next += 1
        }
        // `²` outside the unit (a numeric Character for `String`) is left to the general path.
        guard squared.allSatisfy({ words[next].contains($0) }) else { return nil }
        guard let value = Double(String(decoding: digits.map { $0 == 0x2C ? 0x2E : $0 }, as: UTF8.self)) else { return nil }
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
        return EntityValue.format(value) + " " + String(decoding: unit, as: UTF8.self)
    }

    /// ``EntityValue/size(_:)``: ASCII only (folding is then lower-casing).
    static func size(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        guard text.allSatisfy({ $0 < 0x80 }) else { return nil }
        let words = text.split(separator: 0x20).map { $0.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } }
        let factor: Double
        switch words.last {
        case [0x6D, 0x6D]?: factor = 1  // mm
        case [0x63, 0x6D]?: factor = 10  // cm
        case [0x6D]?: factor = 1000  // m
        default: return nil
        }
        var out = [String]()
        for word in words.dropLast() where word != [0x78] {  // x
            guard let value = Double(String(decoding: word.map { $0 == 0x2C ? 0x2E : $0 }, as: UTF8.self)) else { return nil }
            out.append(EntityValue.format(value * factor))
        }
        return out.isEmpty ? nil : out.joined(separator: " x ") + " mm"
    }
}
