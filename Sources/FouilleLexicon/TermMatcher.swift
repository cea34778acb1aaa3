import FouilleText

/// A lexicon match: a run of tokens and the entries whose term it spells.
public struct TermMatch: Sendable, Equatable {
    /// Token indices, in ``AnalyzedText/tokens``.
    public var tokens: Range<Int>
    /// UTF-8 byte offsets of the matched text.
    public var span: TextSpan
    /// Indices into ``TermMatcher/entries``; several when types differ (`ALK` gene and drug target).
    public var entries: [Int]
}

/// All lexicon terms compiled into one immutable token trie; leftmost-longest matching.
///
/// Build it once with ``TermMatcherBuilder`` and share it across threads: it
/// holds only immutable arrays. Matching walks the trie from each token, skipping
/// hyphens inside terms, and keeps the longest term that starts leftmost.
public struct TermMatcher: Sendable {
    let trie: TermTrie
    /// The trie's root edges, read by the inlined early answer of ``longestMatch(startingAt:in:keys:)``.
    @usableFromInline let starts: TermStarts
    /// Stored beside the trie, so `entries[i].code` reads one field instead of copying an entry.
    public let entries: [LexiconEntry]
    /// `lexicon:FILE:LINE` of each entry, built once (an entity records where it comes from).
    public let origins: [String]
    /// Number of trie nodes, for statistics.
    public var nodeCount: Int { trie.nodeCount }
    /// Number of distinct token keys.
    public var vocabularySize: Int { trie.vocabulary.count }

    init(trie: TermTrie) {
        self.trie = trie
        starts = TermStarts(child: trie.rootChild, count: trie.rootCount)
        entries = trie.entries
        origins = trie.origins
    }

    /// Leftmost-longest, non-overlapping matches over a whole text.
    public func matches(in text: AnalyzedText, keyText: TokenKeyText? = nil) -> [TermMatch] {
        matches(in: text, keys: tokenKeys(keyText ?? TokenKeyText(text)))
    }

    /// Leftmost-longest matches, given the text's token ids (from ``tokenKeys(_:)-(TokenKeyText)``
    /// of this matcher or of any matcher sharing its vocabulary).
    public func matches(in text: AnalyzedText, keys: [Int32]) -> [TermMatch] {
        var result = [TermMatch]()
        keys.withUnsafeBufferPointer { keys in
            var i = 0
            while i < keys.count {
                if starts.contains(keys[i]), let match = walk(from: i, in: text, keys: keys) {
                    result.append(match)
                    i = match.tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return result
    }

    /// The token ids of a text under this matcher (-1: in no term; -2: a hyphen skipped inside terms).
    /// Compute once per text and pass to ``longestMatch(startingAt:in:keys:)``.
    public func tokenKeys(_ keyText: TokenKeyText) -> [Int32] { keyText.ids(in: trie.vocabulary) }

    /// The token ids of a text (computes its keys; prefer ``tokenKeys(_:)-(TokenKeyText)`` when several matchers run).
    public func tokenKeys(_ text: AnalyzedText) -> [Int32] { tokenKeys(TokenKeyText(text)) }

    /// True when some term of this matcher starts with token id `key` (from ``tokenKeys(_:)-(TokenKeyText)``).
    ///
    /// Inlined into the caller: a bounds test and one load. Lets a caller skip,
    /// at almost no cost, the tokens where ``longestMatch(startingAt:in:keys:)`` would find nothing.
    @inlinable @inline(__always)
    public func canStart(_ key: Int32) -> Bool { starts.contains(key) }

    /// The longest term starting at token `start`, if any (nil also when `start` is not a token index).
    ///
    /// The common answer, no term starts here, is given inline in the caller.
    @inlinable
    public func longestMatch(startingAt start: Int, in text: AnalyzedText, keys: [Int32]) -> TermMatch? {
        guard start >= 0, start < keys.count, starts.contains(keys[start]) else { return nil }
        return walk(from: start, in: text, keys: keys)
    }

    @usableFromInline
    func walk(from start: Int, in text: AnalyzedText, keys: [Int32]) -> TermMatch? {
        keys.withUnsafeBufferPointer { walk(from: start, in: text, keys: $0) }
    }

    /// The longest term from `start`, whose token is known to start some term.
    private func walk(from start: Int, in text: AnalyzedText, keys: UnsafeBufferPointer<Int32>) -> TermMatch? {
        let trie = self.trie
        var node = 0
        var t = start
        var bestEnd = -1, bestNode = 0
        var bestAccepted: [Int]? = nil  // nil: every entry of `bestNode`
        while t < keys.count {
            let key = keys[t]
            if key == -2, t > start { t += 1; continue }
            guard key >= 0 else { break }
            let next = trie.child(of: node, key: key)
            guard next >= 0 else { break }
            node = next
            t += 1
            let from = Int(trie.payloadStart[node]), to = Int(trie.payloadStart[node + 1])
            guard from < to else { continue }
            if trie.checksCase[node] {
                var accepted = [Int]()
                for p in from..<to where accepts(Int(trie.payload[p]), tokens: start..<t, in: text) { accepted.append(Int(trie.payload[p])) }
                if !accepted.isEmpty { bestEnd = t; bestNode = node; bestAccepted = accepted }
            } else {
                bestEnd = t; bestNode = node; bestAccepted = nil
            }
        }
        guard bestEnd >= 0 else { return nil }
        // A node's entry list is built once: a match shares it instead of allocating its own.
        let entries = bestAccepted ?? trie.entryLists[bestNode]
        let span = TextSpan(start: text.tokens[start].span.start, end: text.tokens[bestEnd - 1].span.end)
        return TermMatch(tokens: start..<bestEnd, span: span, entries: entries)
    }

    private func accepts(_ entry: Int, tokens: Range<Int>, in text: AnalyzedText) -> Bool {
        guard let forms = trie.caseForms[entry] else { return true }
        let matched = tokens.filter { !MatchKey.isSkippable(text.tokens[$0], in: text) }
        guard matched.count == forms.count else { return false }
        for (t, form) in zip(matched, forms) {
            let span = text.tokens[t].span
            if MatchKey.caseForm(text.bytes[span.start..<span.end]) != form { return false }
        }
        return true
    }
}
