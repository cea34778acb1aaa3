import FouilleLexicon
import FouilleText

/// The normalised value of an entity, for the `entities.value` column.
///
/// | type | written | value |
/// | --- | --- | --- |
/// | BiomarkerValue, Stage | `positif`, `95 %`, `pT2 pN1a(sn)` | the code's value: `positive`, `95`, `pT2pN1a(sn)` |
/// | BiomarkerValue without code | `6,8 ng/mL` | `6.8 ng/mL` |
/// | Date | `12/03/2021`, `mars 2021`, `3 janvier 2022` | `2021-03-12`, `2021-03`, `2022-01-03` |
/// | Size | `2,4 x 2 cm`, `45 MM` | `24 x 20 mm`, `45 mm` |
/// | Dose | `2,5 mg/j`, `50 Gy en 25 fractions` | `2.5 mg/j`, `50 Gy` |
///
/// Anything it cannot read with certainty (`1/2`, a month alone) has no value.
/// Sizes and quantities written in ASCII (nearly all) are read from their
/// bytes (``ASCIIMeasure``); others go through `String`, as written here.
enum EntityValue {
    /// Whether the value of an entity comes from its text (otherwise from its code, or none).
    static func readsText(_ type: EntityType, code: String?) -> Bool {
        switch type {
        case .date, .size, .dose: return true
        case .biomarkerValue: return code == nil
        default: return false
        }
    }

    static func normalised(type: EntityType, text: String, code: String?) -> String? {
        var text = text
        return text.withUTF8 { normalised(type: type, utf8: $0, code: code) }
    }

    /// ``normalised(type:text:code:)`` of the entity's UTF-8 bytes.
    static func normalised(type: EntityType, utf8 text: UnsafeBufferPointer<UInt8>, code: String?) -> String? {
        switch type {
        case .biomarkerValue, .stage:
            if let code, let value = codeValue(code) { return value }
            guard type == .biomarkerValue else { return nil }
            return reading(ASCIIMeasure.quantity(text)) ?? quantity(String(decoding: text, as: UTF8.self))
        case .date: return DateValue.iso(utf8: text)
        case .size: return reading(ASCIIMeasure.size(text)) ?? size(String(decoding: text, as: UTF8.self))
        case .dose: return reading(ASCIIMeasure.quantity(text)) ?? quantity(String(decoding: text, as: UTF8.self))
        default: return nil
        }
    }

    /// The byte reading's answer, or nil (as `String?`) to read the text as a `String`.
    private static func reading(_ reading: ASCIIMeasure.Reading) -> String?? {
        if case .read(let value) = reading { return .some(value) }
        return nil
    }

    /// `STATUS:positive` → `positive`: what follows the first colon, nil without one.
    static func codeValue(_ code: String) -> String? {
        // A code is ASCII, and read from its bytes in place; otherwise the colon is looked for as a Character
        // (`:` with a combining mark is another one), as the general path always did.
        let read = code.utf8.withContiguousStorageIfAvailable { bytes -> (ascii: Bool, value: String?) in
            var colon = -1
            for (i, byte) in bytes.enumerated() {
                if byte >= 0x80 { return (false, nil) }
                if byte == 0x3A, colon < 0 { colon = i }
            }
            return (true, colon < 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)...]), as: UTF8.self))
        }
        if let read, read.ascii { return read.value }
        return code.firstIndex(of: ":").map { String(code[code.index(after: $0)...]) }
    }

    /// `2,4 x 2 cm` → `24 x 20 mm`.
    static func size(_ text: String) -> String? {
        let words = NormalizedText(text, form: .folded).string.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard let unit = words.last, let factor = ["mm": 1.0, "cm": 10.0, "m": 1000.0][String(unit)] else { return nil }
        let numbers = words.dropLast().filter { $0 != "x" && $0 != "×" }
        var out = [String]()
        for word in numbers {
            guard let value = Double(word.replacingOccurrences(of: ",", with: ".")) else { return nil }
            out.append(format(value * factor))
        }
        return out.isEmpty ? nil : out.joined(separator: " x ") + " mm"
    }

    /// `2,5 mg/j` → `2.5 mg/j`; `50 Gy en 25 fractions` → `50 Gy`; `600 MG` → `600 mg`.
    static func quantity(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" })
        guard words.count >= 2 else { return nil }
        var digits = String(words[0])
        var next = 1
        // Digit groups: `1 840 UI/mL`.
        while next < words.count - 1, words[next].count == 3, words[next].allSatisfy(\.isNumber) { digits += words[next]; next += 1 }
        guard let value = Double(digits.replacingOccurrences(of: ",", with: ".")) else { return nil }
        var unit = String(words[next]).replacingOccurrences(of: "²", with: "2")
        if unit.lowercased() == "gy" { unit = "Gy" } else if unit.uppercased() == unit { unit = unit.lowercased() }
        return "\(format(value)) \(unit)"
    }

    /// `24.0` → `24`, `2.5` → `2.5`; a value too large for `Int` (or infinite) is written as a `Double`, not trapped on.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e18 ? String(Int(value)) : String(value)
    }
}
