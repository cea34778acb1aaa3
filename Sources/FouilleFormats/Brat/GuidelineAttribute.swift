import FouilleLexicon

/// The binary attributes of the annotation guideline (`A` lines).
///
/// They apply only to types whose `EntityType.takesAttributes` is true
/// (Tumour, Metastasis, Drug, Regimen, Surgery, Radiotherapy). Several may hold
/// at once: `pas d'antécédent familial de cancer` is Negated + Family + History.
public enum GuidelineAttribute: String, CaseIterable, Sendable, Codable, Comparable {
    /// Stated absent or not done: *pas de métastase*, *sans chimiothérapie*.
    case negated = "Negated"
    /// Suspected, uncertain, proposed or planned: *suspicion de carcinome*.
    case hypothetical = "Hypothetical"
    /// About a relative: *sa mère a eu un cancer du sein*.
    case family = "Family"
    /// A previous, distinct cancer: *antécédent de mélanome en 2010*.
    case history = "History"

    public static func < (lhs: GuidelineAttribute, rhs: GuidelineAttribute) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
