import Foundation

/// A row of `index_runs`: one `fouille index` invocation, its inputs and its counts.
///
/// Counts are written in the same transaction as each batch of reports, so
/// after a kill the row says exactly what the store holds; `finished_at`
/// stays NULL, which is how `--resume` finds the run to continue.
public struct IndexRun: Sendable, Equatable {
    public var id: Int64
    /// ISO 8601, UTC.
    public var startedAt: String
    /// Nil while the run goes on, or for ever when it was killed (until `--resume` finishes it).
    public var finishedAt: String?
    /// The paths given, made absolute: what `--resume` reads again.
    public var inputs: [String]
    /// Run with `--force`.
    public var force: Bool
    public var counts: IndexCounts

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    /// The latest run of a store, if any.
    static func latest(_ db: Database) throws -> IndexRun? {
        let select = try db.prepare("""
            SELECT id, started_at, finished_at, inputs, force, read, added, replaced, unchanged, failed
            FROM index_runs ORDER BY id DESC LIMIT 1
            """)
        guard try select.step() else { return nil }
        let inputs = (try? JSONDecoder().decode([String].self, from: Data((select.string(3) ?? "[]").utf8))) ?? []
        return IndexRun(id: select.int64(0), startedAt: select.string(1) ?? "", finishedAt: select.string(2), inputs: inputs,
                        force: select.int(4) != 0,
                        counts: IndexCounts(read: select.int(5), added: select.int(6), replaced: select.int(7),
                                            unchanged: select.int(8), failed: select.int(9)))
    }

    /// Records a new run.
    static func start(_ db: Database, inputs: [String], force: Bool) throws -> IndexRun {
        let json = String(decoding: (try? Self.encoder.encode(inputs)) ?? Data("[]".utf8), as: UTF8.self)
        let startedAt = Store.now()
        let insert = try db.prepare("INSERT INTO index_runs(started_at, user, inputs, force) VALUES(?1, ?2, ?3, ?4)")
        insert.bind(1, startedAt)
        insert.bind(2, Store.systemUser())
        insert.bind(3, json)
        insert.bind(4, force ? 1 : 0)
        try insert.run()
        return IndexRun(id: db.lastInsertRowID, startedAt: startedAt, finishedAt: nil, inputs: inputs, force: force, counts: IndexCounts())
    }

    /// Takes up an interrupted run: its failures are forgotten, since its inputs are read again and fail again.
    static func resume(_ db: Database, _ run: IndexRun) throws -> IndexRun {
        var resumed = run
        resumed.counts.read -= run.counts.failed
        resumed.counts.failed = 0
        let delete = try db.prepare("DELETE FROM index_failures WHERE run_id = ?1")
        delete.bind(1, run.id)
        try delete.run()
        try save(db, resumed, finished: false)
        return resumed
    }

    /// Writes the counts (and the end time when `finished`), inside the caller's transaction.
    static func save(_ db: Database, _ run: IndexRun, finished: Bool) throws {
        let update = try db.prepare("""
            UPDATE index_runs SET read = ?2, added = ?3, replaced = ?4, unchanged = ?5, failed = ?6,
            finished_at = CASE WHEN ?7 THEN ?8 ELSE NULL END WHERE id = ?1
            """)
        update.bind(1, run.id)
        update.bind(2, run.counts.read)
        update.bind(3, run.counts.added)
        update.bind(4, run.counts.replaced)
        update.bind(5, run.counts.unchanged)
        update.bind(6, run.counts.failed)
        update.bind(7, finished ? 1 : 0)
        update.bind(8, Store.now())
        try update.run()
    }

    static func recordFailure(_ db: Database, run: Int64, _ failure: IndexFailure) throws {
        let insert = try db.prepare("INSERT INTO index_failures(run_id, source, reason) VALUES(?1, ?2, ?3)")
        insert.bind(1, run)
        insert.bind(2, failure.source)
        insert.bind(3, failure.reason)
        try insert.run()
    }
}

/// How many reports a run read, and what became of them.
public struct IndexCounts: Sendable, Equatable {
    public var read = 0
    /// New reports stored.
    public var added = 0
    /// Reports whose text or metadata changed, stored again in place of the old rows.
    public var replaced = 0
    /// Reports already stored with the same id and content: nothing done.
    public var unchanged = 0
    public var failed = 0

    public init(read: Int = 0, added: Int = 0, replaced: Int = 0, unchanged: Int = 0, failed: Int = 0) {
        self.read = read
        self.added = added
        self.replaced = replaced
        self.unchanged = unchanged
        self.failed = failed
    }
}

/// An input the run could not read or extract; the batch went on without it.
public struct IndexFailure: Sendable, Equatable, CustomStringConvertible {
    /// The file, or `FILE:LINE` for a JSONL record.
    public var source: String
    public var reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "\(source): \(reason)" }
}
