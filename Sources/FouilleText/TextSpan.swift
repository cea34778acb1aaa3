/// A half-open range of **UTF-8 byte offsets** into a document's original text.
///
/// Every layer of Fouille (tokens, sentences, sections, entities) keeps its
/// positions in this unit: it indexes the stored bytes directly, and never
/// moves when the text is normalised or folded. Convert to Unicode scalar
/// offsets (what brat and BioC count) only at the output boundary, with
/// ``ScalarOffsetMap``.
public struct TextSpan: Hashable, Comparable, Sendable, Codable {
    /// First byte, inclusive.
    public var start: Int
    /// Byte after the last one, exclusive.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
