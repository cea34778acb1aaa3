/// Parses FTS5 query syntax, checks it, and answers a tree whose `MATCH` text is safe.
///
/// Accepted, as in SQLite FTS5: words (`carcinome`), phrases
/// (`"carcinome lobulaire"`), prefixes (`carcin*`, `"carcinome lob"*`),
/// `AND` (also implied between neighbours), `OR`, `NOT` (binary: `a NOT b`),
/// parentheses and `NEAR(a b, 10)`. Words are kept as typed, clinical signs
/// included (`RE+`, `Ki-67`, `5-FU`, `l'adénocarcinome`); FTS5 folds them
/// with the `fouille` tokenizer, exactly as the index was folded. A word with
/// nothing searchable (`l'`, `-`) is left out and reported. Anything else is
/// a ``QuerySyntaxError`` saying where and why, never an SQLite message.
public struct QueryParser {
    /// The outcome: nil expression for a query with no words (a facts-only search).
    public struct Parsed: Equatable, Sendable {
        public var expression: QueryExpression?
        /// Words left out because nothing in them is searchable.
        public var ignored: [String]
    }

    private let tokenizer: ClinicalTermTokenizer

    public init(tokenizer: ClinicalTermTokenizer) { self.tokenizer = tokenizer }

    public func parse(_ query: String) throws -> Parsed {
        var lexer = QueryLexer(query)
        let tokens = try lexer.tokens()
        guard !tokens.isEmpty else { return Parsed(expression: nil, ignored: []) }
        var parser = Grammar(tokens: tokens, query: query)
        let tree = try parser.parseQuery()
        var ignored = [String]()
        let pruned = try prune(tree, ignored: &ignored)
        guard let pruned else {
            throw QuerySyntaxError(query: query, position: 0, reason: "nothing searchable in the query (only \(ignored.map { "'\($0)'" }.joined(separator: ", ")))")
        }
        return Parsed(expression: pruned, ignored: ignored)
    }

    /// Drops phrases with no searchable term, and the operators they leave dangling.
    private func prune(_ node: QueryExpression, ignored: inout [String]) throws -> QueryExpression? {
        switch node {
        case .phrase(let text, _):
            if try !tokenizer.terms(of: text).primaryStrings.isEmpty { return node }
            ignored.append(text)
            return nil
        case .near(let phrases, let distance):
            let kept = try phrases.compactMap { try prune($0, ignored: &ignored) }
            if kept.count > 1 { return .near(kept, distance: distance) }
            return kept.first
        case .and(let a, let b), .or(let a, let b):
            let left = try prune(a, ignored: &ignored), right = try prune(b, ignored: &ignored)
            guard let left, let right else { return left ?? right }
            if case .and = node { return .and(left, right) }
            return .or(left, right)
        case .not(let a, let b):
            let left = try prune(a, ignored: &ignored), right = try prune(b, ignored: &ignored)
            guard let left else { return nil }
            return right.map { .not(left, $0) } ?? left
        }
    }
}

/// The query's tokens, with their character positions.
struct QueryToken: Equatable {
    enum Kind: Equatable {
        case word(String, prefix: Bool)
        case quoted(String, prefix: Bool)
        case and, or, not, near, open, close, comma
    }
    var kind: Kind
    var position: Int
}

/// Splits a query into tokens; a comma is a token only inside `NEAR(...)`, elsewhere it belongs to words (`2,5`).
struct QueryLexer {
    private let characters: [Character]
    private let query: String
    private var i = 0

    init(_ query: String) {
        self.query = query
        characters = Array(query)
    }

    mutating func tokens() throws -> [QueryToken] {
        var out = [QueryToken]()
        var insideNear = false
        while i < characters.count {
            let c = characters[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            switch c {
            case "(":
                out.append(QueryToken(kind: .open, position: start)); i += 1
            case ")":
                out.append(QueryToken(kind: .close, position: start)); i += 1
                insideNear = false
            case "," where insideNear:
                out.append(QueryToken(kind: .comma, position: start)); i += 1
            case "\"":
                let text = try quoted()
                out.append(QueryToken(kind: .quoted(text, prefix: takeStar()), position: start))
            case "*":
                throw error(start, "a '*' must follow a word with no space before it (prefix search: carcin*)")
            default:
                let word = try bareword(insideNear: insideNear)
                switch word.text {
                case "AND": out.append(QueryToken(kind: .and, position: start))
                case "OR": out.append(QueryToken(kind: .or, position: start))
                case "NOT": out.append(QueryToken(kind: .not, position: start))
                case "NEAR" where i < characters.count && characters[i] == "(":
                    out.append(QueryToken(kind: .near, position: start))
                    insideNear = true
                default: out.append(QueryToken(kind: .word(word.text, prefix: word.prefix), position: start))
                }
            }
        }
        return out
    }

    private mutating func quoted() throws -> String {
        let open = i
        i += 1
        var text = ""
        while i < characters.count {
            if characters[i] == "\"" {
                // FTS5 writes a quote inside a phrase as two quotes.
                if i + 1 < characters.count, characters[i + 1] == "\"" { text.append("\""); i += 2; continue }
                i += 1
                return text
            }
            text.append(characters[i])
            i += 1
        }
        throw error(open, "this quote opens a phrase that is never closed: add '\"' at its end")
    }

    private mutating func takeStar() -> Bool {
        guard i < characters.count, characters[i] == "*" else { return false }
        i += 1
        return true
    }

    private mutating func bareword(insideNear: Bool) throws -> (text: String, prefix: Bool) {
        var text = ""
        while i < characters.count {
            let c = characters[i]
            if c.isWhitespace || c == "(" || c == ")" || c == "\"" || (insideNear && c == ",") { break }
            if c == "*" {
                let next = i + 1 < characters.count ? characters[i + 1] : " "
                guard next.isWhitespace || next == ")" || (insideNear && next == ",") else {
                    throw error(i, "'*' can only end a word (prefix search: carcin*)")
                }
                i += 1
                return (text, true)
            }
            text.append(c)
            i += 1
        }
        return (text, false)
    }

    private func error(_ position: Int, _ reason: String) -> QuerySyntaxError {
        QuerySyntaxError(query: query, position: position, reason: reason)
    }
}

/// Recursive descent over the tokens: or → and → not → primary.
private struct Grammar {
    let tokens: [QueryToken]
    let query: String
    var k = 0

