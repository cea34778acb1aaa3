/// A normalisation, a brat `N` line: `N1<TAB>Reference T1 ICDO3M:8500/3<TAB>Carcinome canalaire infiltrant`.
public struct BratNormalization: Sendable, Hashable {
    /// `N` followed by a number, unique in its file.
    public var id: String
    /// The normalisation kind; the guideline uses only `Reference`.
    public var kind: String
    /// The id of the normalised entity.
    public var target: String
    /// `NAMESPACE:CODE`, e.g. `ICDO3M:8500/3` (checked with `CodeShape`).
    public var code: String
    /// The third column; by the guideline's example, the entity's text.
    public var text: String
    /// 1-based line in the `.ann` file, 0 when built in code; not part of equality.
    public var line: Int

    public init(id: String, kind: String = "Reference", target: String, code: String, text: String, line: Int = 0) {
        self.id = id
        self.kind = kind
        self.target = target
        self.code = code
        self.text = text
        self.line = line
    }

    /// The part before the first colon (`ICDO3M`), or nil when there is no colon.
    public var namespace: String? {
        code.firstIndex(of: ":").map { String(code[..<$0]) }
    }

    /// Equal when the annotations are; the line they were read from is ignored.
    public static func == (lhs: BratNormalization, rhs: BratNormalization) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.target == rhs.target && lhs.code == rhs.code && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(target)
        hasher.combine(code)
    }
}
