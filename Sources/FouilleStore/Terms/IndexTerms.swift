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
        var scratch = [UInt8]()
        scratch.reserveCapacity(64)
        text.folded.bytes.withUnsafeBufferPointer { folded in
            for token in text.tokens {
                append(token, folded: folded, view: text.folded.viewRange(of: token.span), scratch: &scratch, to: &stream)
            }
        }
    }

    /// The terms of one token, given the folded view's bytes and the token's range in them.
    /// `scratch` is reused from token to token (no allocation per plain word).
    static func append(_ token: Token, folded: UnsafeBufferPointer<UInt8>, view: Range<Int>,
                       scratch primary: inout [UInt8], to stream: inout TermStream) {
        switch token.kind {
        case .elision, .punctuation, .symbol: return
        default: break
        }
        let start = token.span.start, end = token.span.end
        switch token.kind {
        case .word, .date, .unit:
            // Most tokens: a plain word is its folded bytes, copied straight into the stream.
            var plain = true
            for i in view where folded[i] == 0x2D || isSpace(folded[i]) { plain = false; break }
            if plain {
                stream.append(UnsafeBufferPointer(rebasing: folded[view]), textStart: start, textEnd: end, colocated: false)
                return
            }
        default: break
        }
        // Inner white space (`90 %`, `1 850`, `CA 15-3`) never belongs to a term.
        primary.removeAll(keepingCapacity: true)
        for i in view where !isSpace(folded[i]) { primary.append(folded[i]) }
        guard !primary.isEmpty else { return }

        switch token.kind {
        case .signed:
            stream.append(primary, textStart: start, textEnd: end, colocated: false)
            var bare = primary[...]
            while let last = bare.last, last == 0x2B || last == 0x2D { bare = bare.dropLast() }
            stream.append(bare, textStart: start, textEnd: end, colocated: true)
        case .percentage:
            stream.append(primary, textStart: start, textEnd: end, colocated: false)
            stream.append(primary.prefix { $0 != 0x25 }, textStart: start, textEnd: end, colocated: true)
        case .number:
            stream.append(primary, textStart: start, textEnd: end, colocated: false)
            // The other decimal separator: `2,5` is also `2.5`.
            if let comma = primary.firstIndex(where: { $0 == 0x2C || $0 == 0x2E }) {
                let other: UInt8 = primary[comma] == 0x2C ? 0x2E : 0x2C
                stream.append(primary, textStart: start, textEnd: end, colocated: true, replacing: comma, with: other)
            }
        case .tnm:
            stream.append(primary, textStart: start, textEnd: end, colocated: false)
            for variant in TNMTerms.components(of: primary) {
                stream.append(variant, textStart: start, textEnd: end, colocated: true)
            }
        case .variant:
            stream.append(primary, textStart: start, textEnd: end, colocated: false)
            // `p.G12C` is also found as `G12C`.
            if let dot = primary.firstIndex(of: 0x2E) {
                let change = primary[(dot + 1)...].filter { $0 != 0x28 && $0 != 0x29 }
                stream.append(change, textStart: start, textEnd: end, colocated: true)
            }
        default:
            guard primary.contains(0x2D) else {
                stream.append(primary, textStart: start, textEnd: end, colocated: false)
                return
            }
            let parts = primary.split(whereSeparator: { $0 == 0x2D })
            if parts.count > 1 {
                // `Ki-67`: joined as the term, the parts at the same position.
                stream.append(Array(parts.joined()), textStart: start, textEnd: end, colocated: false)
                for part in parts { stream.append(part, textStart: start, textEnd: end, colocated: true) }
            } else {
                stream.append(primary, textStart: start, textEnd: end, colocated: false)
            }
        }
    }

    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
