/// The components of a folded TNM expression, so `pT2` finds `pT2N1aM0`.
///
/// `pt2n1am0` → `pt2`, `t2`, `pn1a`, `n1a`, `pm0`, `m0`: each T, N and M
/// component with the expression's prefixes (`p`, `yp`, `c`) and without.
/// A suffix in parentheses (`(sn)`) is kept on the whole term only; a lone
/// `pT2` gets `t2`.
enum TNMTerms {
    static func components(of folded: [UInt8]) -> [[UInt8]] {
        var i = 0
        var prefix = [UInt8]()
        // Prefixes end where a T, N or M component starts.
        while i < folded.count, "yrapcu".utf8.contains(folded[i]), !startsComponent(folded, i) {
            prefix.append(folded[i]); i += 1
        }
        var pieces = [[UInt8]]()
        while i < folded.count, startsComponent(folded, i) {
            var end = i + 1
            if end + 1 < folded.count, folded[end] == 0x69, folded[end + 1] == 0x73 { end += 2 }  // is
            else { end += 1 }
            while end < folded.count, (0x61...0x64).contains(folded[end]) { end += 1 }  // a-d
            if end + 1 < folded.count, folded[end] == 0x6D, folded[end + 1] == 0x69 { end += 2 }  // mi
            pieces.append(Array(folded[i..<end]))
            i = end
        }
        var out = [[UInt8]]()
        for piece in pieces {
            for variant in prefix.isEmpty ? [piece] : [prefix + piece, piece] where variant != folded && !out.contains(variant) {
                out.append(variant)
            }
        }
        return out
    }

    /// A T, N or M followed by a digit, `x` or `is`.
    private static func startsComponent(_ b: [UInt8], _ i: Int) -> Bool {
        guard i + 1 < b.count, b[i] == 0x74 || b[i] == 0x6E || b[i] == 0x6D else { return false }
        let next = b[i + 1]
        return (0x30...0x39).contains(next) || next == 0x78 || (next == 0x69 && i + 2 < b.count && b[i + 2] == 0x73)
    }
}
