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

    /// The longest term starting at token `index`: the index after its last token, and its entries' indices.
    mutating func match(at index: Int) -> (end: Int, entries: [Int])? {
        // Optional chaining, not `guard let matcher`: binding would copy the whole matcher at every token.
        guard index >= 0, index < keys.count, keys[index] >= 0,
              let found = matcher?.longestMatch(startingAt: index, in: text, keys: keys) else { return nil }
        return (found.tokens.upperBound, found.entries)
    }

    /// The code of an entry, without copying the entry.
    func code(of index: Int) -> String? { matcher!.entries[index].code }

    /// The code of the longest term starting at token `index`.
    mutating func code(at index: Int) -> String? { match(at: index).flatMap { code(of: $0.entries[0]) } }
}
