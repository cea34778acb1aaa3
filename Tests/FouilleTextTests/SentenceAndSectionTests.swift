import Testing
@testable import FouilleText

func sentences(_ text: String, sections: SectionRules = SectionRules()) throws -> [String] {
    let analyzed = try analyze(text, sections: sections)
    return analyzed.sentences.map { analyzed.text(of: $0) }
}

@Test(arguments: [
    ("Vu par le Dr. Martin ce jour. Pas de fièvre.", ["Vu par le Dr. Martin ce jour.", "Pas de fièvre."]),
    ("Avis du Pr. Durand. Suite cf. compte rendu. Fin.", ["Avis du Pr. Durand.", "Suite cf. compte rendu.", "Fin."]),
    ("Taille env. 3 cm. Marges saines.", ["Taille env. 3 cm.", "Marges saines."]),
    ("Lésion de 2.5 cm. RE 90 %.", ["Lésion de 2.5 cm.", "RE 90 %."]),
    ("Prélèvement n° 3. Biopsie.", ["Prélèvement n° 3.", "Biopsie."]),
    ("Carcinome infiltrant du sein\ngauche, de grade II.", ["Carcinome infiltrant du sein\ngauche, de grade II."]),
    ("Carcinome infiltrant\nPas d'emboles", ["Carcinome infiltrant", "Pas d'emboles"]),
    ("Résultats :\n- RE : 90 %\n- RP : 10 %", ["Résultats :", "- RE : 90 %", "- RP : 10 %"]),
    ("Bilan fait.\n\nsuite en minuscule", ["Bilan fait.", "suite en minuscule"]),
    ("Traitement par FOLFOX\n12 cures prévues", ["Traitement par FOLFOX", "12 cures prévues"]),
    ("Est-ce une récidive ? Non. Aucune lésion !", ["Est-ce une récidive ?", "Non.", "Aucune lésion !"]),
    ("Le patient va bien. il revient demain.", ["Le patient va bien. il revient demain."]),
])
func splitsSentences(_ text: String, _ expected: [String]) throws {
    #expect(try sentences(text) == expected)
}

@Test func sectionsFromHeadersWithOrWithoutAccentsColonsAndCase() throws {
    let text = """
    Compte rendu d'anatomie pathologique
    MACROSCOPIE :
    Pièce de tumorectomie de 5 cm.
    Microscopie
    Carcinome canalaire infiltrant.
    IMMUNOHISTOCHIMIE: RE 90 %.
    ANTECEDENTS FAMILIAUX
    Mère : cancer du sein.
    1. Conclusion :
    Carcinome de grade II.
    """
    let analyzed = try analyze(text, sections: testSectionRules())
    #expect(analyzed.sections.map(\.name) == [nil, "MACROSCOPIE", "MICROSCOPIE", "IMMUNOHISTOCHIMIE", "ANTECEDENTS_FAMILIAUX", "CONCLUSION"])
    #expect(analyzed.sections.compactMap(\.heading).map { analyzed.text(of: $0) } ==
            ["MACROSCOPIE", "Microscopie", "IMMUNOHISTOCHIMIE", "ANTECEDENTS FAMILIAUX", "Conclusion"])
    // Every token knows its section and sentence.
    let mere = analyzed.tokens.first { analyzed.text(of: $0.span) == "Mère" }!
    #expect(analyzed.section(of: mere).name == "ANTECEDENTS_FAMILIAUX")
    #expect(analyzed.text(of: analyzed.sentences[Int(mere.sentence)]) == "Mère : cancer du sein.")
    // A header alone on its line is its own sentence, even before lower case.
    let conclusion = try analyze("CONCLUSION\ncarcinome lobulaire.", sections: testSectionRules())
    #expect(conclusion.sentences.map { conclusion.text(of: $0) } == ["CONCLUSION", "carcinome lobulaire."])
}

@Test func sectionsAreNotFoundInsideSentences() throws {
    let analyzed = try analyze("La conclusion est rassurante.\nConclusion du bilan : normal", sections: testSectionRules())
    #expect(analyzed.sections.map(\.name) == [nil])
}
