/// Sentence boundaries: ICU's sentence break, adjusted for clinical text.
///
/// ICU breaks after every line break and before a capital after a full stop.
/// Reports wrap lines mid-sentence and abbreviate titles, so:
/// - a single line break ends a sentence only before a capital, a digit, a
///   bullet or a blank line, or after terminal punctuation;
/// - no break after `Dr.`, `Pr.`, `cf.`, `env.`, `n°` and the like, nor inside
///   numbers (`2.5`).
struct SentenceSplitter {
    /// Lower-cased abbreviations that end with a full stop but not a sentence.
    static let abbreviations: [String] = [
        "dr", "drs", "pr", "pr", "cf", "env", "mme", "mmes", "mlle", "m", "mr", "st", "ste", "vol", "fig", "p", "ex",
        "cp", "inf", "sup", "ant", "post", "nb", "n°", "no", "hosp", "serv", "tel", "tél", "etc.", "approx", "sem",
        "vs", "dt", "ref", "réf", "chap", "cat", "max", "min", "ca", "resp", "av", "apr", "janv", "févr", "fevr",
        "avr", "juil", "sept", "oct", "nov", "déc", "dec",
    ]

    /// The abbreviations packed as ``packed(_:)`` keys, sorted: a dot is tested without allocating.
    private static let packedAbbreviations: [UInt64] = abbreviations.map { word in
        Array(word.utf8).withUnsafeBufferPointer { packed($0.baseAddress!, $0.count) }
    }.sorted()

    /// Up to 7 bytes and their count in one integer.
    @inline(__always)
    private static func packed(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var key = UInt64(count) << 56
        for k in 0..<count { key |= UInt64(bytes[k]) << (8 * k) }
        return key
    }

    /// Sentence spans (trimmed of white space) from the segmenter's candidates.
    ///
    /// Candidates are sentence starts after a line break, or after `.`, `!`,
    /// `?`, `…` and blanks where ICU's sentence rules break; the clinical
    /// adjustments then keep or drop each one.
    static func sentences(of bytes: UnsafeBufferPointer<UInt8>, candidates: [Int32]) -> [TextSpan] {
        let s = ByteScanner(p: bytes)
        let n = bytes.count
        var breaks: [Int] = [0]
        breaks.reserveCapacity(candidates.count + 2)
        for candidate in candidates where keeps(Int(candidate), s) { breaks.append(Int(candidate)) }
        breaks.append(n)
        var spans = [TextSpan]()
        spans.reserveCapacity(breaks.count)
        for k in 0..<(breaks.count - 1) {
            var start = breaks[k], end = breaks[k + 1]
            while start < end, s.whitespaceLength(start) > 0 { start += s.whitespaceLength(start) }
            while end > start, let last = lastWhitespaceStart(before: end, s) { end = last }
            if end > start { spans.append(TextSpan(start: start, end: end)) }
        }
        return spans
    }

    /// Start of a white-space character ending at `end`, or nil.
    @inline(__always)
    private static func lastWhitespaceStart(before end: Int, _ s: ByteScanner) -> Int? {
        // Most spans end on a visible ASCII byte: no white space ends there.
        let last = s.byte(end - 1)
        if last > 0x20, last < 0x80 { return nil }
        for width in 1...3 where end - width >= 0 && s.whitespaceLength(end - width) == width { return end - width }
        return nil
    }

    private static func keeps(_ b: Int, _ s: ByteScanner) -> Bool {
        // The last visible byte before the boundary, and whether a line break lies between.
        var k = b - 1
        var lineBreaks = 0
        while k >= 0 {
            if s.byte(k) == 0x0A { lineBreaks += 1; k -= 1; continue }
            if s.byte(k) & 0xC0 == 0x80 { k -= 1; continue }  // inside a multi-byte space
            if s.whitespaceLength(k) > 0 { k -= 1; continue }
            break
        }
        guard k >= 0 else { return false }
        var next = b
        while next < s.count, s.whitespaceLength(next) > 0 {
            if s.byte(next) == 0x0A { lineBreaks += 1 }
            next += s.whitespaceLength(next)
        }
        guard next < s.count else { return false }
        let last = s.byte(k)
        if lineBreaks >= 2 { return true }
        if last == 0x2E, endsWithAbbreviation(k, s) { return false }
        if last == 0x2E, s.isDigit(k - 1), s.isDigit(next), lineBreaks == 0 { return false }
        if lineBreaks == 1 {
            let terminal = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B
            if terminal { return true }
            // A wrapped line goes on in lower case; a capital, digit or bullet starts anew.
            return !startsLowercase(next, s)
        }
        return true
    }

    private static func startsLowercase(_ i: Int, _ s: ByteScanner) -> Bool {
        if s.isLowerASCII(i) { return true }
        let (cp, _) = s.scalar(i)
        return (0xDF...0xFF).contains(cp) && cp != 0xF7 || cp == 0x153
    }

    /// True when the full stop at `dot` ends a known abbreviation or a single initial (`J.`).
    private static func endsWithAbbreviation(_ dot: Int, _ s: ByteScanner) -> Bool {
        var start = dot
        while start > 0, s.byte(start - 1) != 0x20, s.byte(start - 1) != 0x0A, s.byte(start - 1) != 0x28, s.byte(start - 1) != 0x09 {
            start -= 1
        }
        let length = dot - start
        guard length > 0, length <= 6 else { return false }
        if length == 1, s.isUpperASCII(start) { return true }
        var key = UInt64(length) << 56
        for k in 0..<length { let c = s.byte(start + k); key |= UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) << (8 * k) }
        // Binary search in the sorted keys.
        var low = 0, high = packedAbbreviations.count - 1
        while low <= high {
            let mid = (low + high) >> 1
            let probe = packedAbbreviations[mid]
            if probe == key { return true }
            if probe < key { low = mid + 1 } else { high = mid - 1 }
        }
        return false
    }
}
