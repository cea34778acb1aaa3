@testable import FouilleStore
import Testing

struct TermCase: CustomTestStringConvertible, Sendable {
    let text: String
    let terms: [String]
    var testDescription: String { text }
    init(_ text: String, _ terms: [String]) { self.text = text; self.terms = terms }
}

/// What the index holds for French clinical writing; `+` marks a variant at the same position.
let termCases: [TermCase] = [
    .init("Métastases hépatiques", ["metastases", "hepatiques"]),
    .init("MÉTASTASES HÉPATIQUES", ["metastases", "hepatiques"]),
    .init("récepteurs aux œstrogènes", ["recepteurs", "aux", "oestrogenes"]),
    // Elisions are not indexed, typographic apostrophes included.
    .init("l'adénocarcinome d’un cancer qu'il", ["adenocarcinome", "un", "cancer", "il"]),
    .init("aujourd'hui", ["aujourd'hui"]),
    // Signs stay on the marker; the bare marker is colocated.
    .init("RE+ RP- HER2+++", ["re+", "+re", "rp-", "+rp", "her2+++", "+her2"]),
    .init("score 3+", ["score", "3+", "+3"]),
    // Hyphenated clinical names: joined, parts colocated; ordinary compounds stay apart.
    .init("Ki-67 5-FU PD-L1 R-CHOP", ["ki67", "+ki", "+67", "5fu", "+5", "+fu", "pdl1", "+pd", "+l1", "rchop", "+r", "+chop"]),
    .init("supéro-externe", ["supero", "externe"]),
    // TNM: the whole expression, and each component with and without its prefix.
    .init("pT2N1aM0", ["pt2n1am0", "+pt2", "+t2", "+pn1a", "+n1a", "+pm0", "+m0"]),
    .init("ypT0N0", ["ypt0n0", "+ypt0", "+t0", "+ypn0", "+n0"]),
    .init("pT2", ["pt2", "+t2"]),
    .init("90 % et 2,5 cm", ["90%", "+90", "et", "2,5", "+2.5", "cm"]),
    .init("KRAS p.G12C", ["kras", "p.g12c", "+g12c"]),
    .init("le 12/03/2021, 80 mg/m²", ["le", "12/03/2021", "80", "mg/m2"]),
    // Punctuation and lone symbols are not terms.
    .init("Conclusion : (tumeur) ; • +", ["conclusion", "tumeur"]),
]

@Test(arguments: termCases)
func termsOfClinicalText(_ example: TermCase) throws {
    #expect(try terms(example.text) == example.terms)
}

@Test func termsPointAtTheOriginalBytes() throws {
    let text = "Métastases l'adénocarcinome RE+"
    let stream = try ClinicalTermTokenizer().terms(of: text)
    let bytes = Array(text.utf8)
    let written = stream.terms.map { String(decoding: bytes[Int($0.textStart)..<Int($0.textEnd)], as: UTF8.self) }
    #expect(written == ["Métastases", "adénocarcinome", "RE+", "RE+"])
}

@Test func queriesKeepOnlyTheFirstTermOfEachToken() throws {
    #expect(try ClinicalTermTokenizer().terms(of: "RE+ Ki-67 pT2N1aM0").primaryStrings == ["re+", "ki67", "pt2n1am0"])
}
