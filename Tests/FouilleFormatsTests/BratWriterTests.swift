import Testing
@testable import FouilleFormats

@Suite("brat writer")
struct BratWriterTests {
    @Test func theGuidelineExampleIsAlreadyCanonical() {
        let parsed = BratParser.parse(BratParserTests.guidelineAnnotation, file: "x.ann")
        #expect(BratWriter.write(parsed.document) == BratParserTests.guidelineAnnotation)
    }

    @Test func writesInCanonicalOrder() {
        let document = BratDocument(
            entities: [BratEntity(id: "T10", type: "Drug", start: 20, end: 31, text: "trastuzumab"),
                       BratEntity(id: "T2", type: "Tumour", start: 0, end: 9, text: "carcinome")],
            attributes: [BratAttribute(id: "A1", name: "Negated", target: "T10")],
            relations: [BratRelation(id: "R1", label: "HasDose", arg1: "T10", arg2: "T11")],
            normalizations: [BratNormalization(id: "N2", target: "T10", code: "ATC:L01FD01", text: "trastuzumab"),
                             BratNormalization(id: "N1", target: "T2", code: "ICDO3M:8010/3", text: "carcinome")],
            notes: [BratNote(id: "#1", body: "AnnotatorNotes T2\tvoir la conclusion")])
        #expect(BratWriter.write(document) == """
        T2\tTumour 0 9\tcarcinome
        T10\tDrug 20 31\ttrastuzumab
        A1\tNegated T10
        R1\tHasDose Arg1:T10 Arg2:T11
        N1\tReference T2 ICDO3M:8010/3\tcarcinome
        N2\tReference T10 ATC:L01FD01\ttrastuzumab
        #1\tAnnotatorNotes T2\tvoir la conclusion

        """)
    }

    @Test func keepsEachLineOnOneLine() {
        let document = BratDocument(entities: [BratEntity(id: "T1", type: "Tumour", start: 0, end: 16, text: "carcinome\nséreux")])
        #expect(BratWriter.write(document) == "T1\tTumour 0 16\tcarcinome séreux\n")
        #expect(BratWriter.write(BratDocument()) == "")
    }

    /// parse → write → parse gives the same annotations, and writing again the same bytes.
    @Test(arguments: [
        BratParserTests.guidelineAnnotation,
        BratValidatorTests.valid,
        "N1\tReference T1 ICDO3M:8140/3\tadénocarcinome\nT1\tTumour 3 17\tadénocarcinome\nA2\tHypothetical T1\n#2\tnote libre\nT2\tSite 0 1;3 4\tœ 😀\nA1\tCertainty T2 Likely\n",
    ])
    func roundTrips(annotation: String) {
        let first = BratParser.parse(annotation, file: "a.ann")
        let written = BratWriter.write(first.document)
        let second = BratParser.parse(written, file: "b.ann")
        #expect(second.diagnostics.isEmpty)
        #expect(Set(second.document.entities) == Set(first.document.entities))
        #expect(Set(second.document.attributes) == Set(first.document.attributes))
        #expect(Set(second.document.relations) == Set(first.document.relations))
        #expect(Set(second.document.normalizations) == Set(first.document.normalizations))
        #expect(Set(second.document.notes) == Set(first.document.notes))
        #expect(BratWriter.write(second.document) == written)
        #expect(written.hasSuffix("\n") && !written.contains("\r"))
    }
}
