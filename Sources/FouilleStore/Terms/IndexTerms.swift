import FouilleText

/// Turns the clinical tokens of a text into the terms the full-text index holds.
///
/// Every term is the token's *folded* form (lower case, no accents, `œ` →
/// `oe`), so `Métastases` and `metastases` are one term. Elided articles
/// (`l'`, `d'`, `qu'`), punctuation and lone symbols are not indexed: `l'adénocarcinome`
/// is found by `adénocarcinome`. Clinical tokens keep their shape, with
/// variants at the same position so the parts are found too:
///
/// | written     | term         | colocated variants        |
/// | ----------- | ------------ | ------------------------- |
/// | `RE+`       | `re+`        | `re`                      |
/// | `HER2+++`   | `her2+++`    | `her2`                    |
/// | `Ki-67`     | `ki67`       | `ki`, `67`                |
/// | `5-FU`      | `5fu`        | `5`, `fu`                 |
/// | `pT2N1aM0`  | `pt2n1am0`   | `pt2`, `t2`, `pn1a`, `n1a`, `pm0`, `m0` |
/// | `90 %`      | `90%`        | `90`                      |
/// | `2,5`       | `2,5`        | `2.5`                     |
/// | `p.G12C`    | `p.g12c`     | `g12c`                    |
///
/// A query is tokenised by the same rules, keeping only the first term of
/// each token: `RE+` searches `re+` (not `RE-`), `RE` finds `RE`, `RE+` and
/// `RE-`, `Ki-67` finds `Ki67` and `Ki-67`.
public enum IndexTerms {
    /// Appends the terms of an analysed text (the tokens the extraction already computed).
    public static func append(_ text: AnalyzedText, to stream: inout TermStream) {
        // Plain words are most terms, each at most its folded bytes: the folded view's size is the usual need.
        var out = TermBuffer(byteCapacity: text.folded.bytes.count + 64, termCapacity: text.tokens.count + text.tokens.count / 4 + 16,
                             textLength: text.bytes.count)
        var scratch = [UInt8]()
        text.folded.bytes.withUnsafeBufferPointer { folded in
            text.folded.withViewOffsets { toView in
                text.tokens.withUnsafeBufferPointer { tokens in
                    guard let base = folded.baseAddress else { return }
                    for token in tokens {
                        let kind = UInt16(1) << token.kind.rawValue
                        if kind & skippedKinds != 0 { continue }
                        let from = Int(toView[token.span.start]), to = Int(toView[token.span.end])
                        if kind & plainKinds != 0 {
                            // A plain word (no hyphen, no inner space) is its folded bytes.
                            if out.appendPlain(base, from: from, to: to, readable: folded.count,
                                               textStart: token.span.start, textEnd: token.span.end) { continue }
                        } else if token.kind == .number, appendNumber(base, from: from, to: to, token.span, to: &out) {
                            continue
                        }
                        append(token, folded: folded, view: from..<to, scratch: &scratch, to: &out)
                    }
                }
            }
        }
        stream.append(out)
    }

    /// A number without inner space (most): its bytes, and with the other decimal separator at the same position.
    @inline(__always)
    private static func appendNumber(_ base: UnsafePointer<UInt8>, from: Int, to: Int, _ span: TextSpan, to out: inout TermBuffer) -> Bool {
        var separator = -1
        for i in from..<to {
            let b = base[i]
            if b > 0x2E { continue }
            if isSpace(b) { return false }
            if separator < 0 && (b == 0x2C || b == 0x2E) { separator = i }
        }
        out.append(base + from, count: to - from, textStart: span.start, textEnd: span.end, colocated: false)
        if separator >= 0 {
            let start = out.byteCount
            out.append(base + from, count: to - from, textStart: span.start, textEnd: span.end, colocated: true)
            out.bytes[start + separator - from] = base[separator] == 0x2C ? 0x2E : 0x2C
        }
        return true
    }

    private static let skippedKinds: UInt16 = bit(.elision) | bit(.punctuation) | bit(.symbol)
    private static let plainKinds: UInt16 = bit(.word) | bit(.date) | bit(.unit)
    private static func bit(_ kind: TokenKind) -> UInt16 { 1 << kind.rawValue }

    /// The terms of a token that is not a plain word (signs, numbers, TNM, variants, hyphens, inner spaces).
    /// `scratch` is reused from token to token.
    static func append(_ token: Token, folded: UnsafeBufferPointer<UInt8>, view: Range<Int>,
                       scratch primary: inout [UInt8], to out: inout TermBuffer) {
        let start = token.span.start, end = token.span.end
        // Inner white space (`90 %`, `1 850`, `CA 15-3`) never belongs to a term.
        primary.removeAll(keepingCapacity: true)
        for i in view where !isSpace(folded[i]) { primary.append(folded[i]) }
        guard !primary.isEmpty else { return }

        switch token.kind {
        case .signed:
            out.append(primary, textStart: start, textEnd: end, colocated: false)
            var bare = primary[...]
            while let last = bare.last, last == 0x2B || last == 0x2D { bare = bare.dropLast() }
            out.append(bare, textStart: start, textEnd: end, colocated: true)
        case .percentage:
            out.append(primary, textStart: start, textEnd: end, colocated: false)
            out.append(primary.prefix { $0 != 0x25 }, textStart: start, textEnd: end, colocated: true)
        case .number:
            out.append(primary, textStart: start, textEnd: end, colocated: false)
            // The other decimal separator: `2,5` is also `2.5`.
            if let comma = primary.firstIndex(where: { $0 == 0x2C || $0 == 0x2E }) {
                let other: UInt8 = primary[comma] == 0x2C ? 0x2E : 0x2C
                out.append(primary, textStart: start, textEnd: end, colocated: true, replacing: comma, with: other)
            }
        case .tnm:
            out.append(primary, textStart: start, textEnd: end, colocated: false)
            for variant in TNMTerms.components(of: primary) {
                out.append(variant, textStart: start, textEnd: end, colocated: true)
            }
        case .variant:
            out.append(primary, textStart: start, textEnd: end, colocated: false)
            // `p.G12C` is also found as `G12C`.
            if let dot = primary.firstIndex(of: 0x2E) {
                let change = primary[(dot + 1)...].filter { $0 != 0x28 && $0 != 0x29 }
                out.append(change, textStart: start, textEnd: end, colocated: true)
            }
        default:
            guard primary.contains(0x2D) else {
                out.append(primary, textStart: start, textEnd: end, colocated: false)
                return
            }
            let parts = primary.split(whereSeparator: { $0 == 0x2D })
            if parts.count > 1 {
                // `Ki-67`: joined as the term, the parts at the same position.
                out.append(Array(parts.joined()), textStart: start, textEnd: end, colocated: false)
                for part in parts { out.append(part, textStart: start, textEnd: end, colocated: true) }
            } else {
                out.append(primary, textStart: start, textEnd: end, colocated: false)
            }
        }
    }

    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
