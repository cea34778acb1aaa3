/// An attribute, a brat `A` line: `A1<TAB>Negated T3` (binary) or `A1<TAB>Name T3 VALUE`.
///
/// The guideline's attributes are all binary (``GuidelineAttribute``); a value
/// is kept so that the validator can report it and the writer can give it back.
public struct BratAttribute: Sendable, Hashable {
    /// `A` followed by a number, unique in its file.
    public var id: String
    /// The attribute name as written.
    public var name: String
    /// The id of the annotated entity (`T3`).
    public var target: String
    /// The value of a multi-valued attribute; nil for a binary one.
    public var value: String?
    /// 1-based line in the `.ann` file, 0 when built in code; not part of equality.
    public var line: Int

    public init(id: String, name: String, target: String, value: String? = nil, line: Int = 0) {
        self.id = id
        self.name = name
        self.target = target
        self.value = value
        self.line = line
    }

    /// Equal when the annotations are; the line they were read from is ignored.
    public static func == (lhs: BratAttribute, rhs: BratAttribute) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.target == rhs.target && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(name)
        hasher.combine(target)
    }
}
