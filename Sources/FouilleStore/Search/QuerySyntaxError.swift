/// A search query that does not parse, with where and why, in the user's terms.
///
/// ```
/// carcinome AND (canalaire OR lobulaire
///               ^ this '(' is never closed: add ')'
/// ```
public struct QuerySyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The query as typed.
    public var query: String
    /// Character offset of the problem in `query`.
    public var position: Int
    public var reason: String

    public init(query: String, position: Int, reason: String) {
        self.query = query
        self.position = position
        self.reason = reason
    }

    /// The reason, then the query with a caret under the problem.
    public var description: String {
        "invalid search query: \(reason)\n  \(query)\n  \(String(repeating: " ", count: max(0, position)))^"
    }
}
