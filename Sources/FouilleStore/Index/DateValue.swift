/// Reads French dates as ISO 8601, full or partial: the `value` of Date entities, report dates and the `--from`/`--to` bounds.
///
/// Runs on every Date entity while indexing, so it reads UTF-8 bytes
/// directly: words are byte ranges, numbers are parsed in place, and only a
/// month name with a non-ASCII letter (`Février`) goes through `String`.
enum DateValue {
    private static let months: [String: Int] = {
        var table = [String: Int]()
        let names = [["janvier", "janv"], ["février", "fevrier", "févr", "fevr", "fév", "fev"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
                     ["juillet", "juil"], ["août", "aout"], ["septembre", "sept"], ["octobre", "oct"], ["novembre", "nov"],
                     ["décembre", "decembre", "déc", "dec"]]
        for (index, forms) in names.enumerated() { for form in forms { table[form] = index + 1 } }
        return table
    }()

    /// `12/03/2021` → `2021-03-12`, `03/2021` → `2021-03`, `2021-04-15`, `mars 2021` → `2021-03`,
    /// `3 janvier 2022` → `2022-01-03`, `1er août 2020` → `2020-08-01`, `2019`; nil when not a whole date (`1/2`, `octobre`).
    static func iso(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { iso(utf8: $0) }
    }

    /// ``iso(_:)`` of valid UTF-8 bytes.
    static func iso(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Words: runs of letters (Unicode Alphabetic) or ASCII digits; anything else (/, -, ., spaces) separates.
        var words: [Range<Int>] = []
        words.reserveCapacity(3)
        var start = -1
        var i = 0
        while i < bytes.count {
            let (scalar, size) = decode(bytes, at: i)
            let inWord = scalar < 0x80
                ? (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
                : Unicode.Scalar(scalar)?.properties.isAlphabetic == true
            if inWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                words.append(start..<i)
                start = -1
            }
            if words.count > 3 { return nil }
            i += size
        }
        if start >= 0 { words.append(start..<bytes.count) }
        func number(_ word: Range<Int>) -> Int? { Self.number(UnsafeBufferPointer(rebasing: bytes[word])) }
        func month(_ word: Range<Int>) -> Int? { number(word) ?? Self.month(UnsafeBufferPointer(rebasing: bytes[word])) }
        switch words.count {
        case 1:
            guard let year = number(words[0]), words[0].count == 4 else { return nil }
            return valid(year: year)
        case 2:
            guard let month = month(words[0]), let year = number(words[1]), words[1].count == 4 else { return nil }
            return valid(year: year, month: month)
        case 3:
            if words[0].count == 4, let year = number(words[0]), let month = number(words[1]), let day = number(words[2]) {
                return valid(year: year, month: month, day: day)
            }
            guard let day = number(words[0]), let month = month(words[1]), var year = number(words[2]) else { return nil }
            if words[2].count == 2 { year += 2000 }
            return valid(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// `12` → 12; `1er` (premier) → 1; nil for anything else, as `Int(_:)` answers.
    private static func number(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        if word.elementsEqual([0x31, 0x65, 0x72]) { return 1 }  // 1er
        guard word.count <= 18 else { return Int(String(decoding: word, as: UTF8.self)) }
        var value = 0
        for byte in word {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return word.isEmpty ? nil : value
    }

    private static func month(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.allSatisfy({ $0 < 0x80 }) else { return months[String(decoding: word, as: UTF8.self).lowercased()] }
        return months[String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)]
    }

    /// The scalar at `i` of valid UTF-8 and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let size = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var scalar = UInt32(b) & (0xFF >> (size + 1))
        for k in 1..<size where i + k < bytes.count { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (scalar, min(size, bytes.count - i))
    }

    private static func valid(year: Int, month: Int? = nil, day: Int? = nil) -> String? {
        guard (1900...2100).contains(year) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(10)
        func two(_ n: Int) { out.append(0x30 + UInt8(n / 10)); out.append(0x30 + UInt8(n % 10)) }
        two(year / 100)
        two(year % 100)
        if let month {
            guard (1...12).contains(month) else { return nil }
            out.append(0x2D)
            two(month)
            if let day {
                guard (1...31).contains(day) else { return nil }
                out.append(0x2D)
                two(day)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
