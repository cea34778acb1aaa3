import ArgumentParser
import FouilleFormats

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check brat annotations (NAME.ann against NAME.txt) against the annotation guideline (exit 1 on errors).",
        discussion: """
        Reports malformed lines, offsets out of range or not matching the text, spans with white space at an end, \
        discontinuous spans, unknown types, attributes and relations, wrong relation arguments, missing targets, \
        duplicate ids, badly shaped codes, overlapping entities (an error: the guideline forbids overlap, except one \
        span as both Regimen and Drug). Warnings (repeated annotations, several codes on one entity) do not fail.
        Example: fouille validate Corpora/gold-dev
        """
    )

    @Argument(help: ArgumentHelp("Folders of NAME.txt + NAME.ann pairs (searched recursively), or .ann files.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Print errors only, not warnings.")
    var errorsOnly = false

    func run() throws {
        var documents = 0, entities = 0, errors = 0, warnings = 0
        for path in paths {
            let files: [BratDocumentFile]
            var folderDiagnostics = [BratDiagnostic]()
            if path.hasSuffix(".ann") {
                let base = String(path.dropLast(4))
                files = [BratDocumentFile.load(name: base, annotationPath: path, textPath: base + ".txt")]
            } else {
                let corpus = BratCorpus.read(folder: path)
                files = corpus.files
                folderDiagnostics = corpus.diagnostics
            }
            for diagnostic in folderDiagnostics + files.flatMap(\.diagnostics) {
                if diagnostic.isError { errors += 1 } else { warnings += 1 }
                if diagnostic.isError || !errorsOnly { print(diagnostic.description) }
            }
            documents += files.count
            entities += files.reduce(0) { $0 + $1.document.entities.count }
        }
        print("\(documents) document(s), \(entities) entities: \(errors) error(s), \(warnings) warning(s)")
        if errors > 0 { throw ExitCode(1) }
    }
}
