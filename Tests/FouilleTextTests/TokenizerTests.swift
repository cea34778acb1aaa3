import Testing
@testable import FouilleText

/// Real French clinical strings and the tokens a clinician reads in them.
struct TokenizerCase: CustomTestStringConvertible, Sendable {
    let text: String
    let tokens: [String]
    var testDescription: String { text }
    init(_ text: String, _ tokens: [String]) { self.text = text; self.tokens = tokens }
}

let tokenizerCases: [TokenizerCase] = [
    // Elisions, with ' and ’
    .init("l'adénocarcinome", ["l'", "adénocarcinome"]),
    .init("l’adénocarcinome", ["l’", "adénocarcinome"]),
    .init("d'HER2", ["d'", "HER2"]),
    .init("qu'il", ["qu'", "il"]),
    .init("n'a pas", ["n'", "a", "pas"]),
    .init("s'agit", ["s'", "agit"]),
    .init("c'est", ["c'", "est"]),
    .init("j'ai", ["j'", "ai"]),
    .init("jusqu'à J21", ["jusqu'", "à", "J21"]),
    .init("lorsqu’il", ["lorsqu’", "il"]),
    .init("puisqu'elle", ["puisqu'", "elle"]),
    .init("L'EXAMEN", ["L'", "EXAMEN"]),
    .init("aujourd'hui", ["aujourd'hui"]),
    .init("presqu'île", ["presqu'île"]),
    .init("d'un carcinome", ["d'", "un", "carcinome"]),
    // TNM
    .init("pT2N1aM0", ["pT2N1aM0"]),
    .init("ypT0N0(sn)", ["ypT0N0(sn)"]),
    .init("cT3 N2 M1", ["cT3", "N2", "M1"]),
    .init("pN0(i-)", ["pN0(i-)"]),
    .init("pT1b(m) pN1mi", ["pT1b(m)", "pN1mi"]),
    .init("ypT1cN0(sn), R0.", ["ypT1cN0(sn)", ",", "R0", "."]),
    .init("pTis", ["pTis"]),
    // Receptor and score signs
    .init("RE+", ["RE+"]),
    .init("RP-", ["RP-"]),
    .init("HER2+++", ["HER2+++"]),
    .init("score 3+", ["score", "3+"]),
    .init("RE+/RP-", ["RE+", "/", "RP-"]),
    .init("HER2- ", ["HER2-"]),
    .init("CK7+ CK20-", ["CK7+", "CK20-"]),
    .init("RH+ HER2-.", ["RH+", "HER2-", "."]),
    // Hyphenated marker and drug names
    .init("Ki-67", ["Ki-67"]),
    .init("Ki67", ["Ki67"]),
    .init("Ki‑67 à 20 %", ["Ki‑67", "à", "20 %"]),
    .init("5-FU", ["5-FU"]),
    .init("c-KIT", ["c-KIT"]),
    .init("PD-L1", ["PD-L1"]),
    .init("c-erbB-2", ["c-erbB-2"]),
    .init("R-CHOP 21", ["R-CHOP", "21"]),
    .init("MIB-1", ["MIB-1"]),
    .init("anti-EGFR", ["anti", "-", "EGFR"]),
    .init("supéro-externe", ["supéro", "-", "externe"]),
    .init("FOLFIRI-bévacizumab", ["FOLFIRI", "-", "bévacizumab"]),
    // Serum markers
    .init("CA 15-3", ["CA 15-3"]),
    .init("CA 19-9 à 37 U/mL", ["CA 19-9", "à", "37", "U/mL"]),
    .init("CA-125", ["CA-125"]),
    .init("CA 125 élevé", ["CA 125", "élevé"]),
    // Numbers, percentages, ranges
    .init("2,5 cm", ["2,5", "cm"]),
    .init("12.5 mm", ["12.5", "mm"]),
    .init("90 %", ["90 %"]),
    .init("90%", ["90%"]),
    .init("90\u{00A0}%", ["90\u{00A0}%"]),
    .init("15\u{202F}%", ["15\u{202F}%"]),
    .init("3-4 cm", ["3", "-", "4", "cm"]),
    .init("3 x 2 cm", ["3", "x", "2", "cm"]),
    // Dates
    .init("12/03/2021", ["12/03/2021"]),
    .init("le 2021-04-15.", ["le", "2021-04-15", "."]),
    .init("03/2021", ["03/2021"]),
    .init("12.03.21", ["12.03.21"]),
    .init("3/12 ganglions", ["3", "/", "12", "ganglions"]),
    .init("50-0-75 mg", ["50", "-", "0", "-", "75", "mg"]),
    .init("32/13/2021", ["32", "/", "13", "/", "2021"]),
    // Units
    .init("80 mg/m²", ["80", "mg/m²"]),
    .init("80 mg/m2", ["80", "mg/m2"]),
    .init("6 mg/kg", ["6", "mg/kg"]),
    .init("12 ng/mL", ["12", "ng/mL"]),
    .init("50 Gy", ["50", "Gy"]),
    .init("2,5 mg/j", ["2,5", "mg/j"]),
    // Variants
    .init("c.5946del", ["c.5946del"]),
    .init("p.G12C", ["p.G12C"]),
    .init("V600E", ["V600E"]),
    .init("c.2573T>G (p.Leu858Arg)", ["c.2573T>G", "(", "p.Leu858Arg", ")"]),
    .init("p.(Gly12Cys).", ["p.(Gly12Cys)", "."]),
    .init("c.-124C>T", ["c.-124C>T"]),
    // Abbreviations and symbols
    .init("n° 12", ["n°", "12"]),
    .init("Dr. Martin", ["Dr", ".", "Martin"]),
    .init("Gleason 7 (4+3)", ["Gleason", "7", "(", "4", "+", "3", ")"]),
    .init("• Ki67 : 25 %", ["•", "Ki67", ":", "25 %"]),
    .init("Œstrogènes : 90 %", ["Œstrogènes", ":", "90 %"]),
]

@Test(arguments: tokenizerCases)
func tokenizes(_ c: TokenizerCase) throws {
    #expect(try tokenTexts(c.text) == c.tokens)
}

@Test func tokenKinds() throws {
    let text = try analyze("pT2N1aM0 RE+ 90 % le 12/03/2021 80 mg/m² c.5946del l'ADK Ki-67 2,5")
    let kinds = text.tokens.map(\.kind)
    #expect(kinds == [.tnm, .signed, .percentage, .word, .date, .number, .unit, .variant, .elision, .word, .word, .number])
}

@Test func tokensRecordLineBreaksAndSpaces() throws {
    let text = try analyze("CONCLUSION :\n\nCarcinome,infiltrant")
    #expect(text.tokens.map(\.lineBreaksBefore) == [0, 0, 2, 0, 0])
    #expect(text.tokens.map(\.spaceBefore) == [false, true, true, false, false])
}
