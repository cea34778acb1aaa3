import FouilleExtraction
import FouilleLexicon
import Foundation

/// Recognises a store, creates a new one, or migrates an old one, before anything else touches the file.
enum SchemaCheck {
    enum State { case empty, current, old(Int) }

    /// What the file holds; throws for anything that is not a Fouille store this build can use.
    static func inspect(_ db: Database, create: Bool) throws -> State {
        // The first read of the header: a file that is not SQLite fails here (SQLITE_NOTADB).
        let applicationID = try db.scalar("PRAGMA application_id")?.int ?? 0
        let version = try db.scalar("PRAGMA user_version")?.int ?? 0
        let objects = try db.scalar("SELECT count(*) FROM sqlite_schema")?.int ?? 0

        if applicationID == 0, version == 0, objects == 0 {
            guard create else {
                throw StoreError(.notAStore, "\(db.path) is an empty SQLite database, not a Fouille store: fill it with `fouille index PATH... --db \(db.path)`")
            }
            return .empty
        }
        guard applicationID == Int(Schema.applicationID) else {
            let mark = applicationID == 0 ? "no application mark" : String(format: "application_id 0x%08X", applicationID)
            throw StoreError(.notAStore, "\(db.path) is an SQLite database of another application (\(mark), \(objects) schema objects), not a Fouille store; Fouille will not write into it. Give a new file name for a new store.")
        }
        if version > Schema.version {
            throw StoreError(.newerVersion, "\(db.path) is a Fouille store of schema version \(version), made by a newer Fouille; this one reads version \(Schema.version). Use the newer fouille, or rebuild the store.")
        }
        return version < Schema.version ? .old(version) : .current
    }

    /// Creates or migrates the schema as `state` requires, then checks the tables are all there.
    /// Runs after the tokenizer and functions are registered: the FTS table needs the tokenizer.
    static func prepare(_ db: Database, state: State) throws {
        switch state {
        case .empty: try createSchema(db)
        case .old(let version): try migrate(db, from: version)
        case .current: break
        }
        let tables = try names(db)
        let missing = Schema.requiredTables.filter { !tables.contains($0) }
        guard missing.isEmpty else {
            throw StoreError(.corrupt, "the store \(db.path) is incomplete (missing \(missing.joined(separator: ", "))). Rebuild it with `fouille index PATH... --db NEWFILE`.")
        }
        // Queries are folded by today's rules: an index folded by other rules would silently miss.
        let rules = try db.scalar("SELECT value FROM meta WHERE key = 'term_rules'")?.int
        guard rules == Schema.termRulesVersion else {
            throw StoreError(.newerVersion, "the full-text index of \(db.path) was built with term rules version \(rules.map(String.init) ?? "unknown"); this Fouille folds words with version \(Schema.termRulesVersion). Rebuild the store with `fouille index PATH... --db NEWFILE`.")
        }
        // Stores written before zstd hold zlib texts, which this Fouille cannot read back: refuse rather than fail per text.
        let codec = try db.scalar("SELECT value FROM meta WHERE key = 'text_codec'")?.string
        guard codec == Schema.textCodec else {
            throw StoreError(.newerVersion, "the texts of \(db.path) are compressed with \(codec ?? "zlib (an earlier Fouille)"); this Fouille reads \(Schema.textCodec) only. Re-index the reports into a new store with `fouille index PATH... --db NEWFILE`.")
        }
    }

    static func createSchema(_ db: Database) throws {
        // Page size must be set before the first table, and before WAL mode.
        try db.execute("PRAGMA page_size = \(Schema.pageSize)")
        try db.execute("PRAGMA journal_mode = WAL")
        try db.transaction(immediate: true) {
            try db.execute(Schema.version2)
            let type = try db.prepare("INSERT INTO entity_types(id, name) VALUES(?1, ?2)")
            for (index, entityType) in EntityType.allCases.enumerated() {
                type.bind(1, index + 1)
                type.bind(2, entityType.rawValue)
                try type.run()
            }
            let meta = try db.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2)")
            for (key, value) in [("format", SQLValue.text("fouille-store")), ("schema_version", .integer(Int64(Schema.version))),
                                 ("created_at", .text(Store.now())), ("term_rules", .integer(Int64(Schema.termRulesVersion))),
                                 ("text_codec", .text(Schema.textCodec))] {
                meta.bind(1, key)
                meta.bind(2, value)
                try meta.run()
            }
            try db.execute("PRAGMA application_id = \(Schema.applicationID); PRAGMA user_version = \(Schema.version)")
        }
    }

    private static func migrate(_ db: Database, from version: Int) throws {
        try db.transaction(immediate: true) {
            for step in version..<Schema.version {
                guard let sql = Schema.migrations[step] else {
                    throw StoreError(.newerVersion, "\(db.path) is a Fouille store of schema version \(version), made by an earlier Fouille; this one reads version \(Schema.version) and cannot upgrade it. Re-index the reports into a new store with `fouille index PATH... --db NEWFILE`.")
                }
                try db.execute(sql)
            }
            try db.execute("PRAGMA user_version = \(Schema.version)")
        }
    }

    private static func names(_ db: Database) throws -> Set<String> {
        let statement = try db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")
        var out = Set<String>()
        while try statement.step() { if let name = statement.string(0) { out.insert(name) } }
        return out
    }
}
