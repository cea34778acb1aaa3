import Testing
@testable import FouilleFormats

@Suite("brat parser")
struct BratParserTests {
    /// The guideline's example (ANNOTATION.md), offsets as given there.
    static let guidelineText = "Carcinome canalaire infiltrant du sein gauche, RE 90 %, HER2 négatif."
    static let guidelineAnnotation = """
    T1\tTumour 0 30\tCarcinome canalaire infiltrant
    T2\tSite 34 45\tsein gauche
    T3\tBiomarker 47 49\tRE
    T4\tBiomarkerValue 50 54\t90 %
    T5\tBiomarker 56 60\tHER2
    T6\tBiomarkerValue 61 68\tnégatif
    R1\tHasValue Arg1:T3 Arg2:T4
    R2\tHasValue Arg1:T5 Arg2:T6
    N1\tReference T1 ICDO3M:8500/3\tCarcinome canalaire infiltrant
    N2\tReference T2 ICDO3T:C50.9\tsein gauche
    N3\tReference T3 HGNC:ESR1\tRE
    N4\tReference T4 PERCENT:90\t90 %
    N5\tReference T5 HGNC:ERBB2\tHER2
    N6\tReference T6 STATUS:negative\tnégatif

    """

    @Test func readsTheGuidelineExampleWithoutAProblem() {
        let (document, diagnostics) = bratCheck(Self.guidelineAnnotation, text: Self.guidelineText)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document.entities.count == 6)
        #expect(document.relations.count == 2)
        #expect(document.normalizations.count == 6)
        #expect(document.entities[5] == BratEntity(id: "T6", type: "BiomarkerValue", start: 61, end: 68, text: "négatif"))
        #expect(document.entities[5].line == 6)
        #expect(document.relations[1] == BratRelation(id: "R2", label: "HasValue", arg1: "T5", arg2: "T6"))
        #expect(document.normalizations[0].namespace == "ICDO3M")
        #expect(document.normalizations[0].code == "ICDO3M:8500/3")
    }

    @Test func readsAttributesNotesAndDiscontinuousSpans() {
        let annotation = "T1\tTumour 0 5;7 9\tab cd\nA1\tNegated T1\nA2\tCertainty T1 Likely\n#1\tAnnotatorNotes T1\tà revoir\tavec Marie\n"
        let result = BratParser.parse(annotation, file: "x.ann")
        #expect(result.diagnostics.isEmpty)
        #expect(result.document.entities[0].fragments == [0..<5, 7..<9])
        #expect(result.document.entities[0].isDiscontinuous)
        #expect(result.document.attributes == [BratAttribute(id: "A1", name: "Negated", target: "T1"),
                                               BratAttribute(id: "A2", name: "Certainty", target: "T1", value: "Likely")])
        #expect(result.document.notes == [BratNote(id: "#1", body: "AnnotatorNotes T1\tà revoir\tavec Marie")])
    }

    @Test(arguments: [
        ("T1 Tumour 0 5 cancer", BratDiagnostic.Kind.malformedLine),
        ("T1\tTumour 0 5", .malformedLine),
        ("T1\tTumour\tcancer", .malformedLine),
        ("T\tTumour 0 6\tcancer", .malformedLine),
        ("T1\tTumour 6 0\tcancer", .badOffsets),
        ("T1\tTumour 3 3\tcancer", .badOffsets),
        ("T1\tTumour -1 5\tcancer", .badOffsets),
        ("T1\tTumour +0 6\tcancer", .badOffsets),
        ("T1\tTumour zéro six\tcancer", .badOffsets),
        ("T1\tTumour 0 99999999999999999999999\tcancer", .badOffsets),
        ("T1\tTumour 0 6;\tcancer", .badOffsets),
        ("A1\tNegated", .malformedLine),
        ("A1\tNegated T1 yes no", .malformedLine),
        ("R1\tHasValue T1 T2", .malformedLine),
        ("R1\tHasValue Arg1:T1 Arg1:T2", .malformedLine),
        ("R1\tHasValue Arg1:T1", .malformedLine),
        ("N1\tReference T1\tcancer", .malformedLine),
        ("N1\tNormalise T1 ICDO3M:8000/3\tcancer", .malformedLine),
        ("#1", .malformedLine),
        ("E1\tTreatment:T1 Theme:T2", .unknownLineKind),
        ("M1\tNegation T1", .unknownLineKind),
        ("*\tEquiv T1 T2", .unknownLineKind),
        ("cancer du sein", .unknownLineKind),
    ])
    func reportsAMalformedLine(line: String, kind: BratDiagnostic.Kind) {
        let result = BratParser.parse("T9\tTumour 0 6\tcancer\n" + line + "\n", file: "x.ann")
        #expect(result.diagnostics.map(\.kind) == [kind], "\(result.diagnostics)")
        #expect(result.diagnostics.first?.line == 2)
        #expect(result.diagnostics.first?.description.hasPrefix("x.ann:2: error: ") == true)
        #expect(result.document.entities.count == 1, "the good line is kept")
    }

    @Test func reportsDuplicateIDsAndKeepsTheFirst() {
        let result = BratParser.parse("T1\tTumour 0 6\tcancer\nT1\tSite 10 14\tsein\nA1\tNegated T1\nA1\tFamily T1\n", file: "x.ann")
        #expect(result.diagnostics.map(\.kind) == [.duplicateID, .duplicateID])
        #expect(result.diagnostics.map(\.line) == [2, 4])
        #expect(result.document.entities.map(\.type) == ["Tumour"])
        #expect(result.document.attributes.map(\.name) == ["Negated"])
    }

    @Test func aMalformedLineDoesNotTakeItsID() {
        let result = BratParser.parse("T1\tTumour 0 x\tcancer\nT1\tTumour 0 6\tcancer\n", file: "x.ann")
        #expect(result.diagnostics.map(\.kind) == [.badOffsets])
        #expect(result.document.entities.map(\.line) == [2])
    }

    @Test func countsLinesFromOneAndSkipsBlankLines() {
        let result = BratParser.parse("\nT1\tTumour 0 6\tcancer\n\n  \nT2\tTumour x\tcancer\n", file: "x.ann")
        #expect(result.diagnostics.map(\.line) == [5])
        #expect(result.document.entities.map(\.line) == [2])
    }

    @Test func acceptsCRLFWithAWarning() {
        let result = BratParser.parse("T1\tTumour 0 6\tcancer\r\nA1\tNegated T1\r\n", file: "x.ann")
        #expect(result.document.entities.first?.text == "cancer")
        #expect(result.document.attributes.count == 1)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func keepsTabsInsideASpanText() {
        let result = BratParser.parse("T1\tTumour 0 8\tcan\tcer\n", file: "x.ann")
        #expect(result.diagnostics.isEmpty)
        #expect(result.document.entities.first?.text == "can\tcer")
    }

    /// Garbage must give diagnostics, never a crash: a deterministic stream of mangled lines.
    @Test func neverCrashesOnGarbage() {
        let pieces = ["T1", "A2", "R3", "N4", "#", "\t", " ", ";", ":", "Arg1:", "Arg2:T1", "Tumour", "Negated", "Reference",
                      "0", "12", "-3", "999999999999999999999", "é", "œ", "😀", "\u{0301}", "\r", "HasValue", "ICDO3M:8500/3", ""]
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(pieces.count))
        }
        var lines = [String]()
        for _ in 0..<2000 {
            lines.append((0..<(1 + next() % 8)).map { _ in pieces[next()] }.joined())
        }
        let annotation = lines.joined(separator: "\n")
        let result = BratParser.parse(annotation, file: "fuzz.ann")
        let text = String(repeating: "Carcinome du sein gauche. ", count: 4)
        let diagnostics = BratValidator.validate(result.document, text: BratText(text), file: "fuzz.ann")
        #expect(!result.diagnostics.isEmpty)
        #expect(result.diagnostics.allSatisfy { $0.line >= 0 && $0.line <= lines.count }, "0 is the whole file (CR line ends)")
        _ = BratWriter.write(result.document)
        _ = diagnostics
    }
}
