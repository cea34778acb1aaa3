import FouilleText
import Foundation
import Testing
@testable import FouilleExtraction

struct MarkupCase: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: String
    var testDescription: String { text }
    init(_ text: String, _ expected: String) { self.text = text; self.expected = expected }
}

/// French phrases for every lexicon family and pattern, with the guideline's traps.
let markupCases: [MarkupCase] = [
    // Tumour and Site; no determiner in the span; a site adjective after a morphology is its own Site.
    .init("Carcinome canalaire infiltrant du sein gauche.", "[[Tumour:Carcinome canalaire infiltrant]] du [[Site:sein gauche]]."),
    .init("Il s'agit d'un adénocarcinome pulmonaire.", "Il s'agit d'un [[Tumour:adénocarcinome]] [[Site:pulmonaire]]."),
    .init("Carcinome canalaire in situ du quadrant supéro-externe du sein droit.",
          "[[Tumour:Carcinome canalaire in situ]] du [[Site:quadrant supéro-externe du sein droit]]."),
    .init("Lymphome B diffus à grandes cellules.", "[[Tumour:Lymphome B diffus à grandes cellules]]."),
    // Masse, nodule and lésion are not tumours, and their sites are not annotated; their size is.
    .init("Masse du sein gauche de 2 cm.", "Masse du sein gauche de [[Size:2 cm]]."),
    .init("Nodule pulmonaire de 8 mm, non spécifique.", "Nodule pulmonaire de [[Size:8 mm]], non spécifique."),
    // A site only where it locates a tumour, metastasis, surgery or radiotherapy.
    .init("Le foie est normal.", "Le foie est normal."),
    // Metastasis with its site, negated, hypothetical, M1 as a noun.
    .init("Métastases hépatiques multiples.", "[[Metastasis:Métastases hépatiques multiples]]."),
    .init("Une métastase frontale unique.", "Une [[Metastasis:métastase frontale unique]]."),
    .init("Tumeur classée uT3 N+ M0.", "[[Tumour:Tumeur]] classée [[Stage:uT3 N+ M0]]."),
    .init("Thyroïdite grade 1 sous nivolumab.", "Thyroïdite grade 1 sous [[Drug:nivolumab]]."),
    .init("Radiothérapie stéréotaxique 3 x 9 Gy.", "[[Radiotherapy:Radiothérapie stéréotaxique]] [[Dose:3 x 9 Gy]]."),
    .init("Sensible aux ITK de l'EGFR.", "Sensible aux ITK de l'EGFR."),
    .init("Carcinome urothélial papillaire de haut grade.", "[[Tumour:Carcinome urothélial papillaire]] de [[Grade:haut grade]]."),
    .init("Pièce pesant 48 g et mesurant 6 x 5 x 3 cm.", "Pièce pesant 48 g et mesurant 6 x 5 x 3 cm."),
    .init("Pas de métastase à distance.", "Pas de [[Metastasis+Negated:métastase]] à distance."),
    .init("Suspicion de carcinose péritonéale.", "Suspicion de [[Metastasis+Hypothetical:carcinose péritonéale]]."),
    .init("Classé M1 hépatique.", "Classé [[Metastasis:M1 hépatique]]."),
    // Biomarkers: signs split, anti-EGFR is a drug class, values linked.
    .init("RE+ RP- HER2 score 3+.", "[[Biomarker:RE]][[BiomarkerValue:+]] [[Biomarker:RP]][[BiomarkerValue:-]] [[Biomarker:HER2]] [[BiomarkerValue:score 3+]]."),
    .init("Traitement par anti-EGFR (cétuximab).", "Traitement par anti-EGFR ([[Drug:cétuximab]])."),
    .init("RE et RP positifs à 90 %.", "[[Biomarker:RE]] et [[Biomarker:RP]] [[BiomarkerValue:positifs]] à [[BiomarkerValue:90 %]]."),
    .init("Absence de mutation KRAS.", "[[BiomarkerValue:Absence de mutation]] [[Biomarker:KRAS]]."),
    .init("Tumeur triple négative.", "[[Tumour:Tumeur]] triple négative."),
    .init("Recherche de mutation BRAF demandée.", "Recherche de mutation [[Biomarker:BRAF]] demandée."),
    .init("Porteuse d'une mutation BRAF V600E.", "Porteuse d'une mutation [[Biomarker:BRAF]] [[BiomarkerValue:V600E]]."),
    .init("Absence de mutation de NRAS et de KIT.", "[[BiomarkerValue:Absence de mutation]] de [[Biomarker:NRAS]] et de [[Biomarker:KIT]]."),
    // Treatments.
    .init("4 EC 90 puis 12 paclitaxel hebdomadaire.", "[[Regimen:4 EC 90]] puis 12 [[Drug:paclitaxel]] hebdomadaire."),
    .init("12 cures de FOLFOX.", "12 cures de [[Regimen:FOLFOX]]."),
    .init("Sa chimiothérapie adjuvante a été bien tolérée.", "Sa [[Regimen:chimiothérapie adjuvante]] a été bien tolérée."),
    .init("Mastectomie gauche avec curage axillaire.", "[[Surgery:Mastectomie gauche]] avec [[Surgery:curage axillaire]]."),
    .init("Radiothérapie externe pelvienne : 50 Gy en 25 fractions.", "[[Radiotherapy:Radiothérapie externe pelvienne]] : [[Dose:50 Gy en 25 fractions]]."),
    .init("Carboplatine AUC5 et paclitaxel.", "[[Drug:Carboplatine]] [[Dose:AUC5]] et [[Drug:paclitaxel]]."),
    .init("RE : 90 % (intensité forte).", "[[Biomarker:RE]] : [[BiomarkerValue:90 %]] (intensité forte)."),
    .init("Capécitabine 825 mg/m² deux fois par jour.", "[[Drug:Capécitabine]] [[Dose:825 mg/m²]] deux fois par jour."),
    .init("Service de radiothérapie.", "Service de radiothérapie."),
    .init("PLATEFORME DE GÉNÉTIQUE MOLÉCULAIRE DES CANCERS", "PLATEFORME DE GÉNÉTIQUE MOLÉCULAIRE DES CANCERS"),
    .init("Colectomie gauche par coelioscopie.", "[[Surgery:Colectomie gauche]] par coelioscopie."),
    .init("Une chimiothérapie est proposée.", "Une [[Regimen+Hypothetical:chimiothérapie]] est proposée."),
    .init("La radiothérapie n'est pas retenue.", "La [[Radiotherapy+Negated:radiothérapie]] n'est pas retenue."),
    // Stage, grade, dates.
    .init("pT2N1aM0, stade IIIA.", "[[Stage:pT2N1aM0]], [[Stage:stade IIIA]]."),
    .init("Classé cT3 N2 M1.", "Classé [[Stage:cT3 N2 M1]]."),
    .init("Carcinome de grade SBR II.", "[[Tumour:Carcinome]] de [[Grade:grade SBR II]]."),
    .init("Neutropénie grade 2 au cycle 3.", "Neutropénie grade 2 au cycle 3."),
    .init("Adénocarcinome, score de Gleason 7 (4+3), ISUP 3.", "[[Tumour:Adénocarcinome]], [[Grade:score de Gleason 7 (4+3)]], [[Grade:ISUP 3]]."),
    .init("Biopsie du 12/03/2021, classification OMS 2021.", "[[Surgery:Biopsie]] du [[Date:12/03/2021]], classification OMS 2021."),
    .init("Opérée en mars 2019.", "Opérée en [[Date:mars 2019]]."),
    // Context: family and history.
    .init("Sa mère a eu un cancer du sein.", "Sa mère a eu un [[Tumour+Family+History:cancer]] du [[Site:sein]]."),
    .init("ATCD de mélanome en 2010.", "ATCD de [[Tumour+History:mélanome]] en [[Date:2010]]."),
    .init("Pas d'antécédent familial de cancer.", "Pas d'antécédent familial de [[Tumour+Negated+Family+History:cancer]]."),
    .init("ATCD de carcinome du sein en 2012, traité par tumorectomie et radiothérapie.",
          "ATCD de [[Tumour+History:carcinome]] du [[Site:sein]] en [[Date:2012]], traité par [[Surgery+History:tumorectomie]] et [[Radiotherapy+History:radiothérapie]]."),
    .init("Carcinome du sein chez une patiente avec une histoire familiale chargée.",
          "[[Tumour:Carcinome]] du [[Site:sein]] chez une patiente avec une histoire familiale chargée."),
]

