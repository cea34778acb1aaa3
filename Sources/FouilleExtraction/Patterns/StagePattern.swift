import FouilleLexicon
import FouilleText

/// Stage: TNM expressions (`pT2N1aM0`, `cT3 N2 M1`, `ypT0N0(sn)`) and stage groups (`stade IIIA`, `FIGO IIIC`).
///
/// A TNM run without a `p`/`c`/`y` prefix and with a single component (`T2`)
/// is kept only in parentheses or after `stade`/`TNM`, so MRI sequences
/// (`hypersignal T2`) and vertebrae stay out. The code drops spaces: `TNM:cT3N2M1`.
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | Stage | 1.00 | 1.00 | 1.00 |
enum StagePattern {
    private static let openers = WordSet(["stade", "figo"])

    static func mentions(_ c: inout PatternContext) -> [Mention] {
        var out = [Mention]()
        var i = 0
        // Local copies: the loop reads them at every token.
        let tokens = c.text.tokens, initials = c.words.initials
        while i < c.count {
            // Only a TNM token or `stade`/`figo` can open a stage.
            guard tokens[i].kind == .tnm || Self.openers.initials.contains(initials[i]) else { i += 1; continue }
            if tokens[i].kind == .tnm, c.covered[i] == nil, let m = tnm(at: i, &c) {
                out.append(m)
                i = m.tokens.upperBound
                continue
            }
            if let m = stageGroup(at: i, &c) {
                out.append(m)
                i = m.tokens.upperBound
                continue
            }
            i += 1
        }
        return out
    }

    private static func tnm(at i: Int, _ c: inout PatternContext) -> Mention? {
        var end = i + 1
        // `uT3 N+ M0`: a node status written with its sign continues the expression.
        while end < c.count, c.kind(end) == .tnm || (c.kind(end) == .signed && ["n+", "n-"].contains(c.folded(end))),
              c.text.sameSentence(i, end), c.text.tokens[end].lineBreaksBefore == 0 { end += 1 }
        let first = c.original(i)
        let prefixed = first.first.map { "pcyraus".contains($0) } ?? false
        let components = first.filter { "TNM".contains($0) }.count
        let framed = c.folded(i - 1) == "(" || c.folded(i - 1) == "stade" || c.folded(i - 1) == "tnm" || c.folded(i - 1) == ":"
        guard prefixed || end - i > 1 || components > 1 || framed else { return nil }
        let code = "TNM:" + (i..<end).map { c.original($0) }.joined()
        return c.mention(.stage, i..<end, code: code, origin: "tnm")
    }

    /// `stade IIIA`, `stade IV`, `stade FIGO IIIC`, `FIGO IIIC1r`, `stade 4`.
    private static func stageGroup(at i: Int, _ c: inout PatternContext) -> Mention? {
        // A byte test first: this runs at every token.
        guard c.words.isOneOf(i, Self.openers) else { return nil }
        let word = c.folded(i)
        var j = i + 1
        if word == "stade", ["figo", "ann", "iss", "r-iss"].contains(c.folded(j)) {
            j += c.folded(j) == "ann" && c.folded(j + 1) == "arbor" ? 2 : 1
        }
        guard j < c.count, c.text.sameSentence(i, j), let group = stageGroupValue(c.original(j)) else { return nil }
        // Other diseases have stages too: BPCO stade II, insuffisance rénale stade 3.
        let sentence = c.sentenceRange(of: i)
        for k in max(sentence.lowerBound, i - 4)..<i where c.marks.starts(.nonOncologic, at: k) || c.marks.starts(.toxicity, at: k) { return nil }
        return c.mention(.stage, i..<(j + 1), code: "STAGE:\(group)", origin: "stage-group")
    }

    /// `IIIA` → `IIIA`; `4` → `IV`; nil when not a stage group.
    static func stageGroupValue(_ token: String) -> String? {
        if token.utf8.allSatisfy({ $0 < 0x80 }) { return asciiStageGroupValue(Array(token.utf8)) }
        let romans = ["0", "I", "II", "III", "IV"]
        var head = token
        var tail = ""
        while let last = head.last, !"IV0".contains(last) { tail = String(last) + tail; head.removeLast() }
        if let digit = Int(token.prefix(1)), (1...4).contains(digit), token.count <= 2 {
            head = romans[digit]; tail = String(token.dropFirst())
        }
        guard romans.contains(head), tail.count <= 3,
              tail.allSatisfy({ "ABCabcrp12".contains($0) }) else { return nil }
        return head + tail.uppercased().replacingOccurrences(of: "R", with: "r").replacingOccurrences(of: "P", with: "p")
    }

    /// ``stageGroupValue(_:)`` on ASCII bytes, without Foundation or Character work (same results).
    private static func asciiStageGroupValue(_ token: [UInt8]) -> String? {
        let romans: [[UInt8]] = [[0x30], [0x49], [0x49, 0x49], [0x49, 0x49, 0x49], [0x49, 0x56]]  // 0 I II III IV
        var split = token.count
        while split > 0, ![0x49, 0x56, 0x30].contains(token[split - 1]) { split -= 1 }  // I V 0
        var head = Array(token[..<split]), tail = Array(token[split...])
        if let first = token.first, first >= 0x31, first <= 0x34, token.count <= 2 {
            head = romans[Int(first - 0x30)]
            tail = Array(token.dropFirst())
        }
        guard romans.contains(head), tail.count <= 3, tail.allSatisfy({ Array("ABCabcrp12".utf8).contains($0) }) else { return nil }
        // Letters upper-cased, but `r` and `p` (FIGO suffixes) stay lower-case.
        let suffix = tail.map { $0 >= 0x61 && $0 <= 0x63 ? $0 - 0x20 : $0 }
        return String(decoding: head + suffix, as: UTF8.self)
    }
}
