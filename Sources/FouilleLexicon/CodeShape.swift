/// Checks that a code has the shape its namespace requires.
///
/// Shapes, not membership: `ICDO3M:8500/3` is well formed whether or not the
/// code exists; a typo such as `ICDO3M:85003` or `ATC:L01XC3` is caught.
public enum CodeShape {
    /// nil when the code is well formed, else what is wrong.
    public static func problem(with code: String, for type: EntityType) -> String? {
        guard let colon = code.firstIndex(of: ":") else {
            return "code '\(code)' has no namespace (expected \(type.codeNamespaces.map { $0 + ":..." }.joined(separator: " or ")))"
        }
        let namespace = String(code[..<colon])
        let value = Array(code[code.index(after: colon)...].utf8)
        guard type.codeNamespaces.contains(namespace) else {
            if type.codeNamespaces.isEmpty { return "type \(type.rawValue) takes no code, found '\(code)'" }
            return "namespace \(namespace) is not allowed for \(type.rawValue) (allowed: \(type.codeNamespaces.joined(separator: ", ")))"
        }
        let ok: Bool
        switch namespace {
        case "ICDO3M": ok = matches(value, "dddd/b")
        case "ICDO3T": ok = matches(value, "Cdd.d")
        case "ATC": ok = [1, 3, 4, 5, 7].contains(value.count) && matches(value, String("Lddlldd".prefix(value.count)))
        case "HGNC": ok = !value.isEmpty && value.count <= 20 && value.allSatisfy { isUpper($0) || isDigit($0) || $0 == 0x2D }
        case "LOINC": ok = value.count >= 3 && value.count <= 8 && value[value.count - 2] == 0x2D
            && value.dropLast(2).allSatisfy(isDigit) && isDigit(value[value.count - 1])
        case "REGIMEN": ok = !value.isEmpty && value.allSatisfy { isUpper($0) || isDigit($0) || $0 == 0x2D }
        case "STATUS": ok = statuses.contains(String(decoding: value, as: UTF8.self))
        case "PERCENT": ok = !value.isEmpty && value.allSatisfy { isDigit($0) || $0 == 0x2E }
        case "TNM", "STAGE": ok = !value.isEmpty && !value.contains(0x20)
        default: ok = false
        }
        return ok ? nil : "code '\(code)' does not have the shape of \(namespace) (\(example[namespace] ?? ""))"
    }

    /// The BiomarkerValue statuses of the guideline.
    public static let statuses: Set<String> = [
        "positive", "negative", "equivocal", "amplified", "not-amplified", "mutated", "wild-type", "rearranged", "high", "low",
    ]

    private static let example = [
        "ICDO3M": "e.g. ICDO3M:8500/3", "ICDO3T": "e.g. ICDO3T:C50.4", "ATC": "e.g. ATC:L01FD01",
        "HGNC": "an upper-case gene symbol, e.g. HGNC:ERBB2", "LOINC": "e.g. LOINC:2857-1",
        "REGIMEN": "an upper-case acronym, e.g. REGIMEN:FOLFOX", "STATUS": "one of " + statuses.sorted().joined(separator: ", "),
        "PERCENT": "a number, e.g. PERCENT:90", "TNM": "no spaces, e.g. TNM:pT2N1aM0", "STAGE": "e.g. STAGE:IIIA",
    ]

    /// `d` digit, `l` upper-case letter, `b` behaviour digit 0-3 or 6, `C` and punctuation literal.
    private static func matches(_ value: [UInt8], _ pattern: String) -> Bool {
        let p = Array(pattern.utf8)
        guard value.count == p.count else { return false }
        for (v, c) in zip(value, p) {
            switch c {
            case 0x64: if !isDigit(v) { return false }  // d
            case 0x6C: if !isUpper(v) { return false }  // l
            case 0x62: if ![0x30, 0x31, 0x32, 0x33, 0x36, 0x39].contains(v) { return false }  // b
            case 0x4C: if !isUpper(v) { return false }  // L: the ATC anatomical group letter
            default: if v != c { return false }
            }
        }
        return true
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
}
