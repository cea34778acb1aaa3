import ArgumentParser
import FouilleFormats
import FouilleLexicon
import FouilleText

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory (build with -c release).",
        discussion: "Results and the commands that produced them are kept in Evaluation/benchmarks.md.",
        subcommands: [BenchTokenize.self, BenchMatch.self, BenchExtract.self, BenchStore.self]
    )
}

struct BenchTokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Normalisation + tokenisation + sentences + sections over a folder or JSONL, on one core.",
        discussion: "Reading files is not timed; peak memory is the whole process's."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let lexicon = try lexicons.load(quiet: true)
        let analyzer = try TextAnalyzer(sectionRules: lexicon.sectionRules)
        analyzer.stageTimes = StageTimes()
        var documents = 0, failures = 0, bytes = 0, tokens = 0, sentences = 0
        var seconds = 0.0
        for item in try input.reader() {
            switch item {
            case .failure(let failure): failures += 1; Console.error(failure.description)
            case .document(let document):
                let before = Stopwatch.threadCPUSeconds
                let analyzed = try analyzer.analyze(document)
                seconds += Stopwatch.threadCPUSeconds - before
                documents += 1
                bytes += analyzed.bytes.count
                tokens += analyzed.tokens.count
                sentences += analyzed.sentences.count
            }
        }
        let megabytes = Double(bytes) / 1e6
        print("documents      \(documents) (\(failures) failed)")
        print("text           \(String(format: "%.1f", megabytes)) MB, \(tokens) tokens, \(sentences) sentences")
        print("time           \(String(format: "%.3f", seconds)) s CPU time of the analysis, one thread")
        print("throughput     \(String(format: "%.1f", megabytes / seconds)) MB/s, \(String(format: "%.0f", Double(documents) / seconds)) documents/s")
        if let stages = analyzer.stageTimes {
            func share(_ value: Double) -> String { String(format: "%.0f MB/s", megabytes / value) }
            print("stages         folding \(share(stages.folding)), ICU segmentation \(share(stages.segmentation)), " +
                  "clinical token rules \(share(stages.tokenRules)), sections \(share(stages.sections)), sentences \(share(stages.sentences))")
            print("without sections \(String(format: "%.1f", megabytes / stages.withoutSections)) MB/s (normalisation + tokenisation + sentences)")
        }
        print("peak memory    \(String(format: "%.1f", Stopwatch.peakMemoryMiB)) MiB")
    }
}
