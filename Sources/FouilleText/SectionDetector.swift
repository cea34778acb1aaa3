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
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if let (name, heading) = header(in: lineStart..<lineEnd, bytes, folded) {
                if sections.isEmpty, lineStart > 0 {
                    sections.append(Section(name: nil, heading: nil, span: TextSpan(start: 0, end: lineStart)))
                }
                if !sections.isEmpty { sections[sections.count - 1].span.end = lineStart }
                sections.append(Section(name: name, heading: heading, span: TextSpan(start: lineStart, end: n)))
            }
            lineStart = lineEnd + 1
        }
        if sections.isEmpty { sections.append(Section(name: nil, heading: nil, span: TextSpan(start: 0, end: n))) }
        return sections
    }

    private func header(in line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ folded: NormalizedText) -> (String, TextSpan)? {
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
        var end = line.upperBound
        var colon = start
        while colon < line.upperBound, bytes[colon] != 0x3A { colon += 1 }
        if colon < line.upperBound { end = colon }
        guard end - start <= rules.longestKey * 2 + 8 else { return nil }
        let range = folded.viewRange(of: TextSpan(start: start, end: end))
        let key = SectionRules.key(folded.bytes[range])
        guard let name = rules.name(ofKey: key) else { return nil }
        // The heading span, trimmed of trailing white space (scanned forward: never cuts a character).
        var headingEnd = start
        var i = start
        while i < end {
            let space = s.whitespaceLength(i)
            if space > 0 { i += space; continue }
            i += s.scalar(i).1
            headingEnd = i
        }
        return (name, TextSpan(start: start, end: headingEnd))
    }
}
