import CSQLite

/// A value read from or bound to SQLite.
enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    var int: Int? { if case .integer(let v) = self { return Int(v) } else { return nil } }
    var string: String? { if case .text(let v) = self { return v } else { return nil } }
}

/// `SQLITE_TRANSIENT` (not imported into Swift): SQLite copies the bound bytes.
let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A prepared statement: bind by 1-based index, step, read columns by 0-based index.
///
/// Prepared once and reset between uses on the hot paths (the writer binds
/// each entity row into the same statement).
final class Statement {
    let handle: OpaquePointer
    private unowned let database: Database

    init(_ handle: OpaquePointer, database: Database) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ index: Int, _ value: Int) { sqlite3_bind_int64(handle, Int32(index), Int64(value)) }
    func bind(_ index: Int, _ value: Int64) { sqlite3_bind_int64(handle, Int32(index), value) }

    func bind(_ index: Int, _ value: String?) {
        guard let value else { sqlite3_bind_null(handle, Int32(index)); return }
        var copy = value
        copy.withUTF8 { bind(index, utf8: $0) }
    }

    func bind(_ index: Int, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no address; SQLite needs one for an empty (not NULL) string.
        let empty: StaticString = ""
        let base = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(empty.utf8Start)).assumingMemoryBound(to: CChar.self)
        sqlite3_bind_text(handle, Int32(index), base, Int32(bytes.count), sqliteTransient)
    }

    func bind(_ index: Int, blob bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            _ = sqlite3_bind_blob(handle, Int32(index), raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), sqliteTransient)
        }
    }

    func bindNull(_ index: Int) { sqlite3_bind_null(handle, Int32(index)) }

    func bind(_ index: Int, _ value: SQLValue) {
        switch value {
        case .null: bindNull(index)
        case .integer(let v): bind(index, v)
        case .real(let v): sqlite3_bind_double(handle, Int32(index), v)
        case .text(let v): bind(index, v)
        case .blob(let v): bind(index, blob: v)
        }
    }

    /// Advances to the next row: true when there is one, false when done.
    @discardableResult
    func step() throws -> Bool {
        let status = sqlite3_step(handle)
        if status == SQLITE_ROW { return true }
        if status == SQLITE_DONE { return false }
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
        let sql = sqlite3_sql(handle).map { String(cString: $0) } ?? "a statement"
        sqlite3_reset(handle)
        throw database.error(status, message, context: "running \(sql.prefix(60))")
    }

    /// Runs a statement that returns no rows, then resets it for the next use.
    /// `clearingBindings: false` when the caller binds every parameter before each run (hot paths).
    func run(clearingBindings: Bool = true) throws {
        defer { if clearingBindings { reset() } else { sqlite3_reset(handle) } }
        try step()
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    var columnCount: Int { Int(sqlite3_column_count(handle)) }

    func isNull(_ column: Int) -> Bool { sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL }
    func int(_ column: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(column))) }
    func int64(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }
    func double(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

    func string(_ column: Int) -> String? {
        guard let text = sqlite3_column_text(handle, Int32(column)) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Calls `body` with a text column's UTF-8 bytes, in SQLite's buffer (valid until the next step); empty for NULL.
    func withText<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let text = sqlite3_column_text(handle, Int32(column))
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return try body(UnsafeBufferPointer(start: text, count: text == nil ? 0 : count))
    }

    func blob(_ column: Int) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        guard count > 0, let raw = sqlite3_column_blob(handle, Int32(column)) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: raw, count: count))
    }

    func value(_ column: Int) -> SQLValue {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_INTEGER: return .integer(int64(column))
        case SQLITE_FLOAT: return .real(double(column))
        case SQLITE_TEXT: return .text(string(column) ?? "")
        case SQLITE_BLOB: return .blob(blob(column))
        default: return .null
        }
    }
}
