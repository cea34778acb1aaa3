/// The entity types of the annotation guideline (`../shared/ANNOTATION.md`).
public enum EntityType: String, CaseIterable, Sendable, Codable, Comparable {
    case tumour = "Tumour"
    case site = "Site"
    case metastasis = "Metastasis"
    case stage = "Stage"
    case grade = "Grade"
    case size = "Size"
    case biomarker = "Biomarker"
    case biomarkerValue = "BiomarkerValue"
    case drug = "Drug"
    case regimen = "Regimen"
    case surgery = "Surgery"
    case radiotherapy = "Radiotherapy"
    case dose = "Dose"
    case date = "Date"

    /// Types that may carry the Negated, Hypothetical, Family and History attributes.
    public var takesAttributes: Bool {
        switch self {
        case .tumour, .metastasis, .drug, .regimen, .surgery, .radiotherapy: return true
        default: return false
        }
    }

    /// The code namespaces the guideline allows for this type.
    public var codeNamespaces: [String] {
        switch self {
        case .tumour: return ["ICDO3M"]
        case .site, .metastasis: return ["ICDO3T"]
        case .biomarker: return ["HGNC", "LOINC"]
        case .drug: return ["ATC"]
        case .regimen: return ["REGIMEN"]
        case .biomarkerValue: return ["STATUS", "PERCENT"]
        case .stage: return ["TNM", "STAGE"]
        default: return []
        }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
