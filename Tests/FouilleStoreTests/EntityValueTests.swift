import FouilleExtraction
import FouilleText
import FouilleLexicon
@testable import FouilleStore
import Testing

@Test(arguments: [
    ("14/09/2022", "2022-09-14"), ("2023-02-06", "2023-02-06"), ("03/2021", "2021-03"), ("mars 2021", "2021-03"),
    ("février 2021", "2021-02"), ("3 janvier 2022", "2022-01-03"), ("21 juin 2022", "2022-06-21"), ("12.03.21", "2021-03-12"),
    ("1er août 2020", "2020-08-01"), ("août 2020", "2020-08"), ("2019", "2019"), ("1/2", nil), ("octobre", nil), ("32/01/2020", nil),
    ("FÉVRIER 2021", "2021-02"), ("3 AOÛT 2020", "2020-08-03"), ("de\u{301}cembre 2020", nil), ("Ⅻ 2020", nil), ("1 2 3 2020", nil),
])
func datesReadAsISO(_ text: String, _ iso: String?) {
    #expect(DateValue.iso(text) == iso)
}

@Test func valuesNormalisedPerType() {
    #expect(EntityValue.normalised(type: .size, text: "2,4 x 2 cm", code: nil) == "24 x 20 mm")
    #expect(EntityValue.normalised(type: .size, text: "45 MM", code: nil) == "45 mm")
    #expect(EntityValue.normalised(type: .dose, text: "2,5 mg/j", code: nil) == "2.5 mg/j")
    #expect(EntityValue.normalised(type: .dose, text: "50 Gy en 25 fractions", code: nil) == "50 Gy")
    #expect(EntityValue.normalised(type: .dose, text: "130 mg/m²", code: nil) == "130 mg/m2")
    #expect(EntityValue.normalised(type: .biomarkerValue, text: "positif", code: "STATUS:positive") == "positive")
    #expect(EntityValue.normalised(type: .biomarkerValue, text: "1 840 UI/mL", code: nil) == "1840 UI/mL")
    #expect(EntityValue.normalised(type: .stage, text: "pT2 pN1a(sn)", code: "TNM:pT2pN1a(sn)") == "pT2pN1a(sn)")
    #expect(EntityValue.normalised(type: .drug, text: "trastuzumab", code: "ATC:L01FD01") == nil)
}

