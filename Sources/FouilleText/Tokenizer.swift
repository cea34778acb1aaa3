/// Splits a text into tokens: ICU word segments, reshaped by ``ClinicalTokenRules``.
///
/// ```
/// "l'adénocarcinome RE+ Ki-67 à 20 %"  →  l' | adénocarcinome | RE+ | Ki-67 | à | 20 %
/// ```
struct Tokenizer {
    /// Tokens of valid UTF-8 `bytes`, given ICU's word boundaries over them.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>, wordBoundaries: [Int32], into tokens: inout [Token]) {
        let s = ByteScanner(p: bytes)
        let rules = ClinicalTokenRules(s: s)
        let n = bytes.count
        var position = 0
        var boundary = 0
        var sink = TokenSink(tokens: tokens)
        tokens = []
        defer { tokens = sink.tokens }

        while position < n {
            let space = s.whitespaceLength(position)
            if space > 0 {
                if s.byte(position) == 0x0A { sink.lineBreaks &+= 1 }
                sink.sawSpace = true
                position += space
                continue
            }
            while boundary < wordBoundaries.count, Int(wordBoundaries[boundary]) <= position { boundary += 1 }
            let segmentEnd = boundary < wordBoundaries.count ? Int(wordBoundaries[boundary]) : n

            // The rules below start only on digits or on a few letters: test the first byte once.
            let first = bytes[position]
            let lower = first | 0x20
            if first >= 0x30 && first <= 0x39 {
                if let end = rules.date(at: position) { sink.emit(position, end, .date); position = end; continue }
            } else if first < 0x80, Self.ruleInitials[Int(lower)] {
                if let end = rules.cancerAntigen(at: position) { sink.emit(position, end, .word); position = end; continue }
                if let end = rules.variant(at: position) { sink.emit(position, end, .variant); position = end; continue }
                if let end = rules.numero(at: position) { sink.emit(position, end, .word); position = end; continue }
                if !s.isLetter(position - 1), let end = rules.elision(at: position, segmentEnd: segmentEnd) {
                    sink.emit(position, end, .elision); position = end; continue
                }
            }

            let (kind, end) = extend(rules: rules, s: s, start: position, segmentEnd: segmentEnd)
            sink.emit(position, end, kind)
            position = end
        }
    }

    /// Lower-case initials that may open a rule's token: `CA 15-3` (c), variants (c p g r m n),
    /// `n°` (n), elisions (l d j m n s t c q p).
    private static let ruleInitials: [Bool] = (0..<128).map { b in "cpgrmnldjstq".utf8.contains(UInt8(b)) }

    /// Collects tokens with the white space seen before each (a struct, not a
    /// closure: captured variables would be boxed and access-checked per token).
    private struct TokenSink {
        var tokens: [Token]
        var lineBreaks: UInt16 = 0
        var sawSpace = false

        @inline(__always)
        mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
            tokens.append(Token(span: TextSpan(start: start, end: end), kind: kind,
                                lineBreaksBefore: lineBreaks, spaceBefore: sawSpace))
            lineBreaks = 0
            sawSpace = false
        }
    }

    /// The kind and end of the token starting at `start`, whose ICU segment ends at `segmentEnd`.
    private static func extend(rules: ClinicalTokenRules, s: ByteScanner, start: Int, segmentEnd: Int) -> (TokenKind, Int) {
        // Blanks end every run; but ICU joins a narrow no-break space to a number
        // (U+202F is ExtendNumLet), so segments with non-ASCII bytes are cut at spaces.
        var end = segmentEnd
        if (start..<segmentEnd).contains(where: { s.byte($0) >= 0x80 }) {
            var j = start
            while j < segmentEnd {
                if s.whitespaceLength(j) > 0 { end = j; break }
                j += s.scalar(j).1
            }
        }
        if !s.isAlphanumeric(start) {
            // One punctuation or symbol character per token.
            let size = s.scalar(start).1
            let b = s.byte(start)
            let isPunctuation: Bool
            switch b {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x27, 0x2D, 0x2F: isPunctuation = true
            case 0x80...: isPunctuation = s.apostropheLength(start) > 0 || s.hyphenLength(start) > 0
            default: isPunctuation = false
            }
            return (isPunctuation ? .punctuation : .symbol, start + size)
        }
        var kind: TokenKind = s.isDigit(start) && (start..<end).allSatisfy { s.isDigit($0) || s.byte($0) == 0x2C || s.byte($0) == 0x2E } ? .number : .word
        if let joined = rules.hyphenatedEnd(start: start, end: end) { end = joined; kind = .word }
        if let sup = rules.superscriptEnd(after: end) { end = sup }
        if let unit = rules.unitEnd(start: start, end: end) { return (.unit, unit) }
        if kind == .word, rules.isTNM(start, end) {
            kind = .tnm
            if let suffix = rules.tnmSuffixEnd(after: end) { end = suffix }
            return (kind, end)
        }
        if kind == .number, let grouped = rules.thousandsEnd(start: start, end: end) { end = grouped }
        if kind == .number, let percent = rules.percentEnd(after: end) { return (.percentage, percent) }
        if let signed = rules.signedEnd(after: end) { return (.signed, signed) }
        return (kind, end)
    }
}