@Test(arguments: markupCases)
func extractsPerTheGuideline(_ c: MarkupCase) throws {
    #expect(try markup(c.text) == c.expected)
}

@Test func codesFollowTheGuidelineNamespaces() throws {
    #expect(try codes("Carcinome canalaire infiltrant du sein gauche, RE 90 %, HER2 négatif.") == [
        "Tumour:Carcinome canalaire infiltrant → ICDO3M:8500/3", "Site:sein gauche → ICDO3T:C50.9",
        "Biomarker:RE → HGNC:ESR1", "BiomarkerValue:90 % → PERCENT:90", "Biomarker:HER2 → HGNC:ERBB2",
        "BiomarkerValue:négatif → STATUS:negative",
    ])
    #expect(try codes("Trastuzumab (Herceptin) et pembrolizumab après 4 EC 90, stade IV, cT2 N1 M0.") == [
        "Drug:Trastuzumab → ATC:L01FD01", "Drug:Herceptin → ATC:L01FD01", "Drug:pembrolizumab → ATC:L01FF02",
        "Regimen:4 EC 90 → REGIMEN:EC", "Stage:stade IV → STAGE:IV", "Stage:cT2 N1 M0 → TNM:cT2N1M0",
    ])
    #expect(try codes("HER2 score 2+, KRAS p.G12C, BRAF sauvage.") == [
        "Biomarker:HER2 → HGNC:ERBB2", "BiomarkerValue:score 2+ → STATUS:equivocal", "Biomarker:KRAS → HGNC:KRAS",
        "BiomarkerValue:p.G12C → STATUS:mutated", "Biomarker:BRAF → HGNC:BRAF", "BiomarkerValue:sauvage → STATUS:wild-type",
    ])
}

