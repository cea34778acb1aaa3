import FouilleLexicon
@testable import FouilleStore
import Testing

@Test(arguments: [
    ("14/09/2022", "2022-09-14"), ("2023-02-06", "2023-02-06"), ("03/2021", "2021-03"), ("mars 2021", "2021-03"),
    ("février 2021", "2021-02"), ("3 janvier 2022", "2022-01-03"), ("21 juin 2022", "2022-06-21"), ("12.03.21", "2021-03-12"),
    ("1er août 2020", "2020-08-01"), ("août 2020", "2020-08"), ("2019", "2019"), ("1/2", nil), ("octobre", nil), ("32/01/2020", nil),
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
