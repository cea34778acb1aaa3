import FouilleExtraction
import FouilleLexicon
import Foundation

/// A Fouille store: one SQLite file holding reports, their facts and their full-text index.
///
/// Opening checks that the file is a store (``Schema/applicationID``), of a
/// schema version this build knows, and sets the connection up: WAL mode,
/// the `fouille` FTS5 tokenizer, the `fouille_text` function. One `Store` is
/// one connection: use it from one thread at a time.
///
/// ```swift
/// let store = try Store(path: "/tmp/fouille.db", access: .readWrite)
/// let hits = try store.search(SearchRequest(query: "métastases hépatiques"))
/// ```
public final class Store {
    public enum Access: Sendable {
        /// Create the file when missing (mode 0600) and the schema when the file is empty.
        case create
        /// An existing store, read and written (search writes its audit row).
        case readWrite
    }

    public let path: String
    let database: Database
    let tokenizer = FTSTokenizerContext()
    private let textFunction: TextFunction.Box
    /// The compression dictionary; empty until the first index run makes it.
    private(set) var dictionary: [UInt8]
    /// Stable ids of entity types, from the `entity_types` table.
    private(set) var typeIDs: [EntityType: Int] = [:]
    private(set) var typesByID: [Int: EntityType] = [:]
    private var names: (codes: NameCache, sections: NameCache)?

    public init(path: String, access: Access) throws {
        self.path = path
        database = try Database(path: path, mode: access == .create ? .create : .readWrite)
        let state = try SchemaCheck.inspect(database, create: access == .create)
        if case .empty = state {
            dictionary = []
        } else {
            dictionary = try database.scalar("SELECT value FROM meta WHERE key = 'dictionary'").flatMap {
                if case .blob(let bytes) = $0 { return bytes } else { return nil }
            } ?? []
        }
        textFunction = TextFunction.Box(try TextDecompressor(dictionary: dictionary))
        try TextFunction.register(on: database, box: textFunction)
        try FTSTokenizerBridge.register(on: database, context: tokenizer)
        try SchemaCheck.prepare(database, state: state)
        try database.execute("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768")
        try loadEntityTypes()
    }

    /// Stores the compression dictionary; only once, before the first text is stored.
    func setDictionary(_ bytes: [UInt8]) throws {
        guard dictionary.isEmpty else { return }
        let statement = try database.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('dictionary', ?1)")
        statement.bind(1, blob: bytes)
        try statement.run()
        // Damage to the dictionary garbles every text silently (zstd frames carry no checksum): the hash lets the check see it.
        let hash = try database.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('dictionary_hash', ?1)")
        hash.bind(1, ContentHash.of(bytes: bytes))
        try hash.run()
        dictionary = bytes
        textFunction.decompressor = try TextDecompressor(dictionary: bytes)
    }

    /// Code and section names by id, for reading annotation rows; made on first use.
    func annotationNames() throws -> (codes: NameCache, sections: NameCache) {
        if let names { return names }
        let made = (codes: try NameCache(database, table: "codes", column: "code"),
                    sections: try NameCache(database, table: "sections", column: "name"))
        names = made
        return made
    }

    /// Number of texts stored, to know whether a dictionary may still be chosen.
    func storedTextCount() throws -> Int { try database.scalar("SELECT count(*) FROM texts")?.int ?? 0 }

    private func loadEntityTypes() throws {
        let statement = try database.prepare("SELECT id, name FROM entity_types")
        while try statement.step() {
            if let name = statement.string(1), let type = EntityType(rawValue: name) {
                typeIDs[type] = statement.int(0)
                typesByID[statement.int(0)] = type
            }
        }
        // A type added to the guideline after the store was made gets the next id.
        for type in EntityType.allCases where typeIDs[type] == nil {
            let insert = try database.prepare("INSERT INTO entity_types(name) VALUES(?1)")
            insert.bind(1, type.rawValue)
            try insert.run()
            let id = Int(database.lastInsertRowID)
            typeIDs[type] = id
            typesByID[id] = type
        }
    }

    /// The current time as ISO 8601 (UTC), for runs and the audit.
    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    /// The system user running this process, for runs and the audit.
    static func systemUser() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid \(geteuid())"
    }
}
