import Foundation
@testable import FouilleText

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every `.txt` report shipped in `Corpora/`.
func corpusTexts() throws -> [(name: String, text: String)] {
    let corpora = repositoryRoot.appendingPathComponent("Corpora")
    let enumerator = FileManager.default.enumerator(at: corpora, includingPropertiesForKeys: nil)
    var out = [(String, String)]()
    while let url = enumerator?.nextObject() as? URL {
        guard url.pathExtension == "txt" else { continue }
        out.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8)))
    }
    return out.sorted { $0.0 < $1.0 }
}

/// Section rules for tests that do not load the lexicon files.
func testSectionRules() -> SectionRules {
    var rules = SectionRules()
    for (header, name) in [("Antécédents", "ANTECEDENTS"), ("Antécédents familiaux", "ANTECEDENTS_FAMILIAUX"),
                           ("Macroscopie", "MACROSCOPIE"), ("Microscopie", "MICROSCOPIE"), ("Conclusion", "CONCLUSION"),
                           ("Immunohistochimie", "IMMUNOHISTOCHIMIE"), ("Proposition thérapeutique", "PROPOSITION_THERAPEUTIQUE")] {
        rules.add(header: header, name: name)
    }
    return rules
}

func analyze(_ text: String, sections: SectionRules = SectionRules()) throws -> AnalyzedText {
    try TextAnalyzer(sectionRules: sections).analyze(Document(id: "test", text: text))
}

func tokenTexts(_ text: String) throws -> [String] {
    let analyzed = try analyze(text)
    return analyzed.tokens.map { analyzed.text(of: $0.span) }
}
