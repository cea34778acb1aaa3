import Foundation
import Testing
@testable import FouilleLexicon
import FouilleText

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let lexiconFolder = repositoryRoot.appendingPathComponent("Lexicons").path

/// The project's lexicons, compiled once for all tests.
let projectLexicon: Lexicon = try! LexiconLoader.load(directories: [lexiconFolder])

@Test func projectLexiconsHaveNoErrorsAndTheSizesTheIssueAsks() {
    #expect(projectLexicon.errors.isEmpty, "\(projectLexicon.errors.prefix(5))")
    let terms = projectLexicon.entryCounts()
    let codes = projectLexicon.codeCounts()
    #expect(terms[.tumour, default: 0] >= 300)
    #expect(terms[.site, default: 0] >= 250)
    #expect(codes[.biomarker, default: 0] >= 100)
    #expect(terms[.drug, default: 0] >= 400)
    #expect(codes[.regimen, default: 0] >= 100)
    #expect(terms[.surgery, default: 0] >= 80)
    #expect(terms[.radiotherapy, default: 0] >= 5)
    #expect(projectLexicon.sectionRules.count >= 40)
}

@Test func malformedLinesAreReportedWithFileAndLine() {
    let text = """
    # source: test
    term\ttype\tcode\tmatch
    carcinome canalaire infiltrant\tTumour\tICDO3M:8500/3\t
    carcinome lobulaire\tTumour\tICDO3M:85203\t
    trastuzumab\tDrug\tATC:L01XC03X\t
    sein\tOrgane\tICDO3T:C50.9\t
    RE\tBiomarker\tHGNC:ESR1\texact
    colon\tSite
    \tTumour\tICDO3M:8000/3\t
    pembrolizumab\tDrug\tICDO3M:8000/3\t
    """
    let parsed = LexiconTable.parse(text, file: "Lexicons/test.tsv")
    #expect(parsed.entries.map(\.term) == ["carcinome canalaire infiltrant"])
    let lines = parsed.diagnostics.map(\.line)
    #expect(lines == [4, 5, 6, 7, 8, 9, 10])
    #expect(parsed.diagnostics[0].description.hasPrefix("Lexicons/test.tsv:4: error: code 'ICDO3M:85203' does not have the shape of ICDO3M"))
    #expect(parsed.diagnostics[2].message.contains("unknown type 'Organe'"))
    #expect(parsed.diagnostics[3].message.contains("unknown match 'exact'"))
    #expect(parsed.diagnostics[4].message.contains("2 fields where the header has 4"))
    #expect(parsed.diagnostics[6].message.contains("namespace ICDO3M is not allowed for Drug"))
}

@Test func aTermClaimedByTwoCodesIsAnErrorInOneFileAndAWarningAcrossFiles() throws {
    let a = LexiconEntry(term: "carcinome épidermoïde", type: .tumour, typeName: "Tumour", code: "ICDO3M:8070/3", file: "a.tsv", line: 3)
    let b = LexiconEntry(term: "Carcinomes épidermoïdes", type: .tumour, typeName: "Tumour", code: "ICDO3M:8071/3", file: "a.tsv", line: 9)
    let c = LexiconEntry(term: "carcinome epidermoide", type: .tumour, typeName: "Tumour", code: "ICDO3M:8072/3", file: "b.tsv", line: 2)
    let lexicon = try LexiconLoader.compile(tables: [("a.tsv", [a, b]), ("b.tsv", [c])])
    #expect(lexicon.diagnostics.map(\.description) == [
        "a.tsv:9: error: 'Carcinomes épidermoïdes' is given code ICDO3M:8071/3 here and ICDO3M:8070/3 at a.tsv:3",
        "b.tsv:2: warning: 'carcinome epidermoide' is given code ICDO3M:8072/3 here and ICDO3M:8070/3 at a.tsv:3",
    ])
}

@Test func aUserFolderAddsAndReplacesFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fouille-lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("treatment"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "term\ttype\tcode\nzorvimab\tDrug\tATC:L01FX99\n".write(to: folder.appendingPathComponent("local.tsv"), atomically: true, encoding: .utf8)
    try "term\ttype\tcode\nradiothérapie\tRadiotherapy\t\n".write(to: folder.appendingPathComponent("treatment/radiotherapy.tsv"), atomically: true, encoding: .utf8)
    let lexicon = try LexiconLoader.load(directories: [lexiconFolder, folder.path])
    let analyzed = try TextAnalyzer().analyze(Document(id: "t", text: "Zorvimab puis curiethérapie et radiothérapie."))
    let matched = lexicon.matcher.matches(in: analyzed).map { analyzed.text(of: $0.span) }
    // The local drug is added; the replaced radiotherapy file no longer lists curiethérapie.
    #expect(matched == ["Zorvimab", "radiothérapie"])
}
