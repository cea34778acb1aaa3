import FouilleText

/// Compiles lexicon entries into a frozen ``TermMatcher``.
///
/// Terms are tokenised by the same ``TextAnalyzer`` as reports, so a term
/// matches exactly the token sequence a report would produce.
public struct TermMatcherBuilder {
    private var entries = [LexiconEntry]()
    private var vocabulary = ByteKeyTable(expectedCount: 8192)
    /// Trie under construction: per node, children by token id, and entries.
    private var children: [[Int32: Int32]] = [[:]]
    private var nodeEntries: [[Int32]] = [[]]
    private var caseForms = [Int: [[UInt8]]]()
    private let analyzer: TextAnalyzer

    public init() throws {
        analyzer = try TextAnalyzer()
    }

    /// Adds an entry; returns false when its term has no matchable token.
    @discardableResult
    public mutating func add(_ entry: LexiconEntry) throws -> Bool {
        let text = try analyzer.analyze(Document(id: "term", text: entry.term))
        var node: Int32 = 0
        var buffer = [UInt8]()
        var forms = [[UInt8]]()
        for token in text.tokens where !MatchKey.isSkippable(token, in: text) {
            MatchKey.write(text.foldedBytes(of: token), into: &buffer)
            let id = vocabulary.insert(buffer)
            forms.append(MatchKey.caseForm(text.bytes[token.span.start..<token.span.end]))
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
        guard node != 0 else { return false }
        let index = entries.count
        entries.append(entry)
        nodeEntries[Int(node)].append(Int32(index))
        if entry.match == .case { caseForms[index] = forms }
        return true
    }

    /// Freezes the trie into flat arrays.
    public func build() -> TermMatcher {
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
        return TermMatcher(entries: entries, vocabulary: vocabulary, rootChild: rootChild, edgeStart: edgeStart,
                           edgeKeys: edgeKeys, edgeTargets: edgeTargets, payloadStart: payloadStart,
                           payload: payload, caseForms: caseForms)
    }
}
