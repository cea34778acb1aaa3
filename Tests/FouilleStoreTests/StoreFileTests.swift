@testable import FouilleStore
import Foundation
import Testing

private func openError(_ path: String, _ access: Store.Access = .readWrite) -> StoreError? {
    do {
        _ = try Store(path: path, access: access)
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("not a StoreError: \(error)")
        return nil
    }
}

@Test func storeFilesAreReadableByTheirOwnerOnly() throws {
    let path = try temporaryFolder().appendingPathComponent("private.db").path
    try index(Array(cohortDocuments.prefix(1)), into: path)
    let store = try Store(path: path, access: .readWrite)
    _ = try store.count(SearchRequest(query: "carcinome"))  // the -wal and -shm files exist while it is open
    for file in StoreFiles.paths(of: path) where FileManager.default.fileExists(atPath: file) {
        #expect(StoreFiles.permissions(file) == 0o600, "\(file)")
    }
    #expect(FileManager.default.fileExists(atPath: path + "-shm"))
}

@Test func aMissingStoreIsNotCreatedBySearch() throws {
    let path = try temporaryFolder().appendingPathComponent("nothing.db").path
    let error = try #require(openError(path))
    #expect(error.kind == .missing)
    #expect(error.message.contains("fouille index"))
    #expect(!FileManager.default.fileExists(atPath: path))
}

@Test func aFileThatIsNotSQLiteIsRefusedClearly() throws {
    let path = try temporaryFolder().appendingPathComponent("notes.db").path
    try Data(String(repeating: "Compte rendu opératoire, pas une base de données.\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
    for access in [Store.Access.readWrite, .create] {
        let error = try #require(openError(path, access))
        #expect(error.kind == .notAStore)
        #expect(error.message.contains(path))
        #expect(error.message.contains("not an SQLite database"))
    }
}

@Test func anotherApplicationsDatabaseIsLeftAlone() throws {
    let path = try temporaryFolder().appendingPathComponent("other.db").path
    let other = try Database(path: path, mode: .create)
    try other.execute("CREATE TABLE patients(id INTEGER PRIMARY KEY, name TEXT); PRAGMA application_id = 42")
    let error = try #require(openError(path, .create))
    #expect(error.kind == .notAStore)
    #expect(error.message.contains("another application"))
    #expect(try other.scalar("SELECT count(*) FROM sqlite_schema")?.int == 1)  // nothing was added to it
}

@Test func aStoreFromANewerFouilleIsRefused() throws {
    let path = try temporaryFolder().appendingPathComponent("newer.db").path
    try index(Array(cohortDocuments.prefix(1)), into: path)
    try Database(path: path, mode: .readWrite).execute("PRAGMA user_version = 99")
    let error = try #require(openError(path))
    #expect(error.kind == .newerVersion)
    #expect(error.message.contains("version 99"))
}

@Test func aStoreOfSchemaVersion1AsksForAReindex() throws {
    let path = try temporaryFolder().appendingPathComponent("version1.db").path
    try index(Array(cohortDocuments.prefix(1)), into: path)
    // Version 1 kept one row per entity; this Fouille reads the per-report annotations rows only.
    try Database(path: path, mode: .readWrite).execute("PRAGMA user_version = 1")
    for access in [Store.Access.readWrite, .create] {
        let error = try #require(openError(path, access))
        #expect(error.kind == .newerVersion)
        #expect(error.message.contains(path))
        #expect(error.message.contains("schema version 1"))
        #expect(error.message.contains("Re-index"))
    }
}

@Test func aStoreFoldedByOtherTermRulesIsRefused() throws {
    let path = try temporaryFolder().appendingPathComponent("rules.db").path
    try index(Array(cohortDocuments.prefix(1)), into: path)
    try Database(path: path, mode: .readWrite).execute("UPDATE meta SET value = 0 WHERE key = 'term_rules'")
    let error = try #require(openError(path))
    #expect(error.message.contains("term rules version 0"))
}

@Test func aStoreWithZlibTextsAsksForAReindex() throws {
    let path = try temporaryFolder().appendingPathComponent("zlib.db").path
    try index(Array(cohortDocuments.prefix(1)), into: path)
    // Stores written before zstd have no `text_codec` row.
    try Database(path: path, mode: .readWrite).execute("DELETE FROM meta WHERE key = 'text_codec'")
    let error = try #require(openError(path))
    #expect(error.message.contains("zlib"))
    #expect(error.message.contains("Re-index"))
}

@Test func aTextThatIsNotZstdIsReportedDamagedNotGarbled() throws {
    let path = try temporaryFolder().appendingPathComponent("body.db").path
    try index(Array(cohortDocuments.prefix(1)), into: path)
    let store = try Store(path: path, access: .readWrite)
    // A zlib stream (0x78 0x9C ...), as the first stores held.
    try store.database.execute("UPDATE texts SET body = x'789C0B49AD28010004F401D7'")
    #expect(throws: StoreError.self) { try store.database.scalar("SELECT text FROM document_text") }
}

@Test func aDamagedStoreGivesAClearError() throws {
    let path = try temporaryFolder().appendingPathComponent("damaged.db").path
    try index(try sampleDocuments(), into: path)
    // Overwrite pages in the middle of the file (texts, index, entities), as a bad disk would.
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    let size = try handle.seekToEnd()
    var generator = SystemRandomNumberGenerator()
    for offset in stride(from: size / 4, to: size * 3 / 4, by: 16384 * 3) {
        try handle.seek(toOffset: offset + 100)
        handle.write(Data((0..<8000).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }
    try handle.close()
    do {
        // Searches read a few pages and may miss the damage; the integrity check reads them all.
        let store = try Store(path: path, access: .readWrite)
        for query in ["carcinome", "métastases", "trastuzumab", "adénocarcinome", "ganglion"] {
            _ = try store.search(SearchRequest(query: query))
        }
        try store.checkIntegrity()
        Issue.record("the damage went unnoticed")
    } catch let error as StoreError {
        #expect(error.kind == .corrupt)
        #expect(error.message.contains(path))
        #expect(error.message.contains("damaged") || error.message.contains("does not match"))
    }
}

@Test func aTruncatedStoreGivesAClearError() throws {
    let path = try temporaryFolder().appendingPathComponent("truncated.db").path
    try index(try sampleDocuments(), into: path)
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 3 * 16384 + 10)
    try handle.close()
    do {
        let store = try Store(path: path, access: .readWrite)
        _ = try store.statistics()
        try store.checkIntegrity()
        Issue.record("the truncation went unnoticed")
    } catch let error as StoreError {
        #expect(error.kind == .corrupt || error.kind == .notAStore)
        #expect(error.message.contains(path))
    }
}
