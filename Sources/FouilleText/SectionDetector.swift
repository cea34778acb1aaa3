/// Finds section headers at line starts and cuts the text into ``Section``s.
///
/// A line is a header when its text, or its text before a colon
/// (`CONCLUSION : carcinome ...`), is a known header once folded. Bullets and
/// numbering before it (`1.`, `-`, `•`) are ignored.
struct SectionDetector {
    let rules: SectionRules

    func sections(of bytes: UnsafeBufferPointer<UInt8>, folded: NormalizedText) -> [Section] {
        var sections = [Section]()
        let n = bytes.count
        var lineStart = 0
        var inlineOpen = false
        while lineStart < n {
            let lineEnd = ByteSearch.first(0x0A, in: bytes.baseAddress!, from: lineStart, to: n)
            if let (name, heading, inline) = header(in: lineStart..<lineEnd, bytes, folded) {
                if sections.isEmpty, lineStart > 0 {
                    sections.append(Section(name: nil, heading: nil, span: TextSpan(start: 0, end: lineStart)))
                }
                if !sections.isEmpty { sections[sections.count - 1].span.end = lineStart }
                sections.append(Section(name: name, heading: heading, span: TextSpan(start: lineStart, end: n)))
                inlineOpen = inline
            } else if inlineOpen, Self.isBlank(lineStart..<lineEnd, bytes) {
                // A header with its text on the same line (`Antécédents familiaux : mère ...`)
                // covers its paragraph only: an unnamed section follows the blank line.
                sections[sections.count - 1].span.end = lineStart
                sections.append(Section(name: nil, heading: nil, span: TextSpan(start: lineStart, end: n)))
                inlineOpen = false
            }
            lineStart = lineEnd + 1
        }
        if sections.isEmpty { sections.append(Section(name: nil, heading: nil, span: TextSpan(start: 0, end: n))) }
        return sections
    }

    private static func isBlank(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D }
    }

    /// The canonical name of the longest known header that starts `key` at a word boundary.
    private func longestKnownPrefix(of key: [UInt8]) -> String? {
        // Keys are single-spaced: the first k words are the bytes up to the k-th word's end.
        var wordEnds = [Int]()
        var i = 0
        while i < key.count {
            if key[i] == 0x20 { i += 1; continue }
            if key[i] == 0x28 { break }  // `PROPOSITION (validée ...)`: words from the parenthesis on are left out
            while i < key.count, key[i] != 0x20 { i += 1 }
            wordEnds.append(i)
        }
        for end in wordEnds.reversed() {
            if let name = rules.name(ofKey: Array(key[0..<end])) { return name }
        }
        return nil
    }

    /// A line with no lower-case letter outside parentheses.
    private static func isCapitalLine(_ range: Range<Int>, _ s: ByteScanner) -> Bool {
        var depth = 0
        var letters = 0
        for i in range {
            let b = s.byte(i)
            if b == 0x28 { depth += 1 } else if b == 0x29 { depth = max(0, depth - 1) }
            guard depth == 0 else { continue }
            if s.isLowerASCII(i) { return false }
            if b >= 0xC3 && b <= 0xC5 {
                let (cp, _) = s.scalar(i)
                if (0xDF...0xFF).contains(cp) || cp == 0x153 { return false }
            }
            if s.isUpperASCII(i) { letters += 1 }
        }
        return letters >= 3
    }

    /// An unknown header: a short line in capitals, without digits or a final full stop (`HISTOIRE RÉCENTE`).
    private static func isCapitalHeading(_ range: Range<Int>, _ s: ByteScanner) -> Bool {
        var letters = 0, words = 1
        for i in range {
            let b = s.byte(i)
            if s.isLowerASCII(i) || s.isDigit(i) || b == 0x2E || b == 0x25 || b == 0x2B || b == 0x3D { return false }
            if b >= 0xC3 && b <= 0xC5 {
                // Lower-case accented letters (é, è, à...) make it a sentence.
                let (cp, _) = s.scalar(i)
                if (0xDF...0xFF).contains(cp) || cp == 0x153 { return false }
            }
            if s.isUpperASCII(i) { letters += 1 }
            if b == 0x20 { words += 1 }
        }
        return letters >= 4 && words <= 5
    }

    /// The header on a line: its canonical name (nil when unknown), its span, and whether text follows it on the line.
    private func header(in line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ folded: NormalizedText) -> (String?, TextSpan, Bool)? {
        let s = ByteScanner(p: bytes)
        var start = line.lowerBound
        // Skip indentation, bullets and numbering ("1.", "2)", "-", "•", "*", "#").
        while start < line.upperBound {
            let b = s.byte(start)
            if s.whitespaceLength(start) > 0 { start += s.whitespaceLength(start); continue }
            if b == 0x2D || b == 0x2A || b == 0x23 || b == 0x3E { start += 1; continue }
            if b == 0xE2, s.byte(start + 1) == 0x80, s.byte(start + 2) == 0xA2 { start += 3; continue }  // •
            if s.isDigit(start) {
                let digits = s.digitsEnd(start)
                if digits - start <= 2, s.byte(digits) == 0x2E || s.byte(digits) == 0x29 { start = digits + 1; continue }
            }
            break
        }
        guard start < line.upperBound, s.isLetter(start) else { return nil }
        // A header is short: look for its colon within the longest header's reach only.
        let limit = min(line.upperBound, start + rules.longestKey * 2 + 8)
        let colon = ByteSearch.first(0x3A, in: bytes.baseAddress!, from: start, to: limit)
        let end: Int
        if colon < limit { end = colon }                                  // `CONCLUSION : ...`
        else if line.upperBound <= limit { end = line.upperBound }        // a short line
        else { return nil }                                               // a long line without an early colon
        let range = folded.viewRange(of: TextSpan(start: start, end: end))
        // Most lines are not headers: a cheap test on the first word before building any key.
        let (knownStart, name): (Bool, String?) = folded.bytes.withUnsafeBufferPointer { view in
            let p = view.baseAddress! + range.lowerBound
            guard rules.isFirstWord(at: p, count: range.count) else { return (false, nil) }
            if let name = rules.name(ofFolded: p, count: range.count) { return (true, name) }
            guard Self.isCapitalLine(start..<end, s) else { return (true, nil) }
            // `PROPOSITION (validée en RCP le 17/10/2024)`, `PROPOSITION RCP`: the longest known header it starts with.
            return (true, longestKnownPrefix(of: SectionRules.keyBytes(folded.bytes[range])))
        }
        guard knownStart || Self.isCapitalLine(start..<end, s) else { return nil }
        var inline = false
        if colon < line.upperBound {
            inline = !Self.isBlank((colon + 1)..<line.upperBound, bytes)
        }
        guard name != nil || (!inline && Self.isCapitalHeading(start..<end, s)) else { return nil }
        // The heading span, trimmed of trailing white space (scanned forward: never cuts a character).
        var headingEnd = start
        var i = start
        while i < end {
            let space = s.whitespaceLength(i)
            if space > 0 { i += space; continue }
            i += s.scalar(i).1
            headingEnd = i
        }
        return (name, TextSpan(start: start, end: headingEnd), inline)
    }
}
