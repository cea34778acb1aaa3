/// A `#` line (annotator notes: `#1<TAB>AnnotatorNotes T3<TAB>à revoir`), kept verbatim.
///
/// Notes are not scored and not checked; they are kept so that rewriting a
/// gold file never loses an annotator's remark.
public struct BratNote: Sendable, Hashable {
    /// `#` followed by a number or name.
    public var id: String
    /// Everything after the first tab, as written.
    public var body: String
    /// 1-based line in the `.ann` file, 0 when built in code; not part of equality.
    public var line: Int

    public init(id: String, body: String, line: Int = 0) {
        self.id = id
        self.body = body
        self.line = line
    }

    /// Equal when the annotations are; the line they were read from is ignored.
    public static func == (lhs: BratNote, rhs: BratNote) -> Bool { lhs.id == rhs.id && lhs.body == rhs.body }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(body)
    }
}
