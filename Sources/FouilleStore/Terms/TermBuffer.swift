import FouilleText

/// One document's terms as ``IndexTerms`` writes them, before they become a ``TermStream``.
///
/// Raw storage sized from the document up front: a term is a `memcpy` and a
/// record store, without the uniqueness and capacity checks of two array
/// appends. It grows only when variants (`Ki-67` → `ki67`, `ki`, `67`)
/// outrun the estimate.
struct TermBuffer: ~Copyable {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCount = 0
    private var byteCapacity: Int
    private(set) var terms: UnsafeMutablePointer<TermStream.Term>
    private(set) var termCount = 0
    private var termCapacity: Int

    /// `textLength`: the original text's, whose offsets the terms keep.
    init(byteCapacity: Int, termCapacity: Int, textLength: Int) {
        // Term bytes and text offsets are stored as Int32: a text must stay well below 2 GB (its terms may be longer).
        precondition(textLength < Int(Int32.max) / 8 && byteCapacity < Int(Int32.max) / 8, "a text of 256 MB or more cannot be indexed")
        self.byteCapacity = max(byteCapacity, 16)
        self.termCapacity = max(termCapacity, 4)
        bytes = .allocate(capacity: self.byteCapacity + Self.slack)
        terms = .allocate(capacity: self.termCapacity)
    }

    deinit {
        bytes.deallocate()
        terms.deallocate()
    }

    /// Appends a term; `colocated` puts it at the previous term's position. An empty term is no term.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count: Int, textStart: Int, textEnd: Int, colocated: Bool) {
        guard count > 0 else { return }
        if byteCount + count > byteCapacity { growBytes(to: byteCount + count) }
        if termCount == termCapacity { growTerms() }
        (bytes + byteCount).initialize(from: source, count: count)
        record(count: count, textStart: textStart, textEnd: textEnd, colocated: colocated && termCount > 0)
    }

    /// The record of the `count` bytes just written. Offsets fit in 32 bits (checked once, in ``init(byteCapacity:termCapacity:textLength:)``).
    @inline(__always)
    private mutating func record(count: Int, textStart: Int, textEnd: Int, colocated: Bool) {
        let start = Int32(truncatingIfNeeded: byteCount), end = Int32(truncatingIfNeeded: byteCount &+ count)
        (terms + termCount).initialize(to: TermStream.Term(
            bytes: Range(uncheckedBounds: (start, end)), textStart: Int32(truncatingIfNeeded: textStart),
            textEnd: Int32(truncatingIfNeeded: textEnd), colocated: colocated))
        byteCount &+= count
        termCount &+= 1
    }

    mutating func append(_ term: ArraySlice<UInt8>, textStart: Int, textEnd: Int, colocated: Bool) {
        term.withUnsafeBufferPointer { term in
            guard let base = term.baseAddress else { return }
            append(base, count: term.count, textStart: textStart, textEnd: textEnd, colocated: colocated)
        }
    }

    mutating func append(_ term: [UInt8], textStart: Int, textEnd: Int, colocated: Bool) {
        append(term[...], textStart: textStart, textEnd: textEnd, colocated: colocated)
    }

    /// Appends a copy of `term` with one byte changed (`2,5` → `2.5`).
    mutating func append(_ term: [UInt8], textStart: Int, textEnd: Int, colocated: Bool, replacing index: Int, with byte: UInt8) {
        let start = byteCount
        append(term, textStart: textStart, textEnd: textEnd, colocated: colocated)
        if byteCount > start { bytes[start + index] = byte }
    }

    /// Appends a word token's bytes eight at a time, unless one is a hyphen or white space
    /// (a byte below `.`, found by a word-wide compare): then nothing is appended and the result is false.
    /// `readable` is the end of the source's memory: a word load never runs past it.
    @inline(__always)
    mutating func appendPlain(_ source: UnsafePointer<UInt8>, from: Int, to: Int, readable: Int,
                              textStart: Int, textEnd: Int) -> Bool {
        let count = to - from
        guard count > 0 else { return true }
        if byteCount + count > byteCapacity { growBytes(to: byteCount + count) }
        if termCount == termCapacity { growTerms() }
        let target = UnsafeMutableRawPointer(bytes + byteCount)
        var i = from
        while i < to {
            guard i + 8 <= readable else { return appendPlainByBytes(source, from: i, to: to, copied: i - from, textStart: textStart, textEnd: textEnd) }
            var word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
            let left = to - i
            if left < 8 { word |= ~0 << (UInt64(left) * 8) }  // (little-endian) bytes past the token read as 0xFF: never a separator
            if ByteSearch.bytes(below: 0x2E, in: word) != 0 {
                for j in i..<min(to, i + 8) where Self.separates(source[j]) { return false }
            }
            // The slack after the capacity takes the bytes written past the token.
            target.storeBytes(of: word, toByteOffset: i - from, as: UInt64.self)
            i += 8
        }
        commit(count: count, textStart: textStart, textEnd: textEnd)
        return true
    }

    /// The end of ``appendPlain`` near the end of the source, a byte at a time.
    private mutating func appendPlainByBytes(_ source: UnsafePointer<UInt8>, from: Int, to: Int, copied: Int,
                                             textStart: Int, textEnd: Int) -> Bool {
        for j in from..<to where Self.separates(source[j]) { return false }
        (bytes + byteCount + copied).initialize(from: source + from, count: to - from)
        commit(count: copied + to - from, textStart: textStart, textEnd: textEnd)
        return true
    }

    @inline(__always)
    private mutating func commit(count: Int, textStart: Int, textEnd: Int) {
        record(count: count, textStart: textStart, textEnd: textEnd, colocated: false)
    }

    /// A hyphen or white space: the bytes a plain word has none of.
    @inline(__always)
    static func separates(_ b: UInt8) -> Bool { b == 0x2D || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Bytes allocated past the capacity, for whole-word stores.
    private static let slack = 8

    private mutating func growBytes(to needed: Int) {
        let capacity = max(needed, byteCapacity * 2)
        precondition(capacity < Int(Int32.max), "a text's terms must stay below 2 GB")
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + Self.slack)
        grown.moveInitialize(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private mutating func growTerms() {
        let capacity = termCapacity * 2
        let grown = UnsafeMutablePointer<TermStream.Term>.allocate(capacity: capacity)
        grown.moveInitialize(from: terms, count: termCount)
        terms.deallocate()
        terms = grown
        termCapacity = capacity
    }
}
