import ArgumentParser
import Foundation
import FouilleExtraction
import FouilleFormats
import FouilleStore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Extract reports and store them, their facts and their full text in an SQLite store.",
        discussion: """
        Runs the extraction on every core and writes documents, entities, relations and an FTS5 full-text \
        index (the clinical tokenizer: accents, case and elisions folded) into one SQLite file, created \
        readable by its owner only. Re-indexing a report with the same id and content does nothing; a \
        changed report replaces its old rows. Work is committed in batches: a killed run leaves a \
        consistent store, and `--resume` finishes it.
        Examples:
          fouille index Corpora/samples --db /tmp/fouille-samples.db
          fouille index reports.jsonl --db cohort.db --batch-size 1000
          fouille index --db cohort.db --resume          # continue an interrupted run with its inputs
        The schema is documented in Sources/FouilleStore/README.md.
        """
    )

    @Argument(help: ArgumentHelp(
        "Reports to index: .txt files, folders (searched recursively), .jsonl files ({\"id\", \"text\", \"patient_id\"?, \"date\"?, \"kind\"?} per line), or - for standard input.",
        valueName: "path"))
    var paths: [String] = []

    @Option(help: "The store (SQLite file) to create or update.") var db: String
    @Flag(help: "Continue the store's interrupted run (with its inputs when no path is given).") var resume = false
    @Flag(help: "Extract and store again reports already stored unchanged (after a lexicon change).") var force = false
    @Option(help: "At most this many reports per transaction (fewer when the writer catches up with the extraction).") var batchSize = 500
    @Option(help: "Extraction threads (default: every core); one more thread writes.") var threads = OrderedParallelMap.defaultWorkers
    @Option(help: "Refuse inputs larger than this many bytes.") var maxBytes: Int = 16 << 20
    @Option(help: "How to read standard input: text (one report) or jsonl.") var stdinFormat = "text"
    @Flag(help: "Exit with status 1 when any document failed.") var failOnError = false
    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        if paths.isEmpty && !resume { throw ValidationError("give the reports to index (files, folders, .jsonl), or --resume") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        var inputs = paths
        if resume {
            if let run = try Indexer.interruptedRun(at: db) {
                if inputs.isEmpty { inputs = run.inputs }
                Console.error("resuming run \(run.id) started \(run.startedAt): \(run.counts.read) reports done (\(run.counts.added) added)")
            } else {
                guard !inputs.isEmpty else { throw ValidationError("\(db) has no interrupted run to resume; give the reports to index") }
                Console.error("no interrupted run in \(db): indexing normally")
            }
        }
        let lexicon = try lexicons.load()
        var reader = try InputOptions.reader(paths: inputs, maxBytes: maxBytes, stdinFormat: stdinFormat)
        var options = IndexOptions()
        options.threads = threads
        options.batchSize = batchSize
        options.resume = resume
        options.force = force
        let indexer = Indexer(path: db, lexicon: lexicon, options: options)
        let interactive = isatty(STDERR_FILENO) != 0
        let next: () -> IndexInput? = {
            switch reader.next() {
            case nil: return nil
            case .document(let document)?: return .document(document)
            case .failure(let failure)?:
                Console.error("error: \(failure)")
                return .failure(IndexFailure(source: failure.source, reason: failure.offset.map { "at byte \($0): \(failure.reason)" } ?? failure.reason))
            }
        }
        var progress: (@Sendable (IndexCounts) -> Void)?
        if interactive {
            progress = { (counts: IndexCounts) in
                Console.progress("indexed \(counts.read) reports (\(counts.added) added, \(counts.replaced) replaced, \(counts.unchanged) unchanged)")
            }
        }
        let recorded = inputs.map { $0 == "-" ? $0 : URL(fileURLWithPath: $0).standardizedFileURL.path }
        let report = try indexer.run(inputs: recorded, next: next, progress: progress)
        if interactive { Console.progress(nil) }
        if let earlier = report.interruptedEarlier {
            Console.error("note: run \(earlier.id) (started \(earlier.startedAt)) had been interrupted; this run read everything again and skipped what was stored (use --resume to continue a run)")
        }
        var tally = BatchTally()
        tally.read = report.run.counts.read
        tally.extracted = report.run.counts.added + report.run.counts.replaced
        tally.bytes = report.bytesExtracted
        tally.failed = report.failures.map { InputFailure(source: $0.source, reason: $0.reason) }
        let counts = report.run.counts
        Console.error("stored in \(db): \(counts.added) added, \(counts.replaced) replaced, \(counts.unchanged) unchanged" +
                      (report.resumed ? " (run \(report.run.id), resumed)" : ""))
        tally.report(seconds: report.seconds)
        if failOnError, !tally.failed.isEmpty { throw ExitCode(1) }
    }
}