@Test func typeSlotsFollowAllCases() {
    for (index, type) in EntityType.allCases.enumerated() { #expect(type.slot == index, "\(type)") }
}

@Test(arguments: [
    "2,4 x 2 cm", "45 MM", "3 X 2,5 X 1 CM", "12 mm", "1,5 m", "2 x cm", "abc cm", "2,4\u{A0}x\u{A0}2\u{A0}cm", "2 × 3 mm",
    "2,5 mg/j", "50 Gy en 25 fractions", "130 mg/m²", "1 840 UI/mL", "1\u{202F}840\u{A0}UI/mL", "600 MG", "6,8 ng/mL",
    "5 GY", "70 Gy/35 fr", "2 g", "10", "5 µg", "80 mg/m² J1", "1e3 mg", "12 345 678 UI", "4 x 10⁹/L",
    "45 Gy en 25 séances", "≥ 50 %", "< 1 %", "score 1+", "TPS 10 %", "45 Gy\u{A0}\u{301}séances", "45 Gy é", "1 é45 mg",
    "5² mg", "1 840 mg/m² à J1",
    // Numbers read exactly from bytes, or through `String` (exponents, signs, bare separators, more than 15 digits).
    "0,005 mg", "007 mg", "1,25 mg", "5. mg", ".5 mg", "5, mg", "+5 mg", "-5 mg", "1,5 840 mg", "1234567890123456 UI",
    "123 456 789 012 345 678 UI", "inf mg", "0x10 mg", "1,1 cm", "0,3 cm", "1E3 MM", "-2 mm", "2,4 X 2 CM", "x cm",
    "  2 cm  ", "2  x  3 mm", "5 gY", "5 G", "5 GYM", "5 m²", "99999999999999999999 mm", "1,123456789012345 mm",
    "5\tmg", "2,5\u{A0}Gy en", "12 345", "12 cm/mm",
])
func measuresReadFromBytesEqualTheStringReading(_ text: String) {
    var bytes = text
    bytes.withUTF8 { utf8 in
        if case .read(let size) = ASCIIMeasure.size(utf8) { #expect(size == EntityValue.size(text), "\(text)") }
        if case .read(let quantity) = ASCIIMeasure.quantity(utf8) { #expect(quantity == EntityValue.quantity(text), "\(text)") }
    }
}

@Test(arguments: [
    ("2,4 x 2 cm", "24 x 20 mm"), ("1,1 cm", "11 mm"), ("1,15 cm", "11.5 mm"), ("1E3 MM", "1000 mm"), ("  2 cm  ", "20 mm"),
    ("0,005 m", "5 mm"), ("99999999999999999999 mm", "1e+20 mm"), ("-2 mm", "-2 mm"),
])
func sizesReadFromBytes(_ text: String, _ value: String) {
    var bytes = text
    bytes.withUTF8 { #expect(ASCIIMeasure.size($0) == .read(value), "\(text)") }
}

@Test(arguments: [
    ("0,005 mg", "0.005 mg"), ("1 840 UI/mL", "1840 UI/mL"), ("1,5 840 mg", "1.584 mg"), ("5 gY", "5 Gy"), ("5 G", "5 g"),
    ("130 MG/M²", "130 mg/m2"), ("1e3 mg", "1000 mg"), ("123 456 789 012 345 678 UI", "123456789012345680 ui"), ("12 345", "12 345"),
])
func quantitiesReadFromBytes(_ text: String, _ value: String) {
    var bytes = text
    bytes.withUTF8 { #expect(ASCIIMeasure.quantity($0) == .read(value), "\(text)") }
}

@Test func measuresOutsideTheByteAlphabetGoThroughString() {
    for text in ["5 µg", "45 Gy\u{A0}\u{301}séances", "2 × 3 mm"] {
        var bytes = text
        bytes.withUTF8 { #expect(ASCIIMeasure.quantity($0) == .unreadable || ASCIIMeasure.size($0) == .unreadable, "\(text)") }
    }
}

@Test func factKeysAreSortedUniqueAndSanitised() {
    let span = TextSpan(start: 0, end: 1)
    func entity(_ ordinal: Int, _ type: EntityType, _ code: String?, _ attributes: EntityAttributes = []) -> StoredEntity {
        StoredEntity(ordinal: ordinal, type: type, span: span, text: "", code: code, value: nil, attributes: attributes,
                     laterality: nil, section: nil, sentence: 0)
    }
    let entities = [entity(0, .biomarker, "HGNC:ERBB2"), entity(1, .biomarkerValue, "STATUS:positive"),
                    entity(2, .drug, "ATC:L01FD01", [.negated, .history]), entity(3, .biomarker, "HGNC:ERBB2"),
                    entity(4, .tumour, "ICDO3M:8500/3 é")]
    let keys = FactKeys.keys(entities, [StoredRelation(label: .hasValue, source: 0, target: 1)])
    // String order: `v` (0x76) comes before `|` (0x7C).
    #expect(keys == "biomarkervalue|0 biomarkervalue|0:status:positive biomarker|0 biomarker|0:hgnc:erbb2 "
        + "biomarker|0:hgnc:erbb2=positive drug|9 drug|9:atc:l01fd01 tumour|0 tumour|0:icdo3m:8500/3___")
    #expect(keys.split(separator: " ").map(String.init) == Set(keys.split(separator: " ").map(String.init)).sorted())
}

@Test func measuresOfMixedPiecesReadFromBytesEqualTheStringReading() {
    // Texts made of pieces that matter to the readings (separators, digits, units, case, `²`, exponents, signs),
    // chosen by a fixed linear congruential sequence so the test is the same on every run.
    let pieces = ["1", "25", "0", "840", ",", ".", "x", "X", " ", " ", "cm", "mm", "m", "MG", "Gy", "gy", "²", "\u{A0}",
                  "\u{202F}", "e", "-", "+", "é", "/j", "UI"]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<3000 {
        var text = ""
        for _ in 0..<(1 + Int(state >> 60)) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += pieces[Int(state >> 33) % pieces.count]
        }
        var bytes = text
        bytes.withUTF8 { utf8 in
            if case .read(let size) = ASCIIMeasure.size(utf8) { #expect(size == EntityValue.size(text), "\(text)") }
            if case .read(let quantity) = ASCIIMeasure.quantity(utf8) { #expect(quantity == EntityValue.quantity(text), "\(text)") }
        }
    }
}
