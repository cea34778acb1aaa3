/// The role of a context cue (`Lexicons/context/context.tsv`, code `Role/direction`), and what it sets.
enum ContextRole {
    case negated, hypothetical, suggestive, family, history, pseudo, terminate, other

    init(_ name: Substring) {
        switch name {
        case "Negated": self = .negated
        case "Hypothetical": self = .hypothetical
        case "Suggestive": self = .suggestive
        case "Family": self = .family
        case "History": self = .history
        case "Pseudo": self = .pseudo
        case "Terminate": self = .terminate
        default: self = .other
        }
    }

    var attribute: EntityAttributes? {
        switch self {
        case .negated: return .negated
        case .hypothetical, .suggestive: return .hypothetical
        case .family: return .family
        case .history: return .history
        case .pseudo, .terminate, .other: return nil
        }
    }

    /// Forward reach, in tokens.
    var reach: Int {
        switch self {
        case .negated: return 8
        case .hypothetical: return 20
        case .suggestive: return 12
        case .family: return 40
        case .history: return 10
        case .pseudo, .terminate, .other: return 8
        }
    }
}
