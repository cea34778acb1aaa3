/// A text-bound annotation, a brat `T` line: `T1<TAB>Tumour 0 30<TAB>Carcinome canalaire infiltrant`.
///
/// Offsets are **Unicode scalar offsets** into the `.txt` (what brat and
/// Python's `str` count), start inclusive, end exclusive; convert to UTF-8
/// byte offsets with `ScalarOffsetMap` before touching Fouille's own spans.
/// The type is kept as written, so an unknown type survives a round trip and
/// the validator can name it.
public struct BratEntity: Sendable, Hashable {
    /// `T` followed by a number, unique in its file.
    public var id: String
    /// The type as written; see ``entityType`` for the guideline's type.
    public var type: String
    /// One range, or several for a discontinuous span (`10 15;20 25`), which
    /// the guideline does not use: the validator reports it.
    public var fragments: [Range<Int>]
    /// The span's text as written in the `.ann` file.
    public var text: String
    /// 1-based line in the `.ann` file, 0 when built in code; not part of equality.
    public var line: Int

    public init(id: String, type: String, fragments: [Range<Int>], text: String, line: Int = 0) {
        self.id = id
        self.type = type
        self.fragments = fragments
        self.text = text
        self.line = line
    }

    /// A continuous entity.
    public init(id: String, type: String, start: Int, end: Int, text: String, line: Int = 0) {
        self.init(id: id, type: type, fragments: [start..<end], text: text, line: line)
    }

    /// First scalar, inclusive.
    public var start: Int { fragments.first?.lowerBound ?? 0 }
    /// Scalar after the last one, exclusive (the end of the last fragment).
    public var end: Int { fragments.last?.upperBound ?? 0 }
    public var isDiscontinuous: Bool { fragments.count > 1 }

    /// Equal when the annotations are; the line they were read from is ignored.
    public static func == (lhs: BratEntity, rhs: BratEntity) -> Bool {
        lhs.id == rhs.id && lhs.type == rhs.type && lhs.fragments == rhs.fragments && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(type)
        hasher.combine(fragments)
    }
}
