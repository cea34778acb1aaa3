/// Splits a text into tokens: ICU word segments, reshaped by ``ClinicalTokenRules``.
///
/// ```
/// "l'adénocarcinome RE+ Ki-67 à 20 %"  →  l' | adénocarcinome | RE+ | Ki-67 | à | 20 %
/// ```
struct Tokenizer {
    /// Tokens of valid UTF-8 `bytes`, given ICU's word boundaries over them.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>, wordBoundaries: [Int32], into tokens: inout [Token]) {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { tokens = []; return }
        TokenByteClass.table.withUnsafeBufferPointer { classes in
            wordBoundaries.withUnsafeBufferPointer { boundaries in
                run(p, count: bytes.count, boundaries, classes.baseAddress!, into: &tokens)
            }
        }
    }

    private static func run(_ p: UnsafePointer<UInt8>, count n: Int, _ boundaries: UnsafeBufferPointer<Int32>,
                            _ classes: UnsafePointer<UInt8>, into tokens: inout [Token]) {
        let s = ByteScanner(p: UnsafeBufferPointer(start: p, count: n))
        let rules = ClinicalTokenRules(s: s)
        var position = 0
        var boundary = 0
        // The sink takes the caller's buffer (and its capacity) while it appends.
        var sink = TokenSink(tokens: tokens)
        tokens = []
        defer { tokens = sink.tokens }

        while position < n {
            let first = p[position]
            let flags = classes[Int(first)]
            // Blanks and ASCII punctuation first: no rule starts on them.
            if flags & (TokenByteClass.blank | TokenByteClass.lineFeed) != 0 {
                if flags & TokenByteClass.lineFeed != 0 { sink.lineBreaks &+= 1 }
                sink.sawSpace = true
                position += 1
                continue
            }
            if flags & TokenByteClass.single != 0 {
                sink.emit(position, position + 1, flags & TokenByteClass.punctuation != 0 ? .punctuation : .symbol)
                position += 1
                continue
            }
            while boundary < boundaries.count, Int(boundaries[boundary]) <= position { boundary += 1 }
            let segmentEnd = boundary < boundaries.count ? Int(boundaries[boundary]) : n
            if flags & TokenByteClass.letter != 0 || first == 0xC3,
               let end = plainWordEnd(p, count: n, start: position, segmentEnd: segmentEnd, classes) {
                sink.emit(position, end, .word)
                position = end
                continue
            }

            if first >= 0x30 && first <= 0x39, let end = plainNumberEnd(p, count: n, start: position, segmentEnd: segmentEnd, classes) {
                sink.emit(position, end, .number)
                position = end
                continue
            }

            let space = s.whitespaceLength(position)
            if space > 0 {
                sink.sawSpace = true
                position += space
                continue
            }
            // The rules below start only on digits or on a few letters: test the first byte once.
            let lower = first | 0x20
            if first >= 0x30 && first <= 0x39 {
                if let end = rules.date(at: position) { sink.emit(position, end, .date); position = end; continue }
            } else if first < 0x80, ruleInitials(lower) {
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

    /// The end of a plain word at `start`, or nil when a rule might apply: a
    /// word of letters (ASCII or Latin-1) filling its ICU segment, without an
    /// upper-case T, N or M, not `CA`, and followed by a byte that no rule
    /// extends a word over (see ``TokenByteClass/closesWord``). Every rule
    /// then answers nil and ``extend`` answers the segment as a word.
    @inline(__always)
    private static func plainWordEnd(_ p: UnsafePointer<UInt8>, count n: Int, start: Int, segmentEnd: Int,
                                     _ classes: UnsafePointer<UInt8>) -> Int? {
        var j = start
        var seen: UInt8 = 0
        while j < segmentEnd {
            let b = p[j]
            let flags = classes[Int(b)]
            if flags & TokenByteClass.letter != 0 { seen |= flags; j += 1; continue }
            // Latin-1 letters (é, à, ç...), but × and ÷.
            if b == 0xC3, j + 1 < segmentEnd, p[j + 1] >= 0x80, p[j + 1] <= 0xBF, p[j + 1] != 0x97, p[j + 1] != 0xB7 { j += 2; continue }
            return nil
        }
        guard j > start, seen & TokenByteClass.tnmLetter == 0 else { return nil }
        if j < n {
            let next = p[j]
            guard classes[Int(next)] & TokenByteClass.closesWord != 0, next != 0x2E || j > start + 1 else { return nil }
        }
        if j - start >= 2, p[start] == 0x43, p[start + 1] == 0x41 { return nil }  // `CA 15-3`
        return j
    }

    /// The end of a plain number at `start`, or nil when a rule might apply:
    /// ASCII digits filling their ICU segment, followed by a byte that no rule
    /// extends a number over (not `/ - + %` nor non-ASCII: dates, units, signs,
    /// `²`), and, after a space or full stop, by no digit or `%` (`1 850`, `90 %`).
    @inline(__always)
    private static func plainNumberEnd(_ p: UnsafePointer<UInt8>, count n: Int, start: Int, segmentEnd: Int,
                                       _ classes: UnsafePointer<UInt8>) -> Int? {
        var j = start
        while j < segmentEnd {
            guard p[j] >= 0x30 && p[j] <= 0x39 else { return nil }
            j += 1
        }
        guard j < n else { return j }
        let next = p[j]
        guard classes[Int(next)] & TokenByteClass.closesWord != 0 else { return nil }
        if next == 0x20 || next == 0x2E, j + 1 < n {
            let after = p[j + 1]
            if (after >= 0x30 && after <= 0x39) || after == 0x25 { return nil }
        }
        return j
    }

    /// Lower-case initials that may open a rule's token: `CA 15-3` (c), variants (c p g r m n),
    /// `n°` (n), elisions (l d j m n s t c q p).
    @inline(__always)
    private static func ruleInitials(_ lower: UInt8) -> Bool {
        switch lower {
        case 0x63, 0x70, 0x67, 0x72, 0x6D, 0x6E, 0x6C, 0x64, 0x6A, 0x73, 0x74, 0x71: return true
        default: return false
        }
    }

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
