/// Reads French dates as ISO 8601, full or partial: the `value` of Date entities, report dates and the `--from`/`--to` bounds.
///
/// Runs on every Date entity while indexing (~10 per report), so it reads UTF-8 bytes
/// in place: at most three words kept as ranges, numbers parsed in place, month names
/// matched as lower-cased bytes, the answer written straight into a (small, unallocated) `String`.
/// Only a word with a letter outside `é`/`û` goes through `String`, whose Unicode case mapping
/// and canonical equivalence the byte path could not follow exactly.
enum DateValue {
    /// The month names' forms, lower-cased; a form's month is its group's position from 1.
    private static let names = [["janvier", "janv"], ["février", "fevrier", "févr", "fevr", "fév", "fev"], ["mars"], ["avril", "avr"],
                                ["mai"], ["juin"], ["juillet", "juil"], ["août", "aout"], ["septembre", "sept"], ["octobre", "oct"],
                                ["novembre", "nov"], ["décembre", "decembre", "déc", "dec"]]
    /// The forms as packed UTF-8, for the byte path.
    private static let packedForms: [(Packed, Int)] = names.enumerated().flatMap { month, forms in
        forms.map { form in
            var packed = Packed()
            for byte in form.utf8 { packed.append(byte) }
            return (packed, month + 1)
        }
    }
    /// The forms as `String`s, for the general path.
    private static let months: [String: Int] = {
        var table = [String: Int]()
        for (month, forms) in names.enumerated() { for form in forms { table[form] = month + 1 } }
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
        // A fourth word makes it no date.
        var words = (0..<0, 0..<0, 0..<0)
        var count = 0
        var start = -1
        var i = 0
        func add(_ word: Range<Int>) -> Bool {
            switch count {
            case 0: words.0 = word
            case 1: words.1 = word
            case 2: words.2 = word
            default: return false
            }
            count += 1
            return true
        }
        while i < bytes.count {
            let b = bytes[i]
            var size = 1
            let inWord: Bool
            if b < 0x80 {
                inWord = (0x30...0x39).contains(b) || (0x61...0x7A).contains(b | 0x20)  // digit or ASCII letter
            } else {
                let (scalar, length) = decode(bytes, at: i)
                size = length
                inWord = isAlphabetic(scalar)
            }
            if inWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                guard add(start..<i) else { return nil }
                start = -1
            }
            i += size
        }
        if start >= 0, !add(start..<bytes.count) { return nil }
        func number(_ word: Range<Int>) -> Int? { Self.number(UnsafeBufferPointer(rebasing: bytes[word])) }
        func month(_ word: Range<Int>) -> Int? { number(word) ?? Self.month(UnsafeBufferPointer(rebasing: bytes[word])) }
        switch count {
        case 1:
            guard let year = number(words.0), words.0.count == 4 else { return nil }
            return valid(year: year)
        case 2:
            guard let month = month(words.0), let year = number(words.1), words.1.count == 4 else { return nil }
            return valid(year: year, month: month)
        case 3:
            if words.0.count == 4, let year = number(words.0), let month = number(words.1), let day = number(words.2) {
                return valid(year: year, month: month, day: day)
            }
            guard let day = number(words.0), let month = month(words.1), var year = number(words.2) else { return nil }
            if words.2.count == 2 { year += 2000 }
            return valid(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// `12` → 12; `1er` (premier) → 1; nil for anything else, as `Int(_:)` answers.
    private static func number(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        if word.count == 3, word[0] == 0x31, word[1] == 0x65, word[2] == 0x72 { return 1 }  // 1er
        guard word.count <= 18 else { return Int(String(decoding: word, as: UTF8.self)) }
        var value = 0
        for byte in word {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return word.isEmpty ? nil : value
    }

    /// A month name's number. Lower-cased as bytes when its letters are ASCII, `é` or `û` (`Février`, `AOÛT`):
    /// equal bytes are then what `String` equality would find; any other letter goes through `String`.
    private static func month(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        var key = Packed()
        var i = 0
        while i < word.count {
            let b = word[i]
            if b < 0x80 {
                key.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
                i += 1
                continue
            }
            // É (C3 89) → é (C3 A9), Û (C3 9B) → û (C3 BB).
            guard b == 0xC3, i + 1 < word.count, case let next = word[i + 1], next == 0x89 || next == 0xA9 || next == 0x9B || next == 0xBB else {
                return months[String(decoding: word, as: UTF8.self).lowercased()]
            }
            key.append(b)
            key.append(next | 0x20)
            i += 2
        }
        for (form, month) in packedForms where form == key { return month }
        return nil
    }

    /// Up to nine bytes (`septembre`, `décembre`: the longest forms) as two integers and a length, compared at once;
    /// a longer word keeps only its length, which no form has.
    private struct Packed: Equatable {
        var low: UInt64 = 0
        var high: UInt8 = 0
        var count = 0

        mutating func append(_ byte: UInt8) {
            if count < 8 { low |= UInt64(byte) << (8 * count) } else if count == 8 { high = byte }
            count += 1
        }
    }

    /// Whether a non-ASCII scalar is a letter (Unicode Alphabetic); Latin-1 letters (`é`) without a property lookup.
    private static func isAlphabetic(_ scalar: UInt32) -> Bool {
        if (0xC0...0xFF).contains(scalar) { return scalar != 0xD7 && scalar != 0xF7 }  // all letters but × and ÷
        return Unicode.Scalar(scalar)?.properties.isAlphabetic == true
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

    /// `2021-03-12`, `2021-03` or `2021`, written in place (at most ten ASCII bytes: a small `String`, no allocation).
    private static func valid(year: Int, month: Int? = nil, day: Int? = nil) -> String? {
        guard (1900...2100).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day { guard (1...31).contains(day) else { return nil } }
        }
        let length = month == nil ? 4 : day == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: length) { out in
            func two(_ n: Int, at i: Int) {
                out[i] = 0x30 + UInt8(n / 10)
                out[i + 1] = 0x30 + UInt8(n % 10)
            }
            two(year / 100, at: 0)
            two(year % 100, at: 2)
            if let month {
                out[4] = 0x2D
                two(month, at: 5)
            }
            if let day {
                out[7] = 0x2D
                two(day, at: 8)
            }
            return length
        }
    }
}
