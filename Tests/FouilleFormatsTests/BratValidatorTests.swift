import Foundation
import Testing
@testable import FouilleFormats

@Suite("brat validator")
struct BratValidatorTests {
    /// Accents, œ, a two-scalar emoji (🎗️ = U+1F397 U+FE0F) and a one-scalar one (😀) before annotated words,
    /// so that any offset counted in UTF-16 units or bytes instead of scalars shows.
    static let text = """
    Patiente de 58 ans 😀. Carcinome canalaire infiltrant du sein gauche, RE+ 95 %, HER2 négatif.
    Sœur 🎗️ : cancer de l'ovaire en 2015. Pas de chimiothérapie néoadjuvante.
    FOLFIRI-bévacizumab puis trastuzumab 8 mg/kg.
    """

    static func t(_ id: String, _ type: String, _ phrase: String) -> String { tLine(id, type, phrase, in: text) }

    static let valid = [
        t("T1", "Tumour", "Carcinome canalaire infiltrant"),
        t("T2", "Site", "sein gauche"),
        t("T3", "Biomarker", "RE"),
        t("T4", "BiomarkerValue", "95 %"),
        t("T5", "Biomarker", "HER2"),
        t("T6", "BiomarkerValue", "négatif"),
        t("T7", "Tumour", "cancer"),
        t("T8", "Site", "ovaire"),
        t("T9", "Date", "2015"),
        t("T10", "Regimen", "chimiothérapie néoadjuvante"),
        t("T11", "Regimen", "FOLFIRI-bévacizumab"),
        t("T12", "Drug", "FOLFIRI-bévacizumab"),
        t("T13", "Drug", "trastuzumab"),
        t("T14", "Dose", "8 mg/kg"),
        "A1\tNegated T10", "A2\tFamily T7", "A3\tHistory T7",
        "R1\tHasValue Arg1:T3 Arg2:T4", "R2\tHasValue Arg1:T5 Arg2:T6", "R3\tHasDose Arg1:T13 Arg2:T14",
        "N1\tReference T1 ICDO3M:8500/3\tCarcinome canalaire infiltrant", "N2\tReference T8 ICDO3T:C56.9\tovaire",
        "N3\tReference T13 ATC:L01FD01\ttrastuzumab", "N4\tReference T6 STATUS:negative\tnégatif",
        "#1\tAnnotatorNotes T7\tla sœur, pas la patiente",
    ].joined(separator: "\n") + "\n"

    @Test func acceptsAValidFrenchDocument() {
        let (document, diagnostics) = bratCheck(Self.valid, text: Self.text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(document.entities.count == 14)
    }

    @Test func countsOffsetsInUnicodeScalars() {
        // "2015" comes after "Sœur 🎗️": œ is one scalar, 🎗️ two; in UTF-16 units the emoji is three.
        let scalars = scalarSpan(of: "2015", in: Self.text)
        let prefix = String(Self.text.unicodeScalars.prefix(scalars.start))
        #expect(prefix.utf16.count == scalars.start + 2, "😀 and 🎗️ each take one more UTF-16 unit than scalars")
        let good = "T1\tDate \(scalars.start) \(scalars.end)\t2015\n"
        #expect(bratCheck(good, text: Self.text).diagnostics.isEmpty)
        let utf16 = "T1\tDate \(prefix.utf16.count) \(prefix.utf16.count + 4)\t2015\n"
        #expect(bratCheck(utf16, text: Self.text).diagnostics.map(\.kind).contains(.spanTextMismatch))
        let bytes = "T1\tDate \(prefix.utf8.count) \(prefix.utf8.count + 4)\t2015\n"
        #expect(bratCheck(bytes, text: Self.text).diagnostics.map(\.kind).contains(.spanTextMismatch))
    }

    /// One bad line added to the valid document, and the one diagnostic it must give.
    static let cases: [(String, [BratDiagnostic.Kind])] = {
        let sein = scalarSpan(of: "sein gauche", in: text), cancer = scalarSpan(of: "cancer", in: text)
        let end = text.unicodeScalars.count
        return [
            ("T20\tSite \(sein.start - 1) \(sein.end)\t sein gauche", [.spanWhitespace, .overlap]),
            ("T20\tSite \(cancer.start) \(cancer.end + 1)\tcancer ", [.spanWhitespace, .overlap]),
            ("T20\tTumour \(cancer.start) \(cancer.end)\tcanser", [.spanTextMismatch, .overlap]),
            ("T20\tDate \(end - 2) \(end + 3)\tkg.", [.spanOutOfRange]),
            ("T20\tSite \(sein.start) \(sein.start + 4);\(sein.start + 5) \(sein.end)\tsein gauche", [.discontinuousSpan, .overlap]),
            ("T20\tTumor \(cancer.start) \(cancer.end)\tcancer", [.unknownEntityType, .overlap]),
            ("A20\tSpeculated T1", [.unknownAttribute]),
            ("A20\tNegated T1 true", [.unknownAttribute]),
            ("A20\tNegated T2", [.attributeNotAllowed]),
            ("A20\tHypothetical T99", [.missingTarget]),
            ("A20\tNegated T10", [.duplicateAnnotation]),
            ("R20\tHasResult Arg1:T3 Arg2:T4", [.unknownRelation]),
            ("R20\tHasValue Arg1:T4 Arg2:T3", [.relationArgumentType, .relationArgumentType]),
            ("R20\tHasDose Arg1:T1 Arg2:T14", [.relationArgumentType]),
            ("R20\tHasDose Arg1:T11 Arg2:T14", []),
            ("R20\tHasValue Arg1:T3 Arg2:T40", [.missingTarget]),
            ("R20\tHasValue Arg1:T3 Arg2:T4", [.duplicateAnnotation]),
            ("N20\tReference T50 ICDO3M:8500/3\tcarcinome", [.missingTarget]),
            ("N20\tReference T7 HGNC:ERBB2\tcancer", [.codeNamespace]),
            ("N20\tReference T3 ICDO3M:8500/3\tRE", [.codeNamespace]),
            ("N20\tReference T3 HGNC:esr1\tRE", [.codeShape]),
            ("N20\tReference T13 ATC:L01XC3\ttrastuzumab", [.codeShape, .multipleCodes]),
            ("N20\tReference T13 ATC:L01XC03\ttrastuzumab", [.multipleCodes]),
            ("N20\tReference T2 C50.9\tsein gauche", [.codeShape]),
            ("N20\tReference T9 TNM:pT2\t2015", [.codeNamespace]),
            ("N20\tReference T1 ICDO3M:8500/3\tCarcinome canalaire infiltrant", [.duplicateAnnotation]),
            ("N20\tReference T5 HGNC:ERBB2\tErbB2", [.normalizationText]),
            ("T20\tSite \(sein.start) \(sein.end)\tsein gauche", [.overlap]),
            ("T20\tSite \(sein.start + 5) \(sein.end + 2)\tgauche, ", [.spanWhitespace, .overlap]),
            ("T20\tTumour \(sein.start) \(sein.end)\tsein gauche", [.overlap]),
            ("T1\tSite \(sein.start) \(sein.end)\tsein gauche", [.duplicateID]),
        ]
    }()

    @Test(arguments: cases.indices)
    func reportsEachProblem(index: Int) {
        let (line, expected) = Self.cases[index]
        let lines = Self.valid.split(separator: "\n").count
        let (_, diagnostics) = bratCheck(Self.valid + line + "\n", text: Self.text)
        #expect(diagnostics.map(\.kind).sorted { $0.rawValue < $1.rawValue } == expected.sorted { $0.rawValue < $1.rawValue },
                "\(line) → \(diagnostics.map(\.description))")
        #expect(diagnostics.allSatisfy { $0.line == lines + 1 }, "reported on the added line: \(diagnostics.map(\.description))")
    }

