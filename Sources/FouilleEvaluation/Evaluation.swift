import FouilleFormats

/// Scoring brat folders in one call: read, validate, pair, score.
///
/// ```swift
/// let run = Evaluation.compareFolders(gold: "Corpora/gold-dev", prediction: "out/brat")
/// run.diagnostics.forEach { print($0) }
/// print(ReportTable.render(run.report))
/// ```
/// For predictions that are not files (the extraction pipeline run on the gold
/// texts), read the gold with ``EvaluationInput/loadGold(folder:)``, fill each
/// ``DocumentPair/prediction``, and call ``CorpusEvaluator/evaluate(_:)``.
public enum Evaluation {
    /// The outcome of scoring two folders.
    public struct Run: Sendable {
        public var report: EvaluationReport
        /// Problems in either folder; scoring went on without what they made unusable.
        public var diagnostics: [BratDiagnostic]
        /// Gold documents left out (unreadable text).
        public var skipped: [String]

        public init(report: EvaluationReport, diagnostics: [BratDiagnostic], skipped: [String]) {
            self.report = report
            self.diagnostics = diagnostics
            self.skipped = skipped
        }
    }

    public static func compareFolders(gold: String, prediction: String) -> Run {
        let input = EvaluationInput.load(goldFolder: gold, predictionFolder: prediction)
        return Run(report: CorpusEvaluator.evaluate(input.pairs), diagnostics: input.diagnostics, skipped: input.skipped)
    }
}
