import FouilleText

/// An entity under construction, with the tokens it covers; rules grow, merge and drop mentions.
struct Mention {
    var entity: Entity
    /// Token indices in ``AnalyzedText/tokens``.
    var tokens: Range<Int>
    /// Stable identity within a document, for relations while mentions are re-ordered.
    var id = 0

    /// Extends the mention to end with token `last` (inclusive).
    mutating func extend(through last: Int, in text: AnalyzedText) {
        tokens = tokens.lowerBound..<(last + 1)
        entity.span.end = text.tokens[last].span.end
    }

    /// Starts the mention at token `first`.
    mutating func extend(from first: Int, in text: AnalyzedText) {
        tokens = first..<tokens.upperBound
        entity.span.start = text.tokens[first].span.start
    }
}

extension AnalyzedText {
    /// The folded text of token `index` (`Métastases` → `metastases`), or "" out of range.
    func foldedToken(_ index: Int) -> String {
        guard index >= 0, index < tokens.count else { return "" }
        return foldedText(of: tokens[index].span)
    }

    /// The original text of token `index`, or "" out of range.
    func tokenText(_ index: Int) -> String {
        guard index >= 0, index < tokens.count else { return "" }
        return text(of: tokens[index].span)
    }

    /// True when tokens `a` and `b` are in the same sentence.
    func sameSentence(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < tokens.count && b < tokens.count && tokens[a].sentence == tokens[b].sentence
    }
}
