import Foundation
import FouilleExtraction
import FouilleFormats
import FouilleText

/// Scores the extraction pipeline itself on a gold folder: each gold text is
/// extracted, written as brat, read back and compared with the gold.
///
/// Going through brat on purpose: what is scored is exactly what
/// `fouille extract --format brat` writes.
public enum EngineEvaluation {
    /// Extracts every gold text with `pipeline` and scores it; `savePredictions`
    /// also writes each prediction (`NAME.ann` + `NAME.txt`) into that folder.
    public static func run(goldFolder: String, pipeline: ExtractionPipeline, savePredictions: String? = nil) throws -> Evaluation.Run {
        var input = EvaluationInput.loadGold(folder: goldFolder)
        if let savePredictions { try FileManager.default.createDirectory(atPath: savePredictions, withIntermediateDirectories: true) }
        for index in input.pairs.indices {
            let gold = input.pairs[index].gold
            let result = try pipeline.extract(Document(id: gold.name, text: gold.text.text))
            let annotation = BratExport.annotation(for: result)
            let parsed = BratParser.parse(annotation, file: "\(gold.name).ann (engine)")
            input.diagnostics += parsed.diagnostics
            input.pairs[index].prediction = EvaluationDocument(name: gold.name, text: gold.text, brat: parsed.document)
            if let savePredictions {
                let base = URL(fileURLWithPath: savePredictions).appendingPathComponent(gold.name)
                try Data(annotation.utf8).write(to: base.appendingPathExtension("ann"))
                try Data(gold.text.bytes).write(to: base.appendingPathExtension("txt"))
            }
        }
        return Evaluation.Run(report: CorpusEvaluator.evaluate(input.pairs), diagnostics: input.diagnostics, skipped: input.skipped)
    }
}
