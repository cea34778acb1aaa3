import FouilleText

/// Reads French dates as ISO 8601, full or partial: the `date` of entities and the `--from`/`--to` bounds.
enum DateValue {
    private static let months: [String: Int] = [
        "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6,
        "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
        "decembre": 12, "dec": 12,
    ]

    /// `12/03/2021` → `2021-03-12`, `03/2021` → `2021-03`, `2021-04-15`, `mars 2021` → `2021-03`,
    /// `3 janvier 2022` → `2022-01-03`, `2019`; nil when not a whole date (`1/2`, `octobre`).
    static func iso(_ text: String) -> String? {
        let folded = NormalizedText(text, form: .folded).string.replacingOccurrences(of: ".", with: " ")
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "-" }).map(String.init)
        let numbers = words.map { Int($0) }
        switch words.count {
        case 1:
            guard let year = numbers[0], words[0].count == 4 else { return nil }
            return valid(year: year)
        case 2:
            if let month = numbers[0] ?? months[words[0]], let year = numbers[1], words[1].count == 4 {
                return valid(year: year, month: month)
            }
            return nil
        case 3:
            if words[0].count == 4, let year = numbers[0], let month = numbers[1], let day = numbers[2] {
                return valid(year: year, month: month, day: day)
            }
            guard let day = numbers[0], let month = numbers[1] ?? months[words[1]], var year = numbers[2] else { return nil }
            if words[2].count == 2 { year += 2000 }
            return valid(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    private static func valid(year: Int, month: Int? = nil, day: Int? = nil) -> String? {
        guard (1900...2100).contains(year) else { return nil }
        guard let month else { return String(year) }
        guard (1...12).contains(month) else { return nil }
        let yearMonth = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return yearMonth }
        guard (1...31).contains(day) else { return nil }
        return "\(yearMonth)-\(day < 10 ? "0" : "")\(day)"
    }
}
