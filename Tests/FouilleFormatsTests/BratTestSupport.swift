import Foundation
@testable import FouilleFormats

/// The repository root, found from this file's path.
let bratRepositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Parses and validates `.ann` text against a text, as `fouille validate` does for one pair.
func bratCheck(_ annotation: String, text: String?) -> (document: BratDocument, diagnostics: [BratDiagnostic]) {
    let parsed = BratParser.parse(annotation, file: "test.ann")
    let validated = BratValidator.validate(parsed.document, text: text.map(BratText.init), file: "test.ann")
    return (parsed.document, parsed.diagnostics + validated)
}

/// The scalar offsets of the first occurrence of `needle` (what brat and Python count).
func scalarSpan(of needle: String, in text: String, after: Int = 0) -> (start: Int, end: Int) {
    let haystack = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
    var i = after
    while i + pattern.count <= haystack.count {
        if Array(haystack[i..<(i + pattern.count)]) == pattern { return (i, i + pattern.count) }
        i += 1
    }
    fatalError("'\(needle)' not in the test text")
}

/// A `T` line for a phrase of the text, offsets computed in scalars.
func tLine(_ id: String, _ type: String, _ phrase: String, in text: String, after: Int = 0) -> String {
    let span = scalarSpan(of: phrase, in: text, after: after)
    return "\(id)\t\(type) \(span.start) \(span.end)\t\(phrase)"
}

/// A fresh temporary folder.
func temporaryFolder(_ label: String = "brat") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fouille-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
