/// A binary relation, a brat `R` line: `R1<TAB>HasValue Arg1:T3 Arg2:T4`.
public struct BratRelation: Sendable, Hashable {
    /// `R` followed by a number, unique in its file.
    public var id: String
    /// The label as written (`HasValue`, `HasDose`); see ``GuidelineRelation``.
    public var label: String
    /// The id of the `Arg1` entity.
    public var arg1: String
    /// The id of the `Arg2` entity.
    public var arg2: String
    /// 1-based line in the `.ann` file, 0 when built in code; not part of equality.
    public var line: Int

    public init(id: String, label: String, arg1: String, arg2: String, line: Int = 0) {
        self.id = id
        self.label = label
        self.arg1 = arg1
        self.arg2 = arg2
        self.line = line
    }

    /// Equal when the annotations are; the line they were read from is ignored.
    public static func == (lhs: BratRelation, rhs: BratRelation) -> Bool {
        lhs.id == rhs.id && lhs.label == rhs.label && lhs.arg1 == rhs.arg1 && lhs.arg2 == rhs.arg2
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(label)
        hasher.combine(arg1)
        hasher.combine(arg2)
    }
}
