import FouilleText

/// Compiles lexicon entries into a frozen ``TermMatcher``.
///
/// Terms are tokenised by the same ``TextAnalyzer`` as reports, so a term
/// matches exactly the token sequence a report would produce.
/// The token-id table that several matcher builders fill together.
public final class SharedVocabulary {
    var table = ByteKeyTable(expectedCount: 8192)
    public init() {}
}

public struct TermMatcherBuilder {
    private var entries = [LexiconEntry]()
    /// Token ids, shared by every builder of a lexicon so that one look-up per token serves every matcher.
    private let vocabulary: SharedVocabulary
    /// Trie under construction: per node, children by token id, and entries.
    private var children: [[Int32: Int32]] = [[:]]
    private var nodeEntries: [[Int32]] = [[]]
    private var caseForms = [Int: [[UInt8]]]()
    private let analyzer: TextAnalyzer

    /// A builder with its own vocabulary, or sharing `vocabulary` with other builders.
    public init(vocabulary: SharedVocabulary = SharedVocabulary()) throws {
        self.vocabulary = vocabulary
        analyzer = try TextAnalyzer()
    }

    /// Adds an entry; returns false when its term has no matchable token.
    ///
    /// A token joined by hyphens (`PD-L1`, `Ki-67`) also matches its parts
    /// written apart (`PD L1`, `Ki 67`): the term is inserted under each spelling.
    @discardableResult
    public mutating func add(_ entry: LexiconEntry) throws -> Bool {
        let text = try analyzer.analyze(Document(id: "term", text: entry.term))
        var buffer = [UInt8]()
        var forms = [[UInt8]]()
        var spellings: [[[UInt8]]] = [[]]
        var joinedSpelling = [[UInt8]]()  // `ilio-obturateur` as one token, as capitals write it (`ILIO-OBTURATEUR`)
        var hasHyphen = false
        var previousWasHyphen = false
        for token in text.tokens {
            if MatchKey.isSkippable(token, in: text) { hasHyphen = true; previousWasHyphen = true; continue }
            MatchKey.write(text.foldedBytes(of: token), into: &buffer)
            if previousWasHyphen, let last = joinedSpelling.popLast() { joinedSpelling.append(last + buffer) } else { joinedSpelling.append(buffer) }
            previousWasHyphen = false
        }
        for token in text.tokens where !MatchKey.isSkippable(token, in: text) {
            let folded = text.foldedBytes(of: token)
            MatchKey.write(folded, into: &buffer)
            var alternatives = [[buffer]]
            if entry.match == .fold, token.kind != .punctuation, folded.contains(0x2D) {
                let parts = folded.split(separator: 0x2D).map { part -> [UInt8] in
                    MatchKey.write(part, into: &buffer)
                    return buffer
                }
                if parts.count > 1 { alternatives.append(parts) }
            }
            forms.append(MatchKey.caseForm(text.bytes[token.span.start..<token.span.end]))
            spellings = Array(spellings.flatMap { spelling in alternatives.map { spelling + $0 } }.prefix(8))
        }
        if hasHyphen, entry.match == .fold, !spellings.contains(joinedSpelling) { spellings.append(joinedSpelling) }
        guard let first = spellings.first, !first.isEmpty else { return false }
        let index = Int32(entries.count)
        entries.append(entry)
        for spelling in spellings {
            var node: Int32 = 0
            for key in spelling {
                let id = vocabulary.table.insert(key)
                if let next = children[Int(node)][id] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    nodeEntries.append([])
                    children[Int(node)][id] = next
                    node = next
                }
            }
            if !nodeEntries[Int(node)].contains(index) { nodeEntries[Int(node)].append(index) }
        }
        if entry.match == .case { caseForms[Int(index)] = forms }
        return true
    }

    /// Freezes the trie into flat arrays. Build every matcher sharing a vocabulary after all their terms are added.
    public func build() -> TermMatcher {
        let vocabulary = self.vocabulary.table.compacted()
        var rootChild = [Int32](repeating: -1, count: vocabulary.count)
        for (key, target) in children[0] { rootChild[Int(key)] = target }
        var edgeStart = [Int32](), edgeKeys = [Int32](), edgeTargets = [Int32]()
        var payloadStart = [Int32](), payload = [Int32]()
        for node in children.indices {
            edgeStart.append(Int32(edgeKeys.count))
            if node != 0 {
                for (key, target) in children[node].sorted(by: { $0.key < $1.key }) {
                    edgeKeys.append(key)
                    edgeTargets.append(target)
                }
            }
            payloadStart.append(Int32(payload.count))
            payload.append(contentsOf: nodeEntries[node])
        }
        edgeStart.append(Int32(edgeKeys.count))
        payloadStart.append(Int32(payload.count))
        return TermMatcher(trie: TermTrie(entries: entries, vocabulary: vocabulary, rootChild: rootChild, edgeStart: edgeStart,
                                          edgeKeys: edgeKeys, edgeTargets: edgeTargets, payloadStart: payloadStart,
                                          payload: payload, caseForms: caseForms))
    }
}
