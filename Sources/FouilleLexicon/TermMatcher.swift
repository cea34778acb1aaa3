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
/// holds only flat arrays. Matching walks the trie from each token, skipping
/// hyphens inside terms, and keeps the longest term that starts leftmost.
public struct TermMatcher: Sendable {
    public let entries: [LexiconEntry]
    let vocabulary: ByteKeyTable
    /// Root edges indexed by token id (the root has thousands of children).
    let rootChild: [Int32]
    /// Per node (root is 0): its edges in `edgeKeys`/`edgeTargets`, sorted by key.
    let edgeStart: [Int32]
    let edgeKeys: [Int32]
    let edgeTargets: [Int32]
    /// Per node: its entries in `payload` (empty for inner nodes).
    let payloadStart: [Int32]
    let payload: [Int32]
    /// Case forms of `match=case` entries' tokens, by entry index.
    let caseForms: [Int: [[UInt8]]]
    let originLabels: [String]

    /// `lexicon:FILE:LINE` of each entry, built once (an entity records where it comes from).
    public var origins: [String] { originLabels }

    /// Number of trie nodes, for statistics.
    public var nodeCount: Int { edgeStart.count - 1 }
    /// Number of distinct token keys.
    public var vocabularySize: Int { vocabulary.count }

    @inline(__always)
    func child(of node: Int, key: Int32) -> Int? {
        if node == 0 {
            guard Int(key) < rootChild.count else { return nil }
            let target = rootChild[Int(key)]
            return target < 0 ? nil : Int(target)
        }
        var low = Int(edgeStart[node]), high = Int(edgeStart[node + 1]) - 1
        while low <= high {
            let mid = (low + high) >> 1
            let k = edgeKeys[mid]
            if k == key { return Int(edgeTargets[mid]) }
            if k < key { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// Leftmost-longest, non-overlapping matches over a whole text.
    public func matches(in text: AnalyzedText, keyText: TokenKeyText? = nil) -> [TermMatch] {
        matches(in: text, keys: tokenKeys(keyText ?? TokenKeyText(text)))
    }

    /// Leftmost-longest matches, given the text's token ids (from ``tokenKeys(_:)-(TokenKeyText)``
    /// of this matcher or of any matcher sharing its vocabulary).
    public func matches(in text: AnalyzedText, keys: [Int32]) -> [TermMatch] {
        var result = [TermMatch]()
        var i = 0
        while i < text.tokens.count {
            if let match = longestMatch(startingAt: i, in: text, keys: keys) {
                result.append(match)
                i = match.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }


    /// The token ids of a text under this matcher (-1: in no term; -2: a hyphen skipped inside terms).
    /// Compute once per text and pass to ``longestMatch(startingAt:in:keys:)``.
    public func tokenKeys(_ keyText: TokenKeyText) -> [Int32] {
        var keys = [Int32](repeating: -1, count: keyText.count)
        keyText.bytes.withUnsafeBufferPointer { all in
            for t in 0..<keyText.count {
                if keyText.skippable[t] { keys[t] = -2; continue }
                let slice = UnsafeBufferPointer(rebasing: all[Int(keyText.starts[t])..<Int(keyText.starts[t + 1])])
                keys[t] = vocabulary.id(of: slice, hash: keyText.hashes[t]) ?? -1
            }
        }
        return keys
    }

    /// The token ids of a text (computes its keys; prefer ``tokenKeys(_:)-(TokenKeyText)`` when several matchers run).
    public func tokenKeys(_ text: AnalyzedText) -> [Int32] { tokenKeys(TokenKeyText(text)) }

    /// The longest term starting at token `start`, if any.
    public func longestMatch(startingAt start: Int, in text: AnalyzedText, keys: [Int32]) -> TermMatch? {
        guard keys[start] >= 0, Int(keys[start]) < rootChild.count else { return nil }
        var node = 0
        var t = start
        var best: (end: Int, entries: [Int])? = nil
        while t < keys.count {
            let key = keys[t]
            if key == -2, t > start { t += 1; continue }
            guard key >= 0, let next = child(of: node, key: key) else { break }
            node = next
            t += 1
            let from = Int(payloadStart[node]), to = Int(payloadStart[node + 1])
            if from < to {
                var accepted = [Int]()
                for p in from..<to where accepts(Int(payload[p]), tokens: start..<t, in: text) { accepted.append(Int(payload[p])) }
                if !accepted.isEmpty { best = (t, accepted) }
            }
        }
        guard let best else { return nil }
        let span = TextSpan(start: text.tokens[start].span.start, end: text.tokens[best.end - 1].span.end)
        return TermMatch(tokens: start..<best.end, span: span, entries: best.entries)
    }

    private func accepts(_ entry: Int, tokens: Range<Int>, in text: AnalyzedText) -> Bool {
        guard let forms = caseForms[entry] else { return true }
        let matched = tokens.filter { !MatchKey.isSkippable(text.tokens[$0], in: text) }
        guard matched.count == forms.count else { return false }
        for (t, form) in zip(matched, forms) {
            let span = text.tokens[t].span
            if MatchKey.caseForm(text.bytes[span.start..<span.end]) != form { return false }
        }
        return true
    }
}
