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

    /// Appends one document's terms, as ``IndexTerms`` wrote them.
    mutating func append(_ buffer: borrowing TermBuffer) {
        let written = UnsafeBufferPointer(start: buffer.terms, count: buffer.termCount)
        if terms.isEmpty {
            terms.append(contentsOf: written)
        } else {
            // After earlier terms: byte ranges shift by the bytes already held.
            let shift = Int32(bytes.count)
            for term in written {
                var moved = term
                moved.bytes = (term.bytes.lowerBound + shift)..<(term.bytes.upperBound + shift)
                terms.append(moved)
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.bytes, count: buffer.byteCount))
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
