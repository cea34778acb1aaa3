import FouilleExtraction
import FouilleLexicon

/// Queries drawn from a store's own vocabulary, for `fouille bench store`.
///
/// Deterministic (every k-th term in alphabetical order), so two runs on the
/// same store measure the same queries:
/// - *selective*: single words found in under 1 % of the reports;
/// - *facts*: `--has`/`--type` filters over fact keys of every frequency, with
///   context flags, a third of them with a word as well;
/// - *broad*: words found in over 25 % of the reports (ranking every hit dominates).
public struct BenchmarkQueries: Sendable {
    public var selective: [SearchRequest] = []
    public var facts: [SearchRequest] = []
    public var broad: [SearchRequest] = []

    /// About `count` queries of each class (fewer when the vocabulary has fewer candidates).
    public static func sample(_ store: Store, count: Int) throws -> BenchmarkQueries {
        let db = store.database
        let documents = try db.scalar("SELECT count(*) FROM documents")?.int ?? 0
        try db.execute("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, fts, row);
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.fact_keys USING fts5vocab(main, facts, row);
            """)
        func terms(_ sql: String, _ bindings: [SQLValue]) throws -> [String] {
            let statement = try db.prepare(sql)
            for (index, value) in bindings.enumerated() { statement.bind(index + 1, value) }
            var out = [String]()
            while try statement.step() { if let term = statement.string(0) { out.append(term) } }
            return out
        }
        func spread<T>(_ items: [T], _ n: Int) -> [T] {
            guard items.count > n, n > 0 else { return items }
            return (0..<n).map { items[$0 * items.count / n] }
        }
        let letters = "term GLOB '[a-z][a-z][a-z][a-z]*' AND term NOT GLOB '*[^a-z]*'"
        var queries = BenchmarkQueries()
        let rare = try terms("SELECT term FROM temp.fts_terms WHERE doc BETWEEN 1 AND ?1 AND \(letters) ORDER BY term",
                             [.integer(Int64(max(1, documents / 100)))])
        queries.selective = spread(rare, count).map { SearchRequest(query: $0) }
        let common = try terms("SELECT term FROM temp.fts_terms WHERE doc > ?1 AND \(letters) ORDER BY term", [.integer(Int64(documents / 4))])
        queries.broad = spread(common, max(1, count / 4)).map { SearchRequest(query: $0) }

        // Fact keys: `type|mask:code[=value]`, as filters with the flags their mask allows.
        let keys = try terms("SELECT term FROM temp.fact_keys ORDER BY term", [])
        let flags: [EntityAttributes] = [[], .negated, [.negated, .family], [.negated, .hypothetical, .family, .history]]
        for (index, key) in spread(keys, count).enumerated() {
            guard let bar = key.firstIndex(of: "|") else { continue }
            let typeName = String(key[..<bar])
            let rest = key[key.index(after: bar)...]
            let code = rest.firstIndex(of: ":").map { String(rest[rest.index(after: $0)...]) }
            var request = SearchRequest(query: index % 3 == 2 ? (rare.isEmpty ? "" : (index % 2 == 0 ? common.first ?? "" : rare[index % rare.count])) : "")
            guard let filter = try? FactFilter(parsing: typeName + (code.map { ":" + $0 } ?? "")) else { continue }
            request.facts = [filter]
            request.exclusions = AttributeExclusions(flags[index % flags.count])
            queries.facts.append(request)
        }
        return queries
    }
}
