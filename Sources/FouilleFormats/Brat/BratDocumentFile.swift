import Foundation

/// One brat document read from disk: its `.ann` parsed, its `.txt` decoded, and every problem found.
///
/// Loading never throws. A missing or undecodable `.txt` leaves ``text`` nil
/// (with a diagnostic naming the file) and the `.ann` is still parsed, so its
/// own problems are still reported.
public struct BratDocumentFile: Sendable {
    /// The document's name: its path relative to the corpus folder, without extension (`001_anapath_sein`).
    public var name: String
    public var annotationPath: String
    public var textPath: String
    /// The `.txt`, or nil when it could not be read.
    public var text: BratText?
    public var document: BratDocument
    /// Parse and validation problems, sorted by line.
    public var diagnostics: [BratDiagnostic]

    public init(name: String, annotationPath: String, textPath: String, text: BratText?, document: BratDocument,
                diagnostics: [BratDiagnostic]) {
        self.name = name
        self.annotationPath = annotationPath
        self.textPath = textPath
        self.text = text
        self.document = document
        self.diagnostics = diagnostics
    }

    public var errors: [BratDiagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [BratDiagnostic] { diagnostics.filter { !$0.isError } }

    /// Reads `NAME.ann` and `NAME.txt`, then validates the pair.
    public static func load(name: String, annotationPath: String, textPath: String) -> BratDocumentFile {
        switch BratText.read(path: textPath) {
        case .success(let text):
            var file = load(name: name, annotationPath: annotationPath, text: text, textPath: textPath)
            let format = text.formatProblems().map { BratDiagnostic(.warning, .textFormat, file: textPath, $0) }
            file.diagnostics = format + file.diagnostics
            return file
        case .failure(let diagnostic):
            var file = load(name: name, annotationPath: annotationPath, text: nil, textPath: textPath)
            file.diagnostics.insert(diagnostic, at: 0)
            return file
        }
    }

    /// Reads an `.ann` against a text read elsewhere (a prediction folder holding only `.ann` files
    /// is checked against the gold `.txt`); a missing `.ann` reads as an empty document, with a warning.
    public static func load(name: String, annotationPath: String, text: BratText?, textPath: String) -> BratDocumentFile {
        var diagnostics = [BratDiagnostic]()
        var document = BratDocument()
        if !FileManager.default.fileExists(atPath: annotationPath) {
            diagnostics.append(BratDiagnostic(.warning, .annotationFile, file: annotationPath,
                                              "missing annotation file: read as a document without annotations"))
        } else if let data = FileManager.default.contents(atPath: annotationPath) {
            let bytes = [UInt8](data)
            if let bad = TextValidation.firstInvalidUTF8(bytes[...]) {
                diagnostics.append(BratDiagnostic(.error, .annotationFile, file: annotationPath,
                                                  "invalid UTF-8 at byte \(bad): the annotations cannot be read"))
            } else {
                let parsed = BratParser.parse(String(decoding: bytes, as: UTF8.self), file: annotationPath)
                document = parsed.document
                diagnostics += parsed.diagnostics
                diagnostics += BratValidator.validate(document, text: text, file: annotationPath)
            }
        } else {
            diagnostics.append(BratDiagnostic(.error, .annotationFile, file: annotationPath, "annotation file cannot be read (permissions?)"))
        }
        // Stable sort: problems in file order, whole-file ones first.
        let ordered = diagnostics.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return BratDocumentFile(name: name, annotationPath: annotationPath, textPath: textPath, text: text,
                                document: document, diagnostics: ordered)
    }
}
