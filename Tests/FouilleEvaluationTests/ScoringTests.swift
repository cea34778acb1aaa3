import Testing
import FouilleFormats
import FouilleLexicon
@testable import FouilleEvaluation

@Suite("scoring")
struct ScoringTests {
    static let gold = marked("Un [carcinome canalaire infiltrant](Tumour) du [sein gauche](Site), avec [métastases hépatiques](Metastasis).")
    static let prediction = marked("Un [carcinome canalaire](Tumour) infiltrant du [sein gauche](Site), avec [métastases](Site) hépatiques.")

    @Test func strictAndOverlap() {
        let report = score(Self.gold, Self.prediction)
        #expect(report.strict.micro == Score(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(report.overlap.micro == Score(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(close(report.strict.micro.precision, 1.0 / 3) && close(report.strict.micro.f1, 1.0 / 3))
        #expect(close(report.overlap.micro.recall, 2.0 / 3))
        #expect(report.strict.perKey[.tumour] == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(report.overlap.perKey[.tumour] == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(report.strict.perKey[.site] == Score(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(report.strict.perKey[.metastasis] == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.types == [.tumour, .site, .metastasis])
        // Macro: mean of per-type F1 over the three types present: (0 + 2/3 + 0) / 3.
        #expect(close(report.strict.macro.f1, 2.0 / 9))
        #expect(report.strict.macro.categories == 3)
        #expect(close(report.overlap.macro.f1, (1 + 2.0 / 3 + 0) / 3))
    }

    @Test func keepsEveryErrorWithItsKindAndContext() {
        let report = score(Self.gold, Self.prediction)
        #expect(report.entityErrors.map(\.kind) == [.boundary, .missed, .spurious])
        let boundary = report.errors(of: .boundary)[0]
        #expect(boundary.gold?.text == "carcinome canalaire infiltrant" && boundary.prediction?.text == "carcinome canalaire")
        let missed = report.errors(of: .missed)[0]
        #expect(missed.type == .metastasis && missed.otherSideType == .site && missed.gold?.text == "métastases hépatiques")
        let spurious = report.errors(of: .spurious)[0]
        #expect(spurious.type == .site && spurious.otherSideType == .metastasis && spurious.prediction?.start == missed.gold?.start)
        #expect(missed.gold?.context.segments.map(\.text) == ["Un carcinome canalaire infiltrant du sein gauche, avec ", "métastases hépatiques", "."])
        #expect(missed.gold?.context.segments.map(\.mark) == [nil, .gold, nil])
        #expect(spurious.prediction?.context.segments[1].mark == .prediction)
    }

    @Test func microWeighsItemsMacroWeighsTypes() {
        let dates = (1...10).map { "[0\($0 % 10)/2021](Date)" }.joined(separator: ", ")
        let gold = marked(dates + ", [grade II](Grade).")
        let prediction = marked(dates + ", grade II.")
        let report = score(gold, prediction)
        #expect(close(report.strict.micro.f1, 20.0 / 21))
        #expect(close(report.strict.macro.f1, 0.5))
        #expect(close(report.strict.macro.precision, 0.5), "no Grade predicted: its precision counts as 0")
    }

    @Test func attributesOnStrictPairsOfTypesThatTakeThem() {
        let gold = marked("Sœur : [cancer](Tumour Family History) ; pas de [chimiothérapie](Regimen Negated) ; [tumorectomie](Surgery) du [sein](Site) ; [biopsie](Surgery Negated).")
        // "bio" only overlaps the gold "biopsie": not a strict pair, so its attributes are not compared.
        let prediction = marked("Sœur : [cancer](Tumour Family) ; pas de [chimiothérapie](Regimen Negated Hypothetical) ; [tumorectomie](Surgery Negated) du [sein](Site) ; [bio](Surgery Negated)psie.")
        let report = score(gold, prediction)
        #expect(report.attributePairs == 3)
        let by = Dictionary(uniqueKeysWithValues: report.attributes.map { ($0.attribute, $0) })
        #expect(by[.negated]?.score == Score(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(by[.negated]?.agreement == Accuracy(evaluated: 3, correct: 2))
        #expect(by[.hypothetical]?.score == Score(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(by[.family]?.score == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(close(by[.family]?.agreement.value, 1))
        #expect(by[.history]?.score == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(close(by[.history]?.agreement.value, 2.0 / 3))
        #expect(report.attributeErrors.map(\.attribute).sorted() == [.negated, .hypothetical, .history])
        #expect(report.attributeErrors.first { $0.attribute == .history }?.inGold == true)
    }