    init(tokens: [QueryToken], query: String) {
        self.tokens = tokens
        self.query = query
    }

    mutating func parseQuery() throws -> QueryExpression {
        let tree = try parseOr()
        if k < tokens.count {
            let token = tokens[k]
            if token.kind == .close { throw error(token, "this ')' has no matching '('") }
            throw error(token, "unexpected \(describe(token))")
        }
        return tree
    }

    private var peek: QueryToken? { k < tokens.count ? tokens[k] : nil }

    private mutating func parseOr() throws -> QueryExpression {
        var left = try parseAnd()
        while let token = peek, token.kind == .or {
            k += 1
            left = .or(left, try operand(after: token, "OR"))
        }
        return left
    }

    private mutating func parseAnd() throws -> QueryExpression {
        var left = try parseNot()
        while let token = peek {
            if token.kind == .and {
                k += 1
                left = .and(left, try operand(after: token, "AND", not: true))
            } else if startsPrimary(token) {
                left = .and(left, try parseNot())
            } else {
                break
            }
        }
        return left
    }

    private mutating func parseNot() throws -> QueryExpression {
        var left = try parsePrimary()
        while let token = peek, token.kind == .not {
            k += 1
            guard let next = peek, startsPrimary(next) else { throw error(peek ?? token, "NOT needs a term after it: carcinome NOT \"in situ\"") }
            left = .not(left, try parsePrimary())
        }
        return left
    }

    /// The right side of a binary operator, with a clear message when it is missing.
    private mutating func operand(after token: QueryToken, _ name: String, not: Bool = false) throws -> QueryExpression {
        guard let next = peek else { throw error(token, "\(name) needs a term after it") }
        guard startsPrimary(next) else { throw error(next, "\(name) needs a term after it, not \(describe(next))") }
        return not ? try parseNot() : try parseAnd()
    }

    private func startsPrimary(_ token: QueryToken) -> Bool {
        switch token.kind {
        case .word, .quoted, .open, .near: return true
        default: return false
        }
    }

    private mutating func parsePrimary() throws -> QueryExpression {
        guard let token = peek else { throw QuerySyntaxError(query: query, position: query.count, reason: "the query ends where a term is expected") }
        switch token.kind {
        case .word(let text, let prefix), .quoted(let text, let prefix):
            k += 1
            return .phrase(text, prefix: prefix)
        case .open:
            k += 1
            if let next = peek, next.kind == .close { throw error(next, "empty parentheses: put words between them") }
            let inner = try parseOr()
            guard let close = peek, close.kind == .close else { throw error(token, "this '(' is never closed: add ')'") }
            k += 1
            return inner
        case .near:
            return try parseNear(token)
        case .close:
            throw error(token, "this ')' has no matching '('")
        case .and, .or:
            throw error(token, "\(describe(token)) needs a term before it")
        case .not:
            throw error(token, "NOT needs a term before it: FTS5's NOT means 'but not', as in carcinome NOT \"in situ\"")
        case .comma:
            throw error(token, "a comma only separates the distance in NEAR(a b, 10)")
        }
    }

    private mutating func parseNear(_ near: QueryToken) throws -> QueryExpression {
        k += 2  // NEAR and its '('
        var phrases = [QueryExpression]()
        var distance: Int?
        loop: while let token = peek {
            switch token.kind {
            case .word(let text, let prefix), .quoted(let text, let prefix):
                k += 1
                phrases.append(.phrase(text, prefix: prefix))
            case .comma:
                k += 1
                guard let number = peek, case .word(let text, false) = number.kind, let value = Int(text), value >= 0 else {
                    throw error(peek ?? token, "NEAR's distance must be a whole number: NEAR(a b, 10)")
                }
                distance = value
                k += 1
                guard let close = peek, close.kind == .close else { throw error(peek ?? number, "NEAR(...) must end after its distance: add ')'") }
            case .close:
                break loop
            default:
                throw error(token, "NEAR(...) holds only words and phrases, then ', distance'; not \(describe(token))")
            }
        }
        guard let close = peek, close.kind == .close else { throw error(near, "this NEAR( is never closed: add ')'") }
        k += 1
        guard phrases.count >= 2 else { throw error(near, "NEAR needs at least two words or phrases: NEAR(carcinome lobulaire, 5)") }
        return .near(phrases, distance: distance)
    }

    private func describe(_ token: QueryToken) -> String {
        switch token.kind {
        case .word(let text, _): return "'\(text)'"
        case .quoted(let text, _): return "\"\(text)\""
        case .and: return "AND"
        case .or: return "OR"
        case .not: return "NOT"
        case .near: return "NEAR"
        case .open: return "'('"
        case .close: return "')'"
        case .comma: return "','"
        }
    }

    private func error(_ token: QueryToken, _ reason: String) -> QuerySyntaxError {
        QuerySyntaxError(query: query, position: token.position, reason: reason)
    }
}
