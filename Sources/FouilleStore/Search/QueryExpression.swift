/// A parsed full-text query: FTS5's syntax, as a tree.
///
/// Precedence as in FTS5: `NOT` binds tighter than `AND` (also implied
/// between neighbours), which binds tighter than `OR`.
public indirect enum QueryExpression: Equatable, Sendable {
    /// A word or a quoted phrase as typed; `prefix` for a trailing `*`.
    case phrase(String, prefix: Bool)
    /// `NEAR(a b c, distance)`: the phrases within `distance` terms of each other.
    case near([QueryExpression], distance: Int?)
    case and(QueryExpression, QueryExpression)
    case or(QueryExpression, QueryExpression)
    /// Left but not right (FTS5's binary `NOT`).
    case not(QueryExpression, QueryExpression)

    /// The safe FTS5 `MATCH` text: every phrase quoted (FTS5 then folds it with
    /// the `fouille` tokenizer, as the index was), operators explicit, parentheses everywhere.
    public var matchText: String {
        switch self {
        case .phrase(let text, let prefix):
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
        case .near(let phrases, let distance):
            return "NEAR(" + phrases.map(\.matchText).joined(separator: " ") + (distance.map { ", \($0)" } ?? "") + ")"
        case .and(let a, let b): return "(\(a.matchText) AND \(b.matchText))"
        case .or(let a, let b): return "(\(a.matchText) OR \(b.matchText))"
        case .not(let a, let b): return "(\(a.matchText) NOT \(b.matchText))"
        }
    }

    /// The phrases of the query, in order, for highlighting and explanations.
    public var phrases: [String] {
        switch self {
        case .phrase(let text, _): return [text]
        case .near(let parts, _): return parts.flatMap(\.phrases)
        case .and(let a, let b), .or(let a, let b), .not(let a, let b): return a.phrases + b.phrases
        }
    }
}
