/// The root edges of a ``TermMatcher``'s trie, inlined into callers.
///
/// Most tokens start no term of a given matcher. Callers ask at nearly every
/// token, so the answer is a bounds test and one load from a plain pointer,
/// compiled into the caller: no call, no retain, no closure.
@usableFromInline
struct TermStarts: @unchecked Sendable {  // points into the matcher's immutable trie, which outlives it
    /// The trie's root child per token id (-1: no term starts with that token).
    @usableFromInline let child: UnsafePointer<Int32>
    @usableFromInline let count: UInt32

    init(child: UnsafePointer<Int32>, count: Int) {
        self.child = child
        self.count = UInt32(count)
    }

    /// True when a term starts with token id `key` (ids < 0, unknown or skippable, start none).
    @inlinable @inline(__always)
    func contains(_ key: Int32) -> Bool {
        UInt32(bitPattern: key) < count && child[Int(key)] >= 0
    }
}
