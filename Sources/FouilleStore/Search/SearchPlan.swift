/// A search request compiled to SQL: a FROM clause, conditions and their bound values.
///
/// User input only ever reaches SQLite as bound parameters: the words as a
/// checked FTS5 expression (``QueryParser``), the facts as an FTS5 expression
/// over fact keys (``FactFilter``), metadata as plain values.
struct SearchPlan {
    /// The parsed words, nil for a search without words.
    var words: QueryParser.Parsed
    /// `fts JOIN documents`, `facts JOIN documents` or `documents`.
    var from: String
    var conditions: [String] = []
    var bindings: [SQLValue] = []
    var wordsMatch: String?

    init(_ request: SearchRequest, parser: QueryParser) throws {
        words = try parser.parse(request.query)
        let factsMatch = request.facts.isEmpty ? nil : request.facts.map { $0.matchText(request.exclusions) }.joined(separator: " AND ")
        if let expression = words.expression {
            wordsMatch = expression.matchText
            from = "fts JOIN documents d ON d.id = fts.rowid"
            conditions.append("fts MATCH ?")
            bindings.append(.text(expression.matchText))
            if let factsMatch {
                conditions.append("d.id IN (SELECT rowid FROM facts WHERE facts MATCH ?)")
                bindings.append(.text(factsMatch))
            }
        } else if let factsMatch {
            from = "facts JOIN documents d ON d.id = facts.rowid"
            conditions.append("facts MATCH ?")
            bindings.append(.text(factsMatch))
        } else {
            from = "documents d"
        }
        if let patient = request.patient { conditions.append("d.patient_id = ?"); bindings.append(.text(patient)) }
        if let kind = request.kind { conditions.append("d.kind = ?"); bindings.append(.text(kind.lowercased())) }
        if let from = request.from { conditions.append("d.date >= ?"); bindings.append(.text(from)) }
        // `~` sorts after digits and '-': `--to 2021` keeps 2021-12-31.
        if let to = request.to { conditions.append("d.date <= ?"); bindings.append(.text(to + "~")) }
        guard !conditions.isEmpty else {
            throw StoreError(.filter, "nothing to search for: give words, or at least one filter (--has, --type, --patient, --kind, --from, --to)")
        }
        if !request.exclusions.excluded.isEmpty && request.facts.isEmpty {
            throw StoreError(.filter, "--not-negated, --no-hypothetical, --no-family and --no-history qualify facts: add --has TYPE:CODE or --type TYPE")
        }
    }

    var whereClause: String { conditions.joined(separator: " AND ") }

    func bind(_ statement: Statement, from first: Int = 1) {
        for (offset, value) in bindings.enumerated() { statement.bind(first + offset, value) }
    }
}
