import FouilleText

/// Why a report matched the fact filters: its entities that satisfy them, and an excerpt around the first.
enum Evidence {
    /// How many entities a hit shows.
    static let limit = 5

    static func entities(_ entities: [StoredEntity], _ relations: [StoredRelation], request: SearchRequest) -> [StoredEntity] {
        var values = [Int: [String]]()
        for relation in relations where relation.label == .hasValue && entities.indices.contains(relation.target) {
            if let code = entities[relation.target].code, let colon = code.firstIndex(of: ":") {
                values[relation.source, default: []].append(FactKeys.sanitized(String(code[code.index(after: colon)...])))
            }
        }
        let matching = entities.filter { entity in
            request.facts.contains { $0.matches(entity, values: values[entity.ordinal] ?? [], request.exclusions) }
        }
        return Array(matching.prefix(limit))
    }

    /// About 160 bytes of text around a span, cut at spaces, the span highlighted; the start of the text without a span.
    static func snippet(_ text: [UInt8], around span: TextSpan?, radius: Int = 80) -> Snippet {
        guard !text.isEmpty else { return Snippet(parts: []) }
        let focus = span ?? TextSpan(start: 0, end: 0)
        var start = max(0, focus.start - radius)
        var end = min(text.count, focus.end + radius)
        // Cut at white space, never inside a UTF-8 sequence or a word.
        while start > 0, start < focus.start, text[start - 1] != 0x20, text[start - 1] != 0x0A { start += 1 }
        while end < text.count, end > focus.end, text[end] != 0x20, text[end] != 0x0A { end -= 1 }
        func piece(_ a: Int, _ b: Int) -> String { String(decoding: text[a..<b], as: UTF8.self) }
        var marked = (start > 0 ? "…" : "") + piece(start, focus.start)
        if focus.end > focus.start { marked += "\u{2}" + piece(focus.start, focus.end) + "\u{3}" }
        marked += piece(focus.end, end) + (end < text.count ? "…" : "")
        return Snippet(marked: marked)
    }
}
