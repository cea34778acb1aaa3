import Foundation
import Testing
import FouilleEvaluation
import FouilleExtraction
import FouilleLexicon

/// The regression gate: the engine's scores on `Corpora/gold-dev` may not fall
/// more than 0.01 strict micro-F1 below `Evaluation/baseline.json`.
///
/// Update the baseline deliberately, when scores move for a reason (see `Evaluation/README.md`).
@Test func goldDevScoresDoNotRegress() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let lexicon = try LexiconLoader.load(directories: [root.appendingPathComponent("Lexicons").path])
    #expect(lexicon.errors.isEmpty)
    let run = try EngineEvaluation.run(goldFolder: root.appendingPathComponent("Corpora/gold-dev").path,
                                       pipeline: ExtractionPipeline(lexicon: lexicon))
    // The gold corpus itself is valid, and every document was scored.
    #expect(run.diagnostics.filter(\.isError).isEmpty, "\(run.diagnostics.prefix(5))")
    #expect(run.skipped.isEmpty)
    #expect(run.report.documents.count >= 40)

    let baselineData = try Data(contentsOf: root.appendingPathComponent("Evaluation/baseline.json"))
    let baseline = try #require(try JSONSerialization.jsonObject(with: baselineData) as? [String: Any])
    let entities = try #require(baseline["entities"] as? [String: Any])
    let strict = try #require(entities["strict"] as? [String: Any])
    let micro = try #require(strict["micro"] as? [String: Any])
    let baselineF1 = try #require(micro["f1"] as? Double)
    let f1 = run.report.strict.micro.f1
    #expect(f1 >= baselineF1 - 0.01, "strict micro-F1 \(f1) fell below the baseline \(baselineF1) by more than 0.01")
}