    @Test func relationsNeedBothArgumentsMatchedStrictly() {
        let text = "[RE](Biomarker) [positifs](BiomarkerValue), [HER2](Biomarker) [négatif](BiomarkerValue). [trastuzumab](Drug) [8 mg/kg](Dose)."
        let gold = marked(text, relations: [("HasValue", 1, 2), ("HasValue", 3, 4), ("HasDose", 5, 6)])
        let prediction = marked("[RE](Biomarker) [positifs](BiomarkerValue), [HER2](Biomarker) [négatif](BiomarkerValue). [trastuzumab](Drug) [8 mg](Dose)/kg.",
                                relations: [("HasValue", 1, 2), ("HasValue", 1, 4), ("HasDose", 5, 6), ("HasValue", 1, 2)])
        let report = score(gold, prediction)
        #expect(report.relations.perKey["HasValue"] == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(report.relations.perKey["HasDose"] == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1), "8 mg is only a boundary match")
        #expect(report.relations.micro == Score(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(report.relationErrors.map(\.kind) == [.missed, .missed, .spurious, .spurious])
        let missedDose = report.relationErrors.first { $0.kind == .missed && $0.label == "HasDose" }
        #expect(missedDose?.arg2.text == "8 mg/kg")
        #expect(missedDose?.context.segments.filter { $0.mark != nil }.map(\.text) == ["trastuzumab", "8 mg/kg"])
    }

    @Test func normalisationAccuracyOverStrictPairsWithAGoldCode() {
        let gold = marked("[Carcinome canalaire infiltrant](Tumour ICDO3M:8500/3) du [sein gauche](Site ICDO3T:C50.9), [RE](Biomarker HGNC:ESR1) [positif](BiomarkerValue), [adénocarcinome](Tumour ICDO3M:8140/3).")
        let prediction = marked("[Carcinome canalaire infiltrant](Tumour ICDO3M:8500/3) du [sein gauche](Site ICDO3T:C50.4), [RE](Biomarker) [positif](BiomarkerValue STATUS:positive), [adéno](Tumour ICDO3M:8000/3)carcinome.")
        let report = score(gold, prediction)
        #expect(report.normalisation[.tumour] == Accuracy(evaluated: 1, correct: 1), "the boundary pair is not evaluated")
        #expect(report.normalisation[.site] == Accuracy(evaluated: 1, correct: 0))
        #expect(report.normalisation[.biomarker] == Accuracy(evaluated: 1, correct: 0))
        #expect(report.normalisation[.biomarkerValue] == nil, "no gold code: not evaluated")
        #expect(report.normalisationOverall == Accuracy(evaluated: 3, correct: 1))
        #expect(report.codeErrors.map(\.predictedCodes) == [["ICDO3T:C50.4"], []])
    }

    @Test func perDocumentScoresAndAMissingPrediction() {
        let first = marked("[Mélanome](Tumour) de [2010](Date).", name: "a")
        let second = marked("[Lymphome](Tumour) [stade IV](Stage).", name: "b")
        let report = CorpusEvaluator.evaluate([DocumentPair(gold: first, prediction: first), DocumentPair(gold: second, prediction: nil)])
        #expect(report.documents.map(\.name) == ["a", "b"])
        #expect(report.documents[0].strict == Score(truePositives: 2, falsePositives: 0, falseNegatives: 0))
        #expect(report.documents[1].strict == Score(truePositives: 0, falsePositives: 0, falseNegatives: 2))
        #expect(report.documents[1].hasPrediction == false)
        #expect(report.strict.micro == Score(truePositives: 2, falsePositives: 0, falseNegatives: 2))
        #expect(report.errors(of: .missed).map(\.document) == ["b", "b"])
    }

    @Test func agreementIsSymmetric() {
        let forward = score(Self.gold, Self.prediction), backward = score(Self.prediction, Self.gold)
        #expect(close(forward.strict.micro.f1, backward.strict.micro.f1))
        #expect(close(forward.overlap.micro.f1, backward.overlap.micro.f1))
        #expect(close(forward.strict.micro.precision, backward.strict.micro.recall))
    }

    @Test func emptyScoresAreNotPerfect() {
        #expect(Score().isEmpty && Score().f1 == 0)
        #expect(Score(truePositives: 0, falsePositives: 0, falseNegatives: 3).precision == 0)
        #expect(ScoreTable<EntityType>().macro.categories == 0)
    }
}
