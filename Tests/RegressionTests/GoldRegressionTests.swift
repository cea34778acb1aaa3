import Foundation
import Testing
import FouilleEvaluation
import FouilleExtraction
import FouilleLexicon

/// The regression gate: the engine's scores on a gold corpus may not fall more
/// than 0.01 strict micro-F1 below its committed baseline (`Corpora/gold-dev` →
/// `Evaluation/baseline.json`, the held-out `Corpora/gold-test` → `Evaluation/baseline-test.json`).
///
/// Update a baseline deliberately, when scores move for a reason (see `Evaluation/README.md`).
@Test(arguments: [("Corpora/gold-dev", "Evaluation/baseline.json"), ("Corpora/gold-test", "Evaluation/baseline-test.json"),
                   ("Corpora/gold-blind", "Evaluation/baseline-blind.json")])
func goldScoresDoNotRegress(_ corpus: String, _ baselinePath: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let lexicon = try LexiconLoader.load(directories: [root.appendingPathComponent("Lexicons").path])
    #expect(lexicon.errors.isEmpty)
    let run = try EngineEvaluation.run(goldFolder: root.appendingPathComponent(corpus).path,
                                       pipeline: ExtractionPipeline(lexicon: lexicon))
    // The gold corpus itself is valid, and every document was scored.
    #expect(run.diagnostics.filter(\.isError).isEmpty, "\(run.diagnostics.prefix(5))")
    #expect(run.skipped.isEmpty)
    #expect(run.report.documents.count >= 16)

    let baselineData = try Data(contentsOf: root.appendingPathComponent(baselinePath))
    let baseline = try #require(try JSONSerialization.jsonObject(with: baselineData) as? [String: Any])
    let entities = try #require(baseline["entities"] as? [String: Any])
    let strict = try #require(entities["strict"] as? [String: Any])
    let micro = try #require(strict["micro"] as? [String: Any])
    let baselineF1 = try #require(micro["f1"] as? Double)
    let f1 = run.report.strict.micro.f1
    #expect(f1 >= baselineF1 - 0.01, "\(corpus): strict micro-F1 \(f1) fell below the baseline \(baselineF1) by more than 0.01")
}
