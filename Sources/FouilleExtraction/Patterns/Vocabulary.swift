import FouilleLexicon
import FouilleText

/// One auxiliary lexicon (`Value`, `Month`, `Cue`, `Context`) bound to one document.
///
/// The document's tokens are looked up once; each query is then a trie walk
/// over integer ids, with no allocation per token.
struct Vocabulary {
    let matcher: TermMatcher?
    let text: AnalyzedText
    private let keys: [Int32]

    /// `keys`: the text's token ids under the lexicon's shared vocabulary.
    init(_ matcher: TermMatcher?, text: AnalyzedText, keys: [Int32]) {
        self.matcher = matcher
        self.text = text
        self.keys = keys
    }

    /// The longest term starting at token `index`: the index after its last token, and its entries.
    mutating func match(at index: Int) -> (end: Int, entries: [LexiconEntry])? {
        guard let matcher, index >= 0, index < keys.count,
              let found = matcher.longestMatch(startingAt: index, in: text, keys: keys) else { return nil }
        return (found.tokens.upperBound, found.entries.map { matcher.entries[$0] })
    }

    /// The code of the longest term starting at token `index`, if it has that code (or any code when `code` is nil).
    mutating func code(at index: Int) -> String? { match(at: index)?.entries.first?.code }

    /// True when a term with this code starts at `index`.
    mutating func starts(_ code: String, at index: Int) -> Bool {
        match(at: index)?.entries.contains { $0.code == code } ?? false
    }

    /// True when a term with this code occurs in tokens `range`.
    mutating func occurs(_ code: String, in range: Range<Int>) -> Bool {
        for i in range where starts(code, at: i) { return true }
        return false
    }
}
