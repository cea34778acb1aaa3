extension Store {
    /// Records a search in the `audit` table: when, who (the system user), the words, the filters, how many reports matched.
    ///
    /// Searching health records is an act that must leave a trace; only
    /// `--no-audit` (``SearchRequest/audit``) skips it. A search whose audit
    /// row cannot be written fails rather than go unrecorded.
    func recordAudit(_ request: SearchRequest, mode: String, results: Int) throws {
        guard request.audit else { return }
        let insert = try database.prepare("INSERT INTO audit(at, user, query, filters, results) VALUES(?1, ?2, ?3, ?4, ?5)")
        insert.bind(1, Store.now())
        insert.bind(2, Store.systemUser())
        insert.bind(3, request.query)
        var filters = request.filtersJSON
        if mode != "hits" { filters = String(filters.dropLast()) + (filters == "{}" ? "" : ",") + "\"mode\":\"\(mode)\"}" }
        insert.bind(4, filters)
        insert.bind(5, results)
        do { try insert.run() } catch let error as StoreError {
            throw StoreError(error.kind, "the search could not be recorded in the audit table (\(error.message)); searches are audited unless --no-audit is given")
        }
    }

    /// The audit rows, newest first: (time, user, query, filters, results).
    public func auditLog(limit: Int = 100) throws -> [(at: String, user: String, query: String, filters: String, results: Int)] {
        let select = try database.prepare("SELECT at, user, query, filters, results FROM audit ORDER BY id DESC LIMIT ?1")
        select.bind(1, limit)
        var out = [(at: String, user: String, query: String, filters: String, results: Int)]()
        while try select.step() {
            out.append((select.string(0) ?? "", select.string(1) ?? "", select.string(2) ?? "", select.string(3) ?? "", select.int(4)))
        }
        return out
    }
}
