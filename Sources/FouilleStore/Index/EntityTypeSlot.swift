import FouilleLexicon

extension EntityType {
    /// The type's position in `allCases`: an array index where a `[EntityType: X]` lookup would hash the
    /// type per entity on the indexing hot path. Exhaustive, so a new type does not compile until it has one.
    var slot: Int {
        switch self {
        case .tumour: return 0
        case .site: return 1
        case .metastasis: return 2
        case .stage: return 3
        case .grade: return 4
        case .size: return 5
        case .biomarker: return 6
        case .biomarkerValue: return 7
        case .drug: return 8
        case .regimen: return 9
        case .surgery: return 10
        case .radiotherapy: return 11
        case .dose: return 12
        case .date: return 13
        }
    }
}
