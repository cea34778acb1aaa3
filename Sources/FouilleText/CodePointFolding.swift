import CICU

/// How each code point reads in the two derived views of a text.
///
/// - *normalised*: case and accents kept; compatibility characters that matter
///   in clinical text replaced (`ﬁ` → `fi`, `²` → `2`, no-break and narrow
///   spaces → space, `‑` → `-`), typographic apostrophes, quotes and dashes
///   unified (`’` → `'`, `«` → `"`, `–` → `-`).
/// - *folded*: the normalised view, lower-cased, accents removed and ligatures
///   spelt out (`Œ` → `oe`, `æ` → `ae`): the key used for matching.
///
/// Built once for every code point below U+3000 (ICU supplies decompositions
/// and case mappings), so the hot loop is a table look-up.
struct CodePointFolding: Sendable {
    static let shared = CodePointFolding()

    static let tableLimit: UInt32 = 0x3000

    /// Replacement bytes, flat; `entries[cp]` gives (offset, length) for each view.
    private let bytes: [UInt8]
    private let normalisedEntries: [UInt32]
    private let foldedEntries: [UInt32]

    private init() {
        var bytes = [UInt8]()
        var normalised = [UInt32](repeating: 0, count: Int(Self.tableLimit))
        var folded = [UInt32](repeating: 0, count: Int(Self.tableLimit))
        func store(_ replacement: [UInt8]) -> UInt32 {
            let offset = UInt32(bytes.count)
            bytes.append(contentsOf: replacement)
            return offset << 8 | UInt32(replacement.count)
        }
        // Built at the first document: each form computed once, encoded without strings.
        bytes.reserveCapacity(4 * Int(Self.tableLimit))
        for cp in 0..<Self.tableLimit {
            guard let scalar = Unicode.Scalar(cp) else { continue }
            let forms = Self.normalisedForm(of: scalar)
            let normal = Self.utf8(forms)
            var fold = Self.utf8(forms.count == 1 ? Self.foldedForm(of: forms[0]) : forms.flatMap(Self.foldedForm(of:)))
            // A rare fold longer than its source (none in Latin scripts) keeps the normalised form.
            if fold.count > Self.utf8Length(cp) { fold = normal }
            normalised[Int(cp)] = store(normal.count > Self.utf8Length(cp) ? Self.utf8([scalar]) : normal)
            folded[Int(cp)] = store(fold.count > Self.utf8Length(cp) ? Self.utf8([scalar]) : fold)
        }
        self.bytes = bytes
        self.normalisedEntries = normalised
        self.foldedEntries = folded
    }

    /// The view of one code point never takes more bytes than the code point
    /// itself (checked when the table is built): a view of n bytes fits in n.
    static let maxExpansion = 1

    /// Writes the view of one code point at `output` and answers its length in bytes.
    @inline(__always)
    func write(_ cp: UInt32, folding: Bool, to output: UnsafeMutablePointer<UInt8>) -> Int {
        if cp < Self.tableLimit {
            let entry = folding ? foldedEntries[Int(cp)] : normalisedEntries[Int(cp)]
            let offset = Int(entry >> 8)
            let length = Int(entry & 0xFF)
            bytes.withUnsafeBufferPointer { table in
                for i in 0..<length { output[i] = table[offset + i] }
            }
            return length
        }
        var scalar = cp
        // Full-width ASCII (ＨＥＲ２) reads as ASCII, as NFKC would have it.
        if (0xFF01...0xFF5E).contains(cp) { scalar = cp - 0xFF01 + 0x21 }
        guard let unicode = Unicode.Scalar(scalar) else { return 0 }
        // Rare characters above the table (ligatures ﬁ ﬂ, small hyphen): same rules, computed here.
        var forms = Self.normalisedForm(of: unicode)
        if folding { forms = forms.flatMap(Self.foldedForm(of:)) }
        var encoded = Self.utf8(forms)
        if encoded.count > Self.utf8Length(cp) { encoded = Self.utf8([unicode]) }
        for (i, b) in encoded.enumerated() { output[i] = b }
        return encoded.count
    }

    static func utf8Length(_ cp: UInt32) -> Int { cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4 }

    static func isCombiningMark(_ cp: UInt32) -> Bool {
        (0x0300...0x036F).contains(cp) || (0x1AB0...0x1AFF).contains(cp) || (0x1DC0...0x1DFF).contains(cp)
            || (0x20D0...0x20FF).contains(cp) || (0xFE20...0xFE2F).contains(cp)
    }

    private static func utf8(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(4 * scalars.count)
        for s in scalars { UTF8.encode(s) { out.append($0) } }
        return out
    }

    private static func normalisedForm(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return [" "]
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return []  // invisible: zero width, soft hyphen
        case 0x2010...0x2015, 0x2212, 0xFE63: return ["-"]
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4: return ["'"]
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return ["\""]
        case 0x2026: return [".", ".", "."]
        case 0x2022, 0x25CF, 0x25E6, 0x2043, 0x2219, 0x25AA, 0x25AB: return ["•"]
        case 0x00B2: return ["2"]
        case 0x00B3: return ["3"]
        case 0x00B9: return ["1"]
        case 0x00B5: return ["\u{03BC}"]  // micro sign → Greek mu, as NFKC
        case 0xFB00: return ["f", "f"]
        case 0xFB01: return ["f", "i"]
        case 0xFB02: return ["f", "l"]
        case 0xFB03: return ["f", "f", "i"]
        case 0xFB04: return ["f", "f", "l"]
        case 0x2044: return ["/"]
        default: return [scalar]
        }
    }

    private static func foldedForm(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0x0041...0x005A: return [Unicode.Scalar(scalar.value + 0x20)!]
        case 0x0000...0x007F: return [scalar]
        case 0x0152, 0x0153: return ["o", "e"]
        case 0x00C6, 0x00E6: return ["a", "e"]
        case 0x00DF: return ["s", "s"]
        case 0x00D8, 0x00F8: return ["o"]
        case 0x0141, 0x0142: return ["l"]
        case 0x0110, 0x0111: return ["d"]
        case 0x03BC: return ["u"]  // µg → ug
        default: break
        }
        if isCombiningMark(scalar.value) { return [] }
        // Decomposed on the stack: this runs for every code point of the table.
        let decomposed: [Unicode.Scalar]? = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 8) { decomposition in
            let count = Int(fouille_decompose(Int32(scalar.value), decomposition.baseAddress!, 8))
            guard count > 0 else { return nil }
            return decomposition[0..<count].compactMap { cp -> Unicode.Scalar? in
                if isCombiningMark(UInt32(cp)) { return nil }
                return Unicode.Scalar(UInt32(fouille_to_lower(cp)))
            }
        }
        if let decomposed { return decomposed }
        return [Unicode.Scalar(UInt32(fouille_to_lower(Int32(scalar.value)))) ?? scalar]
    }
}
