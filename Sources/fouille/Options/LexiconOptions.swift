import ArgumentParser
import Foundation
import FouilleLexicon

/// `--lexicons DIR`, shared by every command that reads lexicons.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: ArgumentHelp(
        "A lexicon folder; repeat to add folders. A file in a later folder replaces the file at the same path in an earlier one.",
        discussion: "Default: $FOUILLE_LEXICONS, else ./Lexicons, else the Lexicons folder of the Fouille checkout.",
        valueName: "dir"))
    var directories: [String] = []

    @Flag(name: .customLong("no-default-lexicons"), help: "Use only the folders given with --lexicons.")
    var noDefault = false

    /// The folders to read: the default one first, then the user's.
    func resolvedDirectories() throws -> [String] {
        if noDefault {
            guard !directories.isEmpty else { throw ValidationError("--no-default-lexicons needs at least one --lexicons folder") }
            return directories
        }
        guard let base = Self.defaultDirectory() else {
            if directories.isEmpty {
                throw ValidationError("no Lexicons folder found: run from the Fouille checkout, set FOUILLE_LEXICONS, or pass --lexicons DIR")
            }
            return directories
        }
        return [base] + directories.filter { URL(fileURLWithPath: $0).standardizedFileURL != URL(fileURLWithPath: base).standardizedFileURL }
    }

    /// Loads the lexicons; prints errors and warnings to standard error.
    func load(quiet: Bool = false) throws -> Lexicon {
        let lexicon = try LexiconLoader.load(directories: try resolvedDirectories())
        if !quiet {
            for diagnostic in lexicon.diagnostics { Console.error(diagnostic.description) }
            if !lexicon.errors.isEmpty {
                Console.error("\(lexicon.errors.count) lexicon error(s): those entries were left out (see `fouille lexicon check`).")
            }
        }
        return lexicon
    }

    static func defaultDirectory() -> String? {
        let fileManager = FileManager.default
        if let env = ProcessInfo.processInfo.environment["FOUILLE_LEXICONS"], !env.isEmpty { return env }
        if fileManager.fileExists(atPath: "Lexicons/sections") { return "Lexicons" }
        // From the executable (.build/<config>/fouille) up to the checkout.
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("Lexicons")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("sections").path) { return candidate.path }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
