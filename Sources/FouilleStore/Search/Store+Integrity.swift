extension Store {
    /// Checks the whole store: SQLite's page-level check, then both FTS5 indexes against their content.
    ///
    /// FTS5's integrity check re-tokenises every stored text with the live
    /// tokenizer and compares with the index, so it also proves that the terms
    /// the indexer took from the extraction are the terms the tokenizer gives.
    /// Reads everything: seconds per hundred megabytes.
    public func checkIntegrity() throws {
        if let damage = try pageDamage() { throw damage }
        for table in ["fts", "facts"] {
            do {
                try database.execute("INSERT INTO \(table)(\(table)) VALUES('integrity-check')")
            } catch let error as StoreError {
                throw StoreError(.corrupt, "the full-text index '\(table)' of \(path) does not match its content (\(error.message)). Rebuild the store with `fouille index PATH... --db NEWFILE`.")
            }
        }
    }

    /// SQLite's `quick_check` as an error naming the first problems, or nil when the pages are sound.
    func pageDamage() throws -> StoreError? {
        let check = try database.prepare("PRAGMA quick_check")
        var problems = [String]()
        while try check.step() {
            // A row may hold several lines; the `*** in database main ***` headers say nothing.
            for line in (check.string(0) ?? "").split(separator: "\n") where line != "ok" && !line.hasPrefix("***") {
                problems.append(String(line))
            }
        }
        guard !problems.isEmpty else { return nil }
        let more = problems.count > 2 ? " and \(problems.count - 2) more problems" : ""
        return StoreError(.corrupt, "the store \(path) is damaged (\(problems.prefix(2).joined(separator: "; "))\(more)). Rebuild it with `fouille index PATH... --db NEWFILE`.")
    }

    /// Runs a read; when SQLite fails with a vague error (FTS5 often says only "SQL logic error" on a
    /// damaged index), checks the pages so the user hears "damaged" rather than an SQLite message.
    func diagnosing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError where error.kind == .failed {
            // The parser only hands FTS5 valid expressions; should one still be refused, say it is the query.
            if error.message.contains("fts5: syntax error") {
                throw StoreError(.query, "the search could not be run as written (\(error.message)); simplify the query")
            }
            if let damage = try? pageDamage() { throw damage }
            throw StoreError(.corrupt, "the store \(path) could not be read (\(error.message)); it may be damaged: `fouille stats --db \(path) --check` checks it, `fouille index PATH... --db NEWFILE` rebuilds it.")
        }
    }
}