    @Test func severities() {
        let (_, warnings) = bratCheck(Self.valid + "A20\tNegated T10\nN20\tReference T5 HGNC:ERBB2\tErbB2\n", text: Self.text)
        #expect(warnings.count == 2 && warnings.allSatisfy { $0.severity == .warning })
        let (_, errors) = bratCheck(Self.valid + tLine("T20", "Site", "sein gauche", in: Self.text) + "\n", text: Self.text)
        #expect(errors.map(\.severity) == [.error], "overlap is an error")
    }

    @Test func withoutTheTextOnlyTheGuidelineIsChecked() {
        let (_, diagnostics) = bratCheck("T1\tTumour 0 999\tcancer\nT2\tTumour 0 6\tcancer\nA1\tNegated T1\n", text: nil)
        #expect(diagnostics.isEmpty, "no text: offsets, text and overlap cannot be checked")
    }

    @Test func everyDiagnosticKindIsExercised() {
        // The kinds of file-level problems are exercised in BratCorpusTests; pairing in the evaluation tests.
        var seen = Set(Self.cases.flatMap(\.1).map(\.rawValue))
        seen.formUnion(["malformedLine", "unknownLineKind", "badOffsets", "textFile", "textFormat", "annotationFile", "pairing"])
        #expect(Set(BratDiagnostic.Kind.allCases.map(\.rawValue)).subtracting(seen).isEmpty)
    }

    @Test func textFormatProblems() {
        #expect(BratText("ligne\r\nsuivante").formatProblems().count == 1)
        #expect(BratText("\u{FEFF}texte").formatProblems().count == 1)
        #expect(BratText("se\u{0301}ro\u{0301}se").formatProblems().count == 1, "a decomposed accent is not NFC")
        #expect(BratText("séreuse, œstrogènes 😀").formatProblems().isEmpty)
    }

    @Test func lineNumbers() {
        let text = BratText("CONCLUSION\nCarcinome.\n\nFin")
        #expect(text.lineStarts == [0, 11, 22, 23])
        #expect([0, 10, 11, 21, 22, 23, 25].map(text.lineNumber(ofByte:)) == [1, 1, 2, 2, 3, 4, 4])
        #expect(BratText("").lineNumber(ofByte: 0) == 1)
    }

    @Test func scalarLookups() {
        let text = BratText("Sœur 🎗️ : cancer")
        #expect(text.scalarCount == 16)
        #expect(text.text(ofScalars: 0..<4) == "Sœur")
        #expect(text.text(ofScalars: 10..<16) == "cancer")
        #expect(text.text(ofScalars: 10..<17) == nil)
        #expect(text.scalar(at: 5) == "\u{1F397}")
        #expect(text.scalar(at: 6) == "\u{FE0F}")
        #expect(text.scalar(at: 16) == nil)
        #expect(text.scalar(at: -1) == nil)
    }
}
