import FouilleText

/// The frozen arrays of a ``TermMatcher``, behind one reference.
///
/// Rules copy matchers per document and per query: with one class holding
/// everything a copy costs one retain, not one per array. The trie arrays are
/// plain allocations read through pointers, so the matching loop pays neither
/// bounds checks nor reference counting.
final class TermTrie: @unchecked Sendable {  // immutable after init
    let entries: [LexiconEntry]
    let vocabulary: ByteKeyTable
    let origins: [String]
    /// Case forms of `match=case` entries' tokens, by entry index (nil: folded matching).
    let caseForms: [[[UInt8]]?]
    /// Number of root edges: root edges are indexed by token id.
    let rootCount: Int
    let rootChild: UnsafeMutablePointer<Int32>
    /// Per node (root is 0): its edges in `edgeKeys`/`edgeTargets`, sorted by key.
    let edgeStart: UnsafeMutablePointer<Int32>
    let edgeKeys: UnsafeMutablePointer<Int32>
    let edgeTargets: UnsafeMutablePointer<Int32>
    /// Per node: its entries in `payload` (empty for inner nodes).
    let payloadStart: UnsafeMutablePointer<Int32>
    let payload: UnsafeMutablePointer<Int32>
    /// Per node: its entries as the array a match returns (empty for inner nodes).
    let entryLists: [[Int]]
    /// Per node: true when one of its entries must be checked for case.
    let checksCase: UnsafeMutablePointer<Bool>
    let nodeCount: Int

    init(entries: [LexiconEntry], vocabulary: ByteKeyTable, rootChild: [Int32], edgeStart: [Int32],
         edgeKeys: [Int32], edgeTargets: [Int32], payloadStart: [Int32], payload: [Int32],
         caseForms: [Int: [[UInt8]]]) {
        self.entries = entries
        self.vocabulary = vocabulary
        self.origins = entries.map { "lexicon:\($0.location)" }
        var forms = [[[UInt8]]?](repeating: nil, count: entries.count)
        for (entry, form) in caseForms { forms[entry] = form }
        self.caseForms = forms
        rootCount = rootChild.count
        self.rootChild = Self.frozen(rootChild)
        self.edgeStart = Self.frozen(edgeStart)
        self.edgeKeys = Self.frozen(edgeKeys)
        self.edgeTargets = Self.frozen(edgeTargets)
        self.payloadStart = Self.frozen(payloadStart)
        self.payload = Self.frozen(payload)
        nodeCount = edgeStart.count - 1
        entryLists = (0..<max(nodeCount, 0)).map { node in
            (Int(payloadStart[node])..<Int(payloadStart[node + 1])).map { Int(payload[$0]) }
        }
        checksCase = Self.frozen((0..<max(nodeCount, 0)).map { node in
            (payloadStart[node]..<payloadStart[node + 1]).contains { forms[Int(payload[Int($0)])] != nil }
        })
    }

    deinit {
        for pointer in [rootChild, edgeStart, edgeKeys, edgeTargets, payloadStart, payload] { pointer.deallocate() }
        checksCase.deallocate()
    }

    private static func frozen<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
        array.withUnsafeBufferPointer { if let base = $0.baseAddress { pointer.initialize(from: base, count: $0.count) } }
        return pointer
    }

    /// The child of `node` along token id `key` (>= 0), or -1.
    @inline(__always)
    func child(of node: Int, key: Int32) -> Int {
        if node == 0 { return Int(key) < rootCount ? Int(rootChild[Int(key)]) : -1 }
        var low = Int(edgeStart[node]), high = Int(edgeStart[node + 1]) - 1
        while low <= high {
            let mid = (low + high) >> 1
            let k = edgeKeys[mid]
            if k == key { return Int(edgeTargets[mid]) }
            if k < key { low = mid + 1 } else { high = mid - 1 }
        }
        return -1
    }
}
