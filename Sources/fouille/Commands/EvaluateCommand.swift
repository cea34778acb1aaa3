import ArgumentParser
import Foundation
import FouilleEvaluation
import FouilleExtraction
import FouilleFormats

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score brat predictions against a gold folder (or two annotators against each other).",
        discussion: """
        Documents are paired by name (NAME.ann, NAME.txt). A gold document without a prediction counts as all \
        missed; a prediction without gold is reported and not scored. A prediction folder may hold .ann files only. \
        Scoring follows the guideline: entities strict and overlap, attributes, relations, normalisation.
        Examples: fouille evaluate --gold Corpora/gold-dev --pred out/brat
                  fouille evaluate --gold annotator1 --pred annotator2 --agreement --html agreement.html
        """
    )

    enum Format: String, ExpressibleByArgument { case table, json }

    @Option(help: ArgumentHelp("The gold folder (NAME.txt + NAME.ann).", valueName: "dir"))
    var gold: String

    @Option(help: ArgumentHelp("The predicted folder (NAME.ann, with or without NAME.txt).", valueName: "dir"))
    var pred: String?

    @Option(help: "table (readable) or json (stable keys, documented in ReportJSON.swift).")
    var format: Format = .table

    @Option(help: ArgumentHelp("Also write a self-contained HTML report with every error in context.", valueName: "file"))
    var html: String?

    @Flag(help: "The two folders are two annotators: label the output as inter-annotator agreement.")
    var agreement = false

    @Option(help: ArgumentHelp("Without --pred: also write the engine's predictions as brat into this folder.", valueName: "dir"))
    var savePred: String?

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let mode: ReportMode = agreement ? .agreement : .evaluation
        let run = try pred.map { Evaluation.compareFolders(gold: gold, prediction: $0) } ?? engineRun()
        for diagnostic in run.diagnostics { Console.error(diagnostic.description) }
        let errors = run.diagnostics.filter(\.isError).count
        if !run.diagnostics.isEmpty {
            Console.error("inputs: \(errors) error(s), \(run.diagnostics.count - errors) warning(s) (unreadable files, lines and entities were left out; everything else is scored)")
        }
        switch format {
        case .table: print(ReportTable.render(run.report, mode: mode), terminator: "")
        case .json: print(ReportJSON.render(run.report, mode: mode), terminator: "")
        }
        if let html {
            let page = ReportHTML.render(run.report, mode: mode, gold: gold, prediction: pred ?? "Fouille \(savePred ?? "(engine)")")
            do {
                try Data(page.utf8).write(to: URL(fileURLWithPath: html))
            } catch {
                throw ValidationError("cannot write \(html): \(error.localizedDescription)")
            }
            Console.error("wrote \(html)")
        }
    }

    /// Runs the extraction pipeline on every gold text and scores it.
    private func engineRun() throws -> Evaluation.Run {
        guard !agreement else { throw ValidationError("--agreement compares two annotators: give --pred") }
        let pipeline = try ExtractionPipeline(lexicon: try lexicons.load())
        return try EngineEvaluation.run(goldFolder: gold, pipeline: pipeline, savePredictions: savePred)
    }
}
