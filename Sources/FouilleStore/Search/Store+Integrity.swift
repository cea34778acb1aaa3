extension Store {
    /// Checks the whole store: SQLite's page-level check, then both FTS5 indexes against their content.
    ///
    /// FTS5's integrity check re-tokenises every stored text with the live
    /// tokenizer and compares with the index, so it also proves that the terms
    /// the indexer took from the extraction are the terms the tokenizer gives.
    /// Reads everything: seconds per hundred megabytes.
    public func checkIntegrity() throws {
        let check = try database.prepare("PRAGMA quick_check")
        var problems = [String]()
        while try check.step() { if let line = check.string(0), line != "ok" { problems.append(line) } }
        guard problems.isEmpty else {
            throw StoreError(.corrupt, "the store \(path) is damaged: \(problems.prefix(5).joined(separator: "; ")). Rebuild it with `fouille index PATH... --db NEWFILE`.")
        }
        for table in ["fts", "facts"] {
            do {
                try database.execute("INSERT INTO \(table)(\(table)) VALUES('integrity-check')")
            } catch let error as StoreError {
                throw StoreError(.corrupt, "the full-text index '\(table)' of \(path) does not match its content (\(error.message)). Rebuild the store with `fouille index PATH... --db NEWFILE`.")
            }
        }
    }
}
