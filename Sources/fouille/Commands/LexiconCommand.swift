import ArgumentParser
import FouilleLexicon
import FouilleText

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, count and try the lexicons in Lexicons/.",
        discussion: "The format is documented in Lexicons/README.md.",
        subcommands: [LexiconCheck.self, LexiconStats.self, LexiconLookup.self]
    )
}

struct LexiconCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report malformed lines, unknown types, badly shaped codes and terms claimed by two codes (exit 1 on errors)."
    )

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        var clock = Stopwatch()
        let lexicon = try lexicons.load(quiet: true)
        let seconds = clock.elapsed
        for diagnostic in lexicon.diagnostics { print(diagnostic.description) }
        print("\(lexicon.files.count) files, \(lexicon.matcher.entries.count) terms, \(lexicon.sectionRules.count) section headers: " +
              "\(lexicon.errors.count) error(s), \(lexicon.warnings.count) warning(s); compiled in \(Int(seconds * 1000)) ms")
        if !lexicon.errors.isEmpty { throw ExitCode(1) }
    }
}

struct LexiconStats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count terms and codes per entity type and per file.")

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        var clock = Stopwatch()
        let lexicon = try lexicons.load(quiet: true)
        let seconds = clock.elapsed
        let terms = lexicon.entryCounts(), codes = lexicon.codeCounts()
        print("\(Console.cell("type", 16))  \(Console.cell("terms", 7, right: true))  \(Console.cell("codes", 7, right: true))")
        for type in EntityType.allCases where terms[type] != nil {
            print("\(Console.cell(type.rawValue, 16))  \(Console.cell(String(terms[type] ?? 0), 7, right: true))  \(Console.cell(String(codes[type] ?? 0), 7, right: true))")
        }
        print("\(Console.cell("Section", 16))  \(Console.cell(String(lexicon.sectionRules.count), 7, right: true))")
        print("\(Console.cell("Laterality", 16))  \(Console.cell(String(lexicon.laterality.count), 7, right: true))")
        var perFile = [String: Int]()
        for entry in lexicon.matcher.entries { perFile[entry.file, default: 0] += 1 }
        print("\nfiles")
        for file in lexicon.files { print("  \(Console.cell(String(perFile[file] ?? 0), 6, right: true))  \(file)") }
        print("\nmatcher: \(lexicon.matcher.vocabularySize) token keys, \(lexicon.matcher.nodeCount) trie nodes; compiled in \(Int(seconds * 1000)) ms")
    }
}

struct LexiconLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show what the lexicons match in a text, and why (file, line, code).",
        discussion: "Example: fouille lexicon lookup \"métastases hépatiques d'un ADK colique, RE 90 %\""
    )

    @Argument(help: "The text to try.") var text: String
    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let lexicon = try lexicons.load(quiet: true)
        let analyzed = try TextAnalyzer(sectionRules: lexicon.sectionRules).analyze(Document(id: "lookup", text: text))
        let offsets = ScalarOffsetMap(utf8: analyzed.bytes)
        let matches = lexicon.matcher.matches(in: analyzed)
        if matches.isEmpty { print("no lexicon term in this text") }
        for match in matches {
            let chars = offsets.scalarRange(of: match.span)
            print("\(chars.lowerBound)-\(chars.upperBound)  \(analyzed.text(of: match.span))")
            for index in match.entries {
                let entry = lexicon.matcher.entries[index]
                var detail = "    \(entry.typeName)  \(entry.code ?? "(no code)")  term '\(entry.term)'"
                if entry.match == .case { detail += " [case]" }
                if let substance = entry.substance { detail += " → \(substance)" }
                if !entry.components.isEmpty { detail += " = \(entry.components.joined(separator: " + "))" }
                print(detail + "  (\(entry.location))")
            }
        }
    }
}
