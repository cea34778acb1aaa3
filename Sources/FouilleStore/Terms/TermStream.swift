/// The searchable terms of one text, in order, as FTS5 receives them.
///
/// Flat storage (one byte buffer, one record array) filled per document, so
/// the index hot path allocates per document, not per term. A term is either
/// a new position or a variant colocated with the previous term
/// (`FTS5_TOKEN_COLOCATED`): `Ki-67` gives `ki67` at a position and `ki`,
/// `67` at the same one.
public struct TermStream: Sendable, Equatable {
    public struct Term: Sendable, Equatable {
        /// The term's bytes in ``TermStream/bytes``.
        public var bytes: Range<Int32>
        /// UTF-8 byte offsets of the token in the original text.
        public var textStart: Int32
        public var textEnd: Int32
        /// True for a variant at the same position as the previous term.
        public var colocated: Bool
    }

    public private(set) var bytes: [UInt8] = []
    public private(set) var terms: [Term] = []

    public init(expectedTokens: Int = 0) {
        bytes.reserveCapacity(expectedTokens * 8)
        terms.reserveCapacity(expectedTokens + expectedTokens / 8)
    }

    /// Appends a term; `colocated` puts it at the previous term's position.
    mutating func append<C: Collection>(_ term: C, textStart: Int, textEnd: Int, colocated: Bool) where C.Element == UInt8 {
        guard !term.isEmpty else { return }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: term)
        terms.append(Term(bytes: start..<Int32(bytes.count), textStart: Int32(textStart), textEnd: Int32(textEnd),
                          colocated: colocated && !terms.isEmpty))
    }

    /// Appends a copy of `term` with one byte changed (`2,5` → `2.5`), without a temporary array.
    mutating func append(_ term: [UInt8], textStart: Int, textEnd: Int, colocated: Bool, replacing index: Int, with byte: UInt8) {
        let start = bytes.count
        append(term, textStart: textStart, textEnd: textEnd, colocated: colocated)
        if bytes.count > start { bytes[start + index] = byte }
    }

    /// The terms as strings, `+` marking colocated variants (`ki67 +ki +67`), for tests and `fouille tokenize`.
    public var strings: [String] {
        terms.map { (t: Term) -> String in
            let text = String(decoding: bytes[Int(t.bytes.lowerBound)..<Int(t.bytes.upperBound)], as: UTF8.self)
            return t.colocated ? "+" + text : text
        }
    }

    /// The primary terms only (one per position), as a query sees them.
    public var primaryStrings: [String] {
        terms.filter { !$0.colocated }.map { String(decoding: bytes[Int($0.bytes.lowerBound)..<Int($0.bytes.upperBound)], as: UTF8.self) }
    }
}
