/// Reads French dates as ISO 8601, full or partial: the `value` of Date entities, report dates and the `--from`/`--to` bounds.
///
/// Runs on every Date entity while indexing, so it reads UTF-8 bytes
/// directly rather than going through Foundation.
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
        // Words: runs of letters or digits; anything else (/, -, ., spaces) separates.
        var words = [(text: String, number: Int?)]()
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append((current, number(current)))
                current = ""
            }
            if words.count > 3 { return nil }
        }
        if !current.isEmpty { words.append((current, number(current))) }
        func month(_ word: (text: String, number: Int?)) -> Int? { word.number ?? months[word.text.lowercased()] }
        switch words.count {
        case 1:
            guard let year = words[0].number, words[0].text.utf8.count == 4 else { return nil }
            return valid(year: year)
        case 2:
            guard let month = month(words[0]), let year = words[1].number, words[1].text.utf8.count == 4 else { return nil }
            return valid(year: year, month: month)
        case 3:
            if words[0].text.utf8.count == 4, let year = words[0].number, let month = words[1].number, let day = words[2].number {
                return valid(year: year, month: month, day: day)
            }
            guard let day = words[0].number, let month = month(words[1]), var year = words[2].number else { return nil }
            if words[2].text.utf8.count == 2 { year += 2000 }
            return valid(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// `12` → 12; `1er` (premier) → 1.
    private static func number(_ word: String) -> Int? {
        word == "1er" ? 1 : Int(word)
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
