import FouilleFormats
import FouilleLexicon

/// An entity as scoring sees it: a guideline type, a continuous span, its attributes and codes.
///
/// Offsets are **Unicode scalar offsets** (brat's unit), start inclusive, end
/// exclusive, so gold files and predictions compare without conversion.
public struct EvaluationEntity: Sendable, Hashable {
    /// The id in its file (`T12`), used to resolve relations.
    public var id: String
    public var type: EntityType
    public var start: Int
    public var end: Int
    /// The text at those offsets.
    public var text: String
    public var attributes: Set<GuidelineAttribute>
    /// `NAMESPACE:CODE` strings, sorted; the guideline gives at most one.
    public var codes: [String]

    public init(id: String, type: EntityType, start: Int, end: Int, text: String,
                attributes: Set<GuidelineAttribute> = [], codes: [String] = []) {
        self.id = id
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.attributes = attributes
        self.codes = codes.sorted()
    }

    /// Number of scalars two spans share (0 when disjoint).
    public func overlap(with other: EvaluationEntity) -> Int {
        max(0, min(end, other.end) - max(start, other.start))
    }
}
