import CSQLite
import Foundation

/// One SQLite connection, with errors turned into ``StoreError``s that name the file.
///
/// Opened with `SQLITE_OPEN_NOMUTEX`: a connection belongs to one thread at a
/// time (the indexer's writer thread, or the thread that searches); the
/// connection-level mutex would only cost time.
final class Database {
    enum Mode {
        /// Create the file (owner-only permissions) when it does not exist.
        case create
        /// The file must exist; reads and writes.
        case readWrite
        /// The file must exist; reads only.
        case readOnly
    }

    let path: String
    let handle: OpaquePointer

    init(path: String, mode: Mode) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard mode == .create else {
                throw StoreError(.missing, "no store at \(path): create one with `fouille index PATH... --db \(path)`")
            }
            try StoreFile.createOwnerOnly(path)
        }
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        flags |= mode == .readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        var db: OpaquePointer?
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw Self.error(status, message, path: path, context: "opening")
        }
        handle = db
        sqlite3_busy_timeout(db, 10_000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        let text = message.map { String(cString: $0) } ?? ""
        sqlite3_free(message)
        guard status == SQLITE_OK else { throw error(status, text, context: "running \(Self.excerpt(sql))") }
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw error(status, String(cString: sqlite3_errmsg(handle)), context: "preparing \(Self.excerpt(sql))")
        }
        return Statement(statement, database: self)
    }

    /// The single value of a query, or nil when it returns no row or NULL.
    func scalar(_ sql: String, _ bindings: [SQLValue] = []) throws -> SQLValue? {
        let statement = try prepare(sql)
        for (index, value) in bindings.enumerated() { statement.bind(index + 1, value) }
        guard try statement.step() else { return nil }
        return statement.value(0)
    }

    /// Runs `body` in a transaction; commits when it returns, rolls back when it throws.
    func transaction<T>(immediate: Bool = false, _ body: () throws -> T) throws -> T {
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// A ``StoreError`` for an SQLite status, with the file name and what was being done.
    func error(_ status: Int32, _ message: String, context: String) -> StoreError {
        Self.error(status, message, path: path, context: context)
    }

    static func error(_ status: Int32, _ message: String, path: String, context: String) -> StoreError {
        switch status & 0xFF {
        case SQLITE_NOTADB:
            return StoreError(.notAStore, "\(path) is not a Fouille store: it is not an SQLite database (\(message)). Give the path of a store made by `fouille index`, or a new file name.")
        case SQLITE_CORRUPT:
            return StoreError(.corrupt, "the store \(path) is damaged (SQLite: \(message), while \(context)). Rebuild it with `fouille index PATH... --db NEWFILE`.")
        case SQLITE_BUSY, SQLITE_LOCKED:
            return StoreError(.busy, "the store \(path) is locked by another process (an index run?); try again when it has finished.")
        case SQLITE_CANTOPEN:
            return StoreError(.failed, "cannot open \(path) (\(message)): check that the folder exists and that you may read and write it.")
        case SQLITE_READONLY:
            return StoreError(.failed, "\(path) is read-only for you (\(message)).")
        case SQLITE_FULL:
            return StoreError(.failed, "the disk holding \(path) is full (\(message)).")
        case SQLITE_IOERR:
            return StoreError(.failed, "input/output error on \(path) (\(message), while \(context)).")
        default:
            return StoreError(.failed, "SQLite error on \(path) while \(context): \(message) (code \(status))")
        }
    }

    private static func excerpt(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).first.map(String.init) ?? sql
        return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }
}
