import ArgumentParser
import Foundation
import FouilleExtraction
import FouilleFormats
import FouilleLexicon

struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "The whole extraction pipeline over a folder or JSONL, on every core (or --threads N).",
        discussion: "Reports wall time from the first document read to the last result, documents/s, MB/s and peak memory."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions
    @Option(help: "Worker threads (default: every core).") var threads: Int = OrderedParallelMap.defaultWorkers

    func run() throws {
        let lexicon = try lexicons.load(quiet: true)
        var reader = try input.reader()
        var documents = 0, failed = 0, bytes = 0, entities = 0
        let clock = Stopwatch()
        try OrderedParallelMap.run(
            workers: threads,
            next: { reader.next() },
            makeJob: { try ExtractionJob.make(lexicon: lexicon) },
            consume: { outcome in
                guard case .success(let result) = outcome else { failed += 1; return }
                documents += 1
                bytes += result.text.bytes.count
                entities += result.entities.count
            }
        )
        let seconds = clock.elapsed
        let megabytes = Double(bytes) / 1e6
        print("documents      \(documents) (\(failed) failed), \(String(format: "%.1f", megabytes)) MB, \(entities) entities")
        print("threads        \(threads)")
        print("time           \(String(format: "%.2f", seconds)) s wall")
        print("throughput     \(String(format: "%.1f", megabytes / seconds)) MB/s, \(String(format: "%.0f", Double(documents) / seconds)) documents/s")
        print("peak memory    \(String(format: "%.1f", Stopwatch.peakMemoryMiB)) MiB")
    }
}
