import ArgumentParser
import Foundation
import FouilleExtraction
import FouilleFormats
import FouilleLexicon
import FouilleText

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract tumours, sites, biomarkers and treatments from reports.",
        discussion: """
        Reads .txt files, folders and .jsonl files, runs the pipeline on every core, and writes:
          --format summary   a readable summary of what was found (default)
          --format brat      DIR/NAME.ann + DIR/NAME.txt per document, per the annotation guideline (needs --out DIR)
          --format jsonl     one JSON object per document, to --out FILE or standard output
        Every run ends with the number of documents read, extracted and failed, and lists the failed ones.
        Examples:
          fouille extract Corpora/samples
          fouille extract Corpora/samples --format brat --out /tmp/ann
          fouille extract reports.jsonl --format jsonl --out facts.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case summary, brat, jsonl }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    @Option(help: "summary, brat or jsonl.") var format: Format = .summary
    @Option(help: "Output folder (brat) or file (jsonl).") var out: String?
    @Option(help: "Worker threads (default: every core).") var threads: Int = OrderedParallelMap.defaultWorkers
    @Flag(help: "Exit with status 1 when any document failed.") var failOnError = false

    func validate() throws {
        if format == .brat, out == nil { throw ValidationError("--format brat needs --out DIR") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let lexicon = try lexicons.load()
        var reader = try input.reader()
        var tally = BatchTally()
        let sink = try OutputSink(format: format, out: out)
        var summary = ExtractionSummary()
        let clock = Stopwatch()
        try OrderedParallelMap.run(
            workers: threads,
            next: { reader.next() },
            makeJob: { try ExtractionJob.make(lexicon: lexicon) },
            consume: { outcome in
                tally.read += 1
                switch outcome {
                case .failure(let failure):
                    tally.failed.append(failure)
                    Console.error("error: \(failure)")
                case .success(let result):
                    do {
                        try sink.write(result)
                        tally.extracted += 1
                        tally.bytes += result.text.bytes.count
                        summary.add(result)
                    } catch {
                        tally.failed.append(InputFailure(source: result.document.id, reason: "cannot write output: \(error)"))
                    }
                }
            }
        )
        try sink.finish()
        if format == .summary { print(summary.render()) }
        tally.report(seconds: clock.elapsed)
        if failOnError, !tally.failed.isEmpty { throw ExitCode(1) }
    }
}
