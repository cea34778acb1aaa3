import Testing
@testable import FouilleLexicon
import FouilleText

struct MatchCase: CustomTestStringConvertible, Sendable {
    let text: String
    /// "matched text|Type|code" for each match, in order.
    let expected: [String]
    var testDescription: String { text }
    init(_ text: String, _ expected: [String]) { self.text = text; self.expected = expected }
}

func describeMatches(_ text: String) throws -> [String] {
    let analyzed = try TextAnalyzer(sectionRules: projectLexicon.sectionRules).analyze(Document(id: "t", text: text))
    return projectLexicon.matcher.matches(in: analyzed).map { match in
        let entry = projectLexicon.matcher.entries[match.entries[0]]
        return "\(analyzed.text(of: match.span))|\(entry.typeName)|\(entry.code ?? "")"
    }
}

/// One or more phrases per lexicon family; folding, plurals, hyphens, acronyms, leftmost-longest.
let matchCases: [MatchCase] = [
    .init("Carcinome canalaire infiltrant du sein gauche", ["Carcinome canalaire infiltrant|Tumour|ICDO3M:8500/3", "sein gauche|Site|ICDO3T:C50.9"]),
    .init("CARCINOME CANALAIRE IN SITU", ["CARCINOME CANALAIRE IN SITU|Tumour|ICDO3M:8500/2"]),
    .init("adenocarcinome lieberkuhnien", ["adenocarcinome lieberkuhnien|Tumour|ICDO3M:8140/3"]),
    .init("lymphome B diffus à grandes cellules", ["lymphome B diffus à grandes cellules|Tumour|ICDO3M:9680/3"]),
    .init("mélanome", ["mélanome|Tumour|ICDO3M:8720/3"]),
    .init("Métastases hépatiques", ["Métastases hépatiques|Metastasis|ICDO3T:C22.0"]),
    .init("localisations secondaires osseuses", ["localisations secondaires osseuses|Metastasis|ICDO3T:C41.9"]),
    .init("carcinose péritonéale", ["carcinose péritonéale|Metastasis|ICDO3T:C48.2"]),
    .init("quadrant supéro-externe", ["quadrant supéro-externe|Site|ICDO3T:C50.4"]),
    .init("quadrant supero externe", ["quadrant supero externe|Site|ICDO3T:C50.4"]),
    .init("lobe supérieur droit", ["lobe supérieur droit|Site|ICDO3T:C34.1"]),
    .init("côlon sigmoïde", ["côlon sigmoïde|Site|ICDO3T:C18.7"]),
    .init("HER2", ["HER2|Biomarker|HGNC:ERBB2"]),
    .init("c-erbB-2", ["c-erbB-2|Biomarker|HGNC:ERBB2"]),
    .init("récepteurs aux œstrogènes", ["récepteurs aux œstrogènes|Biomarker|HGNC:ESR1"]),
    .init("recepteurs aux oestrogenes", ["recepteurs aux oestrogenes|Biomarker|HGNC:ESR1"]),
    .init("RE", ["RE|Biomarker|HGNC:ESR1"]),
    .init("Ki-67", ["Ki-67|Biomarker|HGNC:MKI67"]),
    .init("PD-L1", ["PD-L1|Biomarker|HGNC:CD274"]),
    .init("PD L1 et Ki 67", ["PD L1|Biomarker|HGNC:CD274", "Ki 67|Biomarker|HGNC:MKI67"]),
    .init("CA 15-3", ["CA 15-3|Biomarker|LOINC:6875-9"]),
    .init("PSA", ["PSA|Biomarker|LOINC:2857-1"]),
    .init("trastuzumab", ["trastuzumab|Drug|ATC:L01FD01"]),
    .init("Herceptin", ["Herceptin|Drug|ATC:L01FD01"]),
    .init("pembrolizumab", ["pembrolizumab|Drug|ATC:L01FF02"]),
    .init("bevacizumab", ["bevacizumab|Drug|ATC:L01FG01"]),
    .init("osimertinib", ["osimertinib|Drug|ATC:L01EB04"]),
    .init("5-FU", ["5-FU|Drug|ATC:L01BC02"]),
    .init("FOLFOX", ["FOLFOX|Regimen|REGIMEN:FOLFOX"]),
    .init("R-CHOP", ["R-CHOP|Regimen|REGIMEN:R-CHOP"]),
    .init("chimiothérapie", ["chimiothérapie|Regimen|"]),
    .init("mastectomie", ["mastectomie|Surgery|"]),
    .init("curage axillaire", ["curage axillaire|Surgery|"]),
    .init("radiothérapie", ["radiothérapie|Radiotherapy|"]),
    .init("curiethérapie", ["curiethérapie|Radiotherapy|"]),
    // Ordinary words that look like acronyms do not match: "re" and "ace" in lower case.
    .init("il re-consulte, face à lui", []),
    .init("masse, nodule et lésion", []),
]

@Test(arguments: matchCases)
func matchesLexiconTerms(_ c: MatchCase) throws {
    #expect(try describeMatches(c.text) == c.expected)
}

@Test func matcherIsLeftmostLongestAndNonOverlapping() throws {
    let analyzed = try TextAnalyzer().analyze(Document(id: "t", text: "carcinome canalaire infiltrant et carcinome"))
    let matches = projectLexicon.matcher.matches(in: analyzed)
    #expect(matches.map { analyzed.text(of: $0.span) } == ["carcinome canalaire infiltrant", "carcinome"])
    for (a, b) in zip(matches, matches.dropFirst()) { #expect(a.span.end <= b.span.start) }
}
