import FouilleText

/// The folded text of every token of a document (`Métastases` → `metastases`), computed once.
///
/// Rules compare words many times per token; building each `String` once per
/// document (short ones are stored inline, without a heap allocation) keeps
/// that off the hot path.
struct TokenWords {
    private let words: [String]

    init(_ text: AnalyzedText) {
        words = text.tokens.map { text.foldedText(of: $0.span) }
    }

    /// The folded word at token `index`, or "" out of range.
    func folded(_ index: Int) -> String {
        index >= 0 && index < words.count ? words[index] : ""
    }
}
