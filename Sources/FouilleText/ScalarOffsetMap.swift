/// Converts UTF-8 byte offsets into Unicode scalar offsets and back.
///
/// brat and BioC count Unicode scalars (what Python's `str` indexes); Fouille
/// works in bytes. The map is built once per document in one pass.
public struct ScalarOffsetMap: Sendable {
    /// `scalarsBefore[b]` is the number of scalars that start before byte `b`.
    private let scalarsBefore: [Int32]
    /// `byteOfScalar[s]` is the byte offset of scalar `s`; one extra entry for the end.
    private let byteOfScalar: [Int32]

    public init(utf8 bytes: some Collection<UInt8>) {
        var before = [Int32]()
        before.reserveCapacity(bytes.count + 1)
        var starts = [Int32]()
        starts.reserveCapacity(bytes.count + 1)
        var count: Int32 = 0
        var offset: Int32 = 0
        for byte in bytes {
            before.append(count)
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if byte & 0xC0 != 0x80 {
                starts.append(offset)
                count += 1
            }
            offset += 1
        }
        before.append(count)
        starts.append(offset)
        scalarsBefore = before
        byteOfScalar = starts
    }

    public init(text: String) { self.init(utf8: text.utf8) }

    /// Number of Unicode scalars in the text.
    public var scalarCount: Int { byteOfScalar.count - 1 }
    /// Number of UTF-8 bytes in the text.
    public var byteCount: Int { scalarsBefore.count - 1 }

    /// The scalar offset of a byte offset (a byte inside a scalar maps to that scalar's end).
    public func scalarOffset(ofByte byte: Int) -> Int { Int(scalarsBefore[byte]) }

    /// The byte offset of a scalar offset, or nil when out of range.
    public func byteOffset(ofScalar scalar: Int) -> Int? {
        guard scalar >= 0, scalar < byteOfScalar.count else { return nil }
        return Int(byteOfScalar[scalar])
    }

    public func scalarRange(of span: TextSpan) -> Range<Int> {
        scalarOffset(ofByte: span.start)..<scalarOffset(ofByte: span.end)
    }

    /// The byte span of a scalar range, or nil when out of range.
    public func byteSpan(ofScalars range: Range<Int>) -> TextSpan? {
        guard let start = byteOffset(ofScalar: range.lowerBound),
              let end = byteOffset(ofScalar: range.upperBound) else { return nil }
        return TextSpan(start: start, end: end)
    }
}
