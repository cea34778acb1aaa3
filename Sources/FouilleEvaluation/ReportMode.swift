/// How a report presents its two sides: a system against gold, or two annotators.
///
/// The numbers are the same; the words differ. For agreement, side A is the
/// `--gold` folder and side B the `--pred` folder.
public enum ReportMode: String, Sendable, CaseIterable {
    case evaluation
    case agreement

    public var title: String {
        switch self {
        case .evaluation: return "Evaluation against gold"
        case .agreement: return "Inter-annotator agreement"
        }
    }

    /// Column name of the reference side.
    public var goldLabel: String { self == .evaluation ? "gold" : "A" }
    /// Column name of the compared side.
    public var predictionLabel: String { self == .evaluation ? "pred" : "B" }

    /// What the numbers mean in this mode; nil for a plain evaluation.
    public var note: String? {
        switch self {
        case .evaluation:
            return nil
        case .agreement:
            return "Annotator A is the --gold folder, annotator B the --pred folder. "
                + "Strict F1 is the pairwise agreement between A and B (positive specific agreement: "
                + "2 × identical annotations / (annotations of A + annotations of B)). It stands in for Cohen's kappa, "
                + "which span annotation cannot compute because the spans nobody annotated (true negatives) are not countable; "
                + "F1 approaches kappa when negatives dominate. It is symmetric: swapping A and B swaps precision and recall, "
                + "F1 is unchanged. Attribute, relation and code figures are agreement on the entities both annotated identically."
        }
    }
}
