import FouilleExtraction
import Foundation

extension Store {
    /// The best `limit` reports for a request: by bm25 when it has words, newest first otherwise.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        let plan = try SearchPlan(request, parser: QueryParser(tokenizer: try tokenizer.liveTokenizer()))
        let results = try withReadTransaction { () -> SearchResults in
            let order = plan.wordsMatch != nil ? "score" : "d.date DESC, d.external_id"
            let score = plan.wordsMatch != nil ? "bm25(fts)" : "NULL"
            let select = try database.prepare("""
                SELECT d.id, d.external_id, d.patient_id, d.date, d.kind, d.source, \(score) AS score
                FROM \(plan.from) WHERE \(plan.whereClause) ORDER BY \(order) LIMIT ? OFFSET ?
                """)
            plan.bind(select)
            select.bind(plan.bindings.count + 1, request.limit)
            select.bind(plan.bindings.count + 2, request.offset)
            var hits = [SearchHit]()
            var ids = [Int64]()
            while try select.step() {
                ids.append(select.int64(0))
                hits.append(SearchHit(rank: request.offset + hits.count + 1, documentID: select.string(1) ?? "",
                                      patientID: select.string(2), date: select.string(3), kind: select.string(4),
                                      source: select.string(5), score: select.isNull(6) ? nil : -select.double(6),
                                      snippet: Snippet(parts: []), evidence: []))
            }
            try annotate(&hits, ids: ids, plan: plan, request: request)
            let total = hits.count < request.limit && request.offset == 0 ? hits.count : try countMatches(plan)
            return SearchResults(hits: hits, total: total, ignoredWords: plan.words.ignored, matchText: plan.wordsMatch)
        }
        try recordAudit(request, mode: "hits", results: results.total)
        return results
    }

    /// How many reports match.
    public func count(_ request: SearchRequest) throws -> Int {
        let plan = try SearchPlan(request, parser: QueryParser(tokenizer: try tokenizer.liveTokenizer()))
        let total = try withReadTransaction { try countMatches(plan) }
        try recordAudit(request, mode: "count", results: total)
        return total
    }

    /// Matching reports per patient (or kind), most reports first: a cohort.
    public func groups(_ request: SearchRequest, by grouping: SearchGrouping) throws -> [SearchGroup] {
        let plan = try SearchPlan(request, parser: QueryParser(tokenizer: try tokenizer.liveTokenizer()))
        let groups = try withReadTransaction { () -> [SearchGroup] in
            let select = try database.prepare("""
                SELECT \(grouping.column), count(*) AS n FROM \(plan.from) WHERE \(plan.whereClause)
                GROUP BY \(grouping.column) ORDER BY n DESC, \(grouping.column)
                """)
            plan.bind(select)
            var out = [SearchGroup]()
            while try select.step() { out.append(SearchGroup(key: select.string(0), documents: select.int(1))) }
            return out
        }
        try recordAudit(request, mode: "group-by \(grouping.rawValue)", results: groups.reduce(0) { $0 + $1.documents })
        return groups
    }

    private func countMatches(_ plan: SearchPlan) throws -> Int {
        let select = try database.prepare("SELECT count(*) FROM \(plan.from) WHERE \(plan.whereClause)")
        plan.bind(select)
        try select.step()
        return select.int(0)
    }

    /// Snippets (FTS5's, around the words) and evidence (the entities that satisfy the fact filters).
    private func annotate(_ hits: inout [SearchHit], ids: [Int64], plan: SearchPlan, request: SearchRequest) throws {
        let snippet = try plan.wordsMatch.map { _ in
            try database.prepare("SELECT snippet(fts, 0, char(2), char(3), '…', 20) FROM fts WHERE fts MATCH ?1 AND rowid = ?2")
        }
        for index in hits.indices {
            if let snippet, let match = plan.wordsMatch {
                snippet.bind(1, match)
                snippet.bind(2, ids[index])
                if try snippet.step() { hits[index].snippet = Snippet(marked: snippet.string(0) ?? "") }
                snippet.reset()
            }
            guard !request.facts.isEmpty || plan.wordsMatch == nil else { continue }
            let text = try storedText(ids[index]) ?? []
            if !request.facts.isEmpty {
                let (entities, relations) = try EntityReader(store: self).entities(of: ids[index], text: text)
                hits[index].evidence = Evidence.entities(entities, relations, request: request)
            }
            if plan.wordsMatch == nil {
                hits[index].snippet = Evidence.snippet(text, around: hits[index].evidence.first?.span)
            }
        }
    }

    /// The UTF-8 text of a stored report.
    func storedText(_ id: Int64) throws -> [UInt8]? {
        let select = try database.prepare("SELECT fouille_text(body) FROM texts WHERE id = ?1")
        select.bind(1, id)
        guard try select.step(), let text = select.string(0) else { return nil }
        return Array(text.utf8)
    }

    /// Runs reads in one transaction (one consistent snapshot, no lock taken per statement);
    /// a failure there means a damaged store, said so (``diagnosing(_:)``).
    private func withReadTransaction<T>(_ body: () throws -> T) throws -> T {
        try diagnosing { try database.transaction(body) }
    }
}
