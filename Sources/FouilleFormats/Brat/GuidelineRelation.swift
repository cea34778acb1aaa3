import FouilleLexicon

/// The relation labels of the annotation guideline (`R` lines) and the argument types each allows.
public enum GuidelineRelation: String, CaseIterable, Sendable, Codable, Comparable {
    /// `Arg1:Biomarker Arg2:BiomarkerValue`: each value to its marker.
    case hasValue = "HasValue"
    /// `Arg1:Drug|Radiotherapy|Regimen Arg2:Dose`.
    case hasDose = "HasDose"

    /// The types allowed as `Arg1`.
    public var firstArgumentTypes: Set<EntityType> {
        switch self {
        case .hasValue: return [.biomarker]
        case .hasDose: return [.drug, .radiotherapy, .regimen]
        }
    }

    /// The types allowed as `Arg2`.
    public var secondArgumentTypes: Set<EntityType> {
        switch self {
        case .hasValue: return [.biomarkerValue]
        case .hasDose: return [.dose]
        }
    }

    public static func < (lhs: GuidelineRelation, rhs: GuidelineRelation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
