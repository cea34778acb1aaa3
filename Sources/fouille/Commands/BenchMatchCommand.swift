import ArgumentParser
import FouilleFormats
import FouilleLexicon
import FouilleText

struct BenchMatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Lexicon compilation time and matching speed on one core.",
        discussion: "Matching is timed alone (the text layer runs first, untimed); CPU time of one thread."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let clock = Stopwatch()
        let lexicon = try lexicons.load(quiet: true)
        let compileSeconds = clock.elapsed
        let analyzer = try TextAnalyzer(sectionRules: lexicon.sectionRules)
        var documents = 0, bytes = 0, matches = 0
        var seconds = 0.0
        for item in try input.reader() {
            guard case .document(let document) = item else { continue }
            let text = try analyzer.analyze(document)
            let before = Stopwatch.threadCPUSeconds
            matches += lexicon.matcher.matches(in: text).count
            seconds += Stopwatch.threadCPUSeconds - before
            documents += 1
            bytes += text.bytes.count
        }
        let megabytes = Double(bytes) / 1e6
        print("lexicons       \(lexicon.matcher.entries.count) terms, \(lexicon.files.count) files, compiled in \(String(format: "%.0f", compileSeconds * 1000)) ms")
        print("documents      \(documents), \(String(format: "%.1f", megabytes)) MB, \(matches) matches")
        print("matching       \(String(format: "%.1f", megabytes / seconds)) MB/s (CPU time of matching alone, one thread)")
        print("peak memory    \(String(format: "%.1f", Stopwatch.peakMemoryMiB)) MiB")
    }
}
