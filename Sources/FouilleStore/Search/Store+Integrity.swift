extension Store {
    /// Checks the whole store: SQLite's page-level check, both FTS5 indexes against their content,
    /// the compression dictionary against its hash, then every annotations row (``checkAnnotations()``).
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
        if let stored = try database.scalar("SELECT value FROM meta WHERE key = 'dictionary_hash'")?.int,
           Int64(stored) != ContentHash.of(bytes: dictionary) {
            throw StoreError(.corrupt, "the store \(path) is damaged (its compression dictionary, needed by every text, changed). Rebuild it with `fouille index PATH... --db NEWFILE`.")
        }
        try checkAnnotations()
    }

    /// Parses every `annotations` row and compares its entities with `documents.entity_count`.
    /// A row is mostly JSON text, which SQLite's page check does not read: damage there shows only here.
    func checkAnnotations() throws {
        let rows = try database.prepare("""
            SELECT a.id, a.entities, a.relations, d.entity_count FROM annotations a LEFT JOIN documents d ON d.id = a.id
            """)
        while try rows.step() {
            var count = 0
            do {
                try rows.withText(1) { try AnnotationRow.forEachEntity($0, strings: true) { _ in count += 1 } }
                _ = try rows.withText(2) { try AnnotationRow.relations($0) }
            } catch is JSONCursor.Malformed {
                count = -1
            }
            guard count < 0 || rows.isNull(3) || count != rows.int(3) else { continue }
            throw StoreError(.corrupt, "the store \(path) is damaged (the annotations of report \(rows.int64(0)) do not read back). Rebuild it with `fouille index PATH... --db NEWFILE`.")
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
