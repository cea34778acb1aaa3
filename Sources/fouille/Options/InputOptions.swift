import ArgumentParser
import FouilleFormats

/// Where documents come from, shared by the batch commands.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Reports to read: .txt files, folders (searched recursively for .txt and .jsonl), .jsonl files (one {\"id\",\"text\"} object per line), or - for standard input.",
        valueName: "path"))
    var paths: [String]

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 16 << 20

    @Option(help: "How to read standard input: text (one report) or jsonl.")
    var stdinFormat: String = "text"

    func reader() throws -> DocumentReader {
        try Self.reader(paths: paths, maxBytes: maxBytes, stdinFormat: stdinFormat)
    }

    /// A reader over paths, for commands whose paths are optional (`index --resume`).
    static func reader(paths: [String], maxBytes: Int, stdinFormat: String) throws -> DocumentReader {
        guard let format = DocumentReader.StandardInput(rawValue: stdinFormat) else {
            throw ValidationError("--stdin-format must be text or jsonl, not '\(stdinFormat)'")
        }
        return DocumentReader(paths: paths, validation: TextValidation(maxBytes: maxBytes), standardInput: format)
    }
}
