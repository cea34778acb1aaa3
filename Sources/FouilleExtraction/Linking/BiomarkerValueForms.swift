/// The forms a biomarker value takes: a value-lexicon word, a percentage, an IHC or CPS score, a
/// protein change, a concentration — read at one token.
extension BiomarkerValues {
    private static let concentration: Set<String> = ["ng/ml", "u/ml", "ui/ml", "ug/l", "ng/l", "kui/l", "ui/l", "u/l", "mui/ml", "pmol/l", "ng/dl", "mg/l"]
    private static let comparators: Set<String> = ["<", ">", "≤", "≥", "<=", ">="]
    private static let scoreNames = WordSet(["cps", "tps", "ic"])
    private static let score = WordSet(["score"])

    /// The end (exclusive token index) and code of a value starting at token `k`.
    func value(at k: Int, _ c: inout PatternContext, markerCode: String?) -> (Int, String?)? {
        if let found = c.values.match(at: k) {
            // `mutation p.G12D`, `mutation c.68_69del`: the variant belongs to the value.
            if c.kind(found.end) == .variant || (c.kind(found.end) == .word && c.mayBeProteinChange(found.end) && Self.isProteinChange(c.original(found.end))) {
                return (found.end + 1, "STATUS:mutated")
            }
            return (found.end, c.values.code(of: found.entries[0]))
        }
        // Token kinds and bytes are tested before any word is built: this runs at every token near a marker.
        let next = c.kind(k + 1)
        if next == .number || next == .percentage, c.words.isOneOf(k, Self.scoreNames) { return (k + 2, nil) }
        var start = k
        if next == .percentage, Self.comparators.contains(c.folded(k)) { start = k + 1 }
        if c.kind(start) == .percentage {
            let digits = String(c.original(start).filter { $0.isNumber || $0 == "," || $0 == "." }.map { $0 == "," ? "." : $0 })
            let code = start == k && Double(digits) != nil ? "PERCENT:\(Self.trimmed(digits))" : nil
            return (start + 1, code)
        }
        if next == .signed || c.isZero(k + 1), c.words.isOneOf(k, Self.score) {
            return (k + 2, Self.her2Score(c.original(k + 1), markerCode))
        }
        if c.kind(k) == .signed, c.original(k).first?.isNumber == true { return (k + 1, Self.her2Score(c.original(k), markerCode)) }
        if c.kind(k) == .variant || (c.kind(k) == .word && c.mayBeProteinChange(k) && Self.isProteinChange(c.original(k))) { return (k + 1, "STATUS:mutated") }
        if c.isNumber(k), Self.concentration.contains(c.folded(k + 1)) { return (k + 2, nil) }
        return nil
    }

    /// HER2 IHC scores: `3+` positive, `2+` equivocal, `0` negative, `1+` no code (guideline).
    static func her2Score(_ score: String, _ markerCode: String?) -> String? {
        guard markerCode == "HGNC:ERBB2" else { return nil }
        switch score {
        case "3+", "+++": return "STATUS:positive"
        case "2+", "++": return "STATUS:equivocal"
        case "0": return "STATUS:negative"
        default: return nil
        }
    }

    /// `V600E`, `G12C`, `T790M`, `L858R`, `E545K`: one amino acid, a position, another.
    static func isProteinChange(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 3, utf8.count <= 7, let head = utf8.first, head >= 0x41, head <= 0x5A else { return false }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly always): the same test without Unicode property look-ups.
            let last = utf8[utf8.index(before: utf8.endIndex)]
            let middle = utf8.dropFirst().dropLast()
            return (last >= 0x41 && last <= 0x5A || last == 0x2A) && middle.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 7, let first = scalars.first, let last = scalars.last,
              first.properties.isUppercase, last.properties.isUppercase || last == "*" else { return false }
        let middle = scalars.dropFirst().dropLast()
        return !middle.isEmpty && middle.allSatisfy { $0.properties.numericType != nil }
    }

    private static func trimmed(_ number: String) -> String {
        guard let value = Double(number) else { return number }
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
