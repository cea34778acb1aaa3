import ArgumentParser
import Foundation
import FouilleFormats
import FouilleStore

struct BenchStore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Index a corpus into a new store, then time searches drawn from its vocabulary.",
        discussion: """
        Prints indexing throughput (wall and CPU time of the whole process: extraction, compression, \
        SQLite), the store's size against the text, and search latencies (p50, p95, p99) for selective \
        words (under 1 % of reports), fact filters, and broad words. Run on one core with \
        `taskset -c 0 fouille bench store ...`. Results: Evaluation/benchmarks.md.
        """
    )

    @Argument(help: "The corpus (.jsonl, folders, .txt).") var paths: [String]
    @Option(help: "The store to create (deleted first).") var db: String
    @Option(help: "Extraction threads.") var threads = 1
    @Option(help: "Queries per class.") var queries = 200
    @Option(help: "Reports per transaction.") var batchSize = 500
    @Flag(help: "Keep the store and only time the searches.") var skipIndex = false
    @Flag(help: "List the slowest queries of each class.") var verbose = false
    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        if !skipIndex {
            for file in StoreFiles.paths(of: db) { try? FileManager.default.removeItem(atPath: file) }
            let lexicon = try lexicons.load(quiet: true)
            var reader = try InputOptions.reader(paths: paths, maxBytes: 16 << 20, stdinFormat: "text")
            var options = IndexOptions()
            options.threads = threads
            options.batchSize = batchSize
            let cpuBefore = Self.processCPUSeconds
            let report = try Indexer(path: db, lexicon: lexicon, options: options).run(inputs: paths, next: {
                switch reader.next() {
                case nil: return nil
                case .document(let document)?: return .document(document)
                case .failure(let failure)?: return .failure(IndexFailure(source: failure.source, reason: failure.reason))
                }
            })
            let cpu = Self.processCPUSeconds - cpuBefore
            let megabytes = Double(report.bytesExtracted) / 1e6
            print("indexed        \(report.run.counts.added) reports, \(String(format: "%.1f", megabytes)) MB, \(report.run.counts.failed) failed")
            print("wall time      \(String(format: "%.1f", report.seconds)) s: \(String(format: "%.1f", megabytes / report.seconds)) MB/s (\(threads) extraction thread(s) + 1 writer)")
            print("CPU time       \(String(format: "%.1f", cpu)) s: \(String(format: "%.1f", megabytes / cpu)) MB/s per core")
            let t = report.timings
            func rate(_ seconds: Double) -> String { String(format: "%.1f s CPU, %.1f MB/s per core", seconds, megabytes / seconds) }
            // Worker stages are timed on one report in eight and scaled (thread clocks are system calls).
            print("  extraction   \(rate(t.extraction)) (timed on 1 report in 8)")
            print("  store        \(rate(t.preparation + t.writing)) (compress, terms, keys \(String(format: "%.1f", t.preparation)) s; SQLite writer \(String(format: "%.1f", t.writing)) s)")
            print("  reading      \(String(format: "%.1f", cpu - t.extraction - t.preparation - t.writing)) s CPU (JSON, files, queue; the rest of the process)")
            print("peak memory    \(String(format: "%.0f", Stopwatch.peakMemoryMiB)) MiB")
        }
        let store = try Store(path: db, access: .readWrite)
        let stats = try store.statistics(top: 1)
        let size = StatsCommand.fileSize(db)
        print("store size     \(String(format: "%.1f", Double(size) / 1e6)) MB for \(String(format: "%.1f", Double(stats.textBytes) / 1e6)) MB of text: \(String(format: "%.2f", Double(size) / Double(stats.textBytes)))×")
        let sample = try BenchmarkQueries.sample(store, count: queries)
        for (name, requests) in [("selective", sample.selective), ("facts", sample.facts), ("broad", sample.broad)] {
            var times = [Double]()
            var slowest = [(Double, String, Int)]()
            var hits = 0
            for request in requests {
                let clock = Stopwatch()
                let results = try store.search(request)
                times.append(clock.elapsed * 1000)
                hits += results.total
                let described = ([request.query] + request.facts.map { "--has \($0)" } + request.exclusions.excluded.names.map { "-\($0)" })
                    .filter { !$0.isEmpty }.joined(separator: " ")
                slowest.append((times.last!, described, results.total))
            }
            times.sort()
            slowest.sort { $0.0 > $1.0 }
            func percentile(_ p: Double) -> Double { times.isEmpty ? 0 : times[min(times.count - 1, Int(Double(times.count) * p))] }
            print("\(Console.cell(name, 10)) \(Console.cell(String(requests.count), 4, right: true)) queries  p50 \(String(format: "%6.2f", percentile(0.5))) ms  " +
                  "p95 \(String(format: "%6.2f", percentile(0.95))) ms  p99 \(String(format: "%6.2f", percentile(0.99))) ms  max \(String(format: "%6.2f", times.last ?? 0)) ms  " +
                  "mean hits \(requests.isEmpty ? 0 : hits / requests.count) (\(String(format: "%.2f", requests.isEmpty ? 0 : Double(hits) / Double(requests.count) / Double(max(1, stats.documents)) * 100)) % of reports)")
            if verbose {
                for (ms, query, total) in slowest.prefix(5) { print("    \(String(format: "%7.2f", ms)) ms  \(total) hits  \(query)") }
            }
        }
    }

    /// User + system CPU time of the whole process (every thread), in seconds.
    static var processCPUSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
