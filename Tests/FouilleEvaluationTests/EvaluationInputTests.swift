import Foundation
import Testing
import FouilleFormats
@testable import FouilleEvaluation

@Suite("evaluation input")
struct EvaluationInputTests {
    @Test func pairsFoldersByNameAndGoesOnAfterProblems() throws {
        let root = try evaluationTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let gold = root.appendingPathComponent("gold"), pred = root.appendingPathComponent("pred")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: pred, withIntermediateDirectories: true)
        func write(_ folder: URL, _ name: String, _ content: String) throws {
            try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let text = "Adénocarcinome pulmonaire, EGFR muté."
        let annotation = "T1\tTumour 0 14\tAdénocarcinome\nT2\tSite 15 25\tpulmonaire\nT3\tBiomarker 27 31\tEGFR\nT4\tBiomarkerValue 32 36\tmuté\nR1\tHasValue Arg1:T3 Arg2:T4\n"
        for name in ["a", "b", "c"] {
            try write(gold, "\(name).txt", text)
            try write(gold, "\(name).ann", annotation)
        }
        try write(gold, "e.ann", annotation)                       // no text: skipped
        try write(pred, "a.ann", "T1\tTumour 0 14\tAdénocarcinome\nT2\tSite 15 25\tpulmonaire\n")  // .ann only: gold text used
        try write(pred, "b.txt", text + " ")                       // a different text
        try write(pred, "b.ann", annotation)
        try write(pred, "d.txt", text)                             // no gold
        try write(pred, "d.ann", annotation)
        try write(pred, "e.ann", annotation)
        // c: no prediction

        let input = EvaluationInput.load(goldFolder: gold.path, predictionFolder: pred.path)
        #expect(input.pairs.map(\.name) == ["a", "b", "c"])
        #expect(input.skipped == ["e"])
        #expect(input.pairs.map { $0.prediction != nil } == [true, false, false])
        #expect(input.pairs[0].prediction?.entities.count == 2)
        let messages = input.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("b.txt") && $0.contains("differs from the gold text") && $0.contains("error") })
        #expect(messages.contains { $0.contains("no prediction for c") && $0.contains("4 gold entities count as missed") && $0.contains("warning") })
        #expect(messages.contains { $0.contains("d.ann") && $0.contains("without a gold document") && $0.contains("warning") })
        #expect(messages.contains { $0.contains("e.txt") && $0.contains("missing text file") })

        let report = CorpusEvaluator.evaluate(input.pairs)
        #expect(report.strict.micro == Score(truePositives: 2, falsePositives: 0, falseNegatives: 10))
        #expect(report.relations.micro == Score(truePositives: 0, falsePositives: 0, falseNegatives: 3))

        let run = Evaluation.compareFolders(gold: gold.path, prediction: pred.path)
        #expect(run.report.strict.micro == report.strict.micro)
        #expect(run.skipped == ["e"])
    }

    @Test func predictionOffsetsAreCheckedAgainstTheGoldText() throws {
        let root = try evaluationTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let gold = root.appendingPathComponent("gold"), pred = root.appendingPathComponent("pred")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: pred, withIntermediateDirectories: true)
        try "Mélanome.".write(to: gold.appendingPathComponent("m.txt"), atomically: true, encoding: .utf8)
        try "T1\tTumour 0 8\tMélanome\n".write(to: gold.appendingPathComponent("m.ann"), atomically: true, encoding: .utf8)
        // Byte offsets by mistake: é is two bytes, so 0 9 is one character too far.
        try "T1\tTumour 0 9\tMélanome\nT2\tStage 5 99\tx\n".write(to: pred.appendingPathComponent("m.ann"), atomically: true, encoding: .utf8)
        let input = EvaluationInput.load(goldFolder: gold.path, predictionFolder: pred.path)
        #expect(input.diagnostics.map(\.kind) == [.spanTextMismatch, .spanOutOfRange])
        #expect(input.pairs[0].prediction?.entities.map(\.end) == [9], "out of range is dropped; a text mismatch is scored as written")
        let report = CorpusEvaluator.evaluate(input.pairs)
        #expect(report.strict.micro.truePositives == 0 && report.overlap.micro.truePositives == 1)
    }

    @Test func missingFoldersAreDiagnosticsNotCrashes() {
        let input = EvaluationInput.load(goldFolder: "/nonexistent/gold", predictionFolder: "/nonexistent/pred")
        #expect(input.pairs.isEmpty)
        #expect(input.errorCount == 2)
        #expect(CorpusEvaluator.evaluate(input.pairs).strict.micro.isEmpty)
    }
}