@Test func relationsLinkValuesToMarkersAndDosesToTreatments() throws {
    #expect(try relations("Pas de réarrangement ALK ni ROS1, absence de mutation EGFR.") == [
        "HasValue(ALK → Pas de réarrangement)", "HasValue(ROS1 → Pas de réarrangement)", "HasValue(EGFR → absence de mutation)",
    ])
    #expect(try relations("- KIT (exons 9, 11, 13, 17, 18) : absence de mutation") == ["HasValue(KIT → absence de mutation)"])
    #expect(try relations("RE et RP positifs, HER2 négatif.") == [
        "HasValue(RE → positifs)", "HasValue(RP → positifs)", "HasValue(HER2 → négatif)",
    ])
    #expect(try relations("Radiothérapie : 50 Gy en 25 fractions, 2 Gy par fraction. Carboplatine AUC 5 et paclitaxel 175 mg/m².") == [
        "HasDose(Radiothérapie → 50 Gy en 25 fractions)", "HasDose(Radiothérapie → 2 Gy par fraction)",
        "HasDose(Carboplatine → AUC 5)", "HasDose(paclitaxel → 175 mg/m²)",
    ])
}

@Test func entitiesNeverOverlapOnTheSampleCorpus() throws {
    let folder = repositoryRoot.appendingPathComponent("Corpora/samples")
    let pipeline = try ExtractionPipeline(lexicon: projectLexicon)
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let result = try pipeline.extract(Document(id: name, text: text))
        #expect(!result.entities.isEmpty, "\(name): nothing extracted")
        for (a, b) in zip(result.entities, result.entities.dropFirst()) {
            #expect(a.span.end <= b.span.start, "\(name): \(result.text(of: a)) overlaps \(result.text(of: b))")
        }
        for entity in result.entities {
            let text = result.text(of: entity)
            #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false, "\(name): span '\(text)' has white space at an edge")
            #expect(!entity.attributes.isEmpty == false || entity.type.takesAttributes, "\(name): attributes on \(entity.type)")
        }
    }
}
