import FouilleExtraction
import FouilleLexicon
import FouilleText

/// Writes prepared reports into a store: the only code that changes report rows.
///
/// A report is added, replaced (its old text removed from the FTS and facts
/// indexes, its entities and relations deleted, its row updated in place so
/// its id stays), or left alone when its id and hash are already stored.
/// Statements are prepared once; the code and section names the workers gave ids
/// (``NameRegistry``) are inserted before the first report using them.
final class StoreWriter {
    enum Outcome { case added, replaced, unchanged }

    let store: Store
    private let names: AnnotationNames
    private var savedCode: Int, savedSection: Int
    private let insertCode, insertSection: Statement

    private let lookup: Lookup
    private let insertDocument, updateDocument, insertText, updateText, insertFTS, insertFacts: Statement
    private let insertAnnotations: Statement

    init(store: Store, names: AnnotationNames) throws {
        self.store = store
        self.names = names
        savedCode = names.codes.storedHighest
        savedSection = names.sections.storedHighest
        let db = store.database
        lookup = try Lookup(store: store)
        insertDocument = try db.prepare("""
            INSERT INTO documents(external_id, patient_id, date, kind, source, content_hash, byte_count, entity_count, run_id)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        updateDocument = try db.prepare("""
            UPDATE documents SET patient_id = ?2, date = ?3, kind = ?4, source = ?5, content_hash = ?6, byte_count = ?7,
            entity_count = ?8, run_id = ?9 WHERE id = ?1
            """)
        insertText = try db.prepare("INSERT INTO texts(id, body) VALUES(?1, ?2)")
        updateText = try db.prepare("UPDATE texts SET body = ?2 WHERE id = ?1")
        insertFTS = try db.prepare("INSERT INTO fts(rowid, text) VALUES(?1, ?2)")
        insertFacts = try db.prepare("INSERT INTO facts(rowid, keys) VALUES(?1, ?2)")
        insertAnnotations = try db.prepare("INSERT INTO annotations(id, entities, relations) VALUES(?1, ?2, ?3)")
        insertCode = try db.prepare("INSERT INTO codes(id, code) VALUES(?1, ?2)")
        insertSection = try db.prepare("INSERT INTO sections(id, name) VALUES(?1, ?2)")
    }

    /// Finds whether a report is stored, and how: the writer's check, and the reader side's (on its own connection).
    struct Lookup {
        private let statement: Statement

        init(store: Store) throws {
            statement = try store.database.prepare("SELECT id, content_hash, run_id FROM documents WHERE external_id = ?1")
        }

        /// The stored id, hash and run of a report, if it is stored.
        func stored(_ externalID: String) throws -> (id: Int64, hash: Int64, run: Int64?)? {
            defer { statement.reset() }
            statement.bind(1, externalID)
            guard try statement.step() else { return nil }
            return (statement.int64(0), statement.int64(1), statement.isNull(2) ? nil : statement.int64(2))
        }
    }

    /// Writes one report, inside the caller's transaction.
    /// `replaceUnchanged`: re-extract even when the hash is the same (`--force`), once per run.
    func write(_ document: PreparedDocument, run: Int64, replaceUnchanged: Bool) throws -> Outcome {
        let outcome: Outcome
        let id: Int64
        if let existing = try lookup.stored(document.id) {
            let redo = replaceUnchanged && existing.run != run
            if existing.hash == document.hash && !redo { return .unchanged }
            id = existing.id
            try StoreRemoval(store: store).removeIndexed(id)
            try bindDocument(updateDocument, document, run: run)
            updateDocument.bind(1, id)
            try updateDocument.run()
            updateText.bind(1, id)
            updateText.bind(2, blob: document.compressed)
            try updateText.run()
            outcome = .replaced
        } else {
            try bindDocument(insertDocument, document, run: run)
            insertDocument.bind(1, document.id)
            try insertDocument.run()
            id = store.database.lastInsertRowID
            insertText.bind(1, id)
            insertText.bind(2, blob: document.compressed)
            try insertText.run()
            outcome = .added
        }
        // FTS5 asks the tokenizer for this text's terms: hand over those the worker computed.
        store.tokenizer.pending = (document.text, document.terms)
        insertFTS.bind(1, id)
        document.text.withUnsafeBufferPointer { insertFTS.bind(2, utf8: $0) }
        try insertFTS.run()
        store.tokenizer.pending = nil
        insertFacts.bind(1, id)
        insertFacts.bind(2, document.factKeys)
        try insertFacts.run()
        try writeEntities(document, id: id)
        return outcome
    }

    private func bindDocument(_ statement: Statement, _ document: PreparedDocument, run: Int64) throws {
        statement.bind(2, document.metadata.patientID)
        // Dates as ISO 8601 so they sort and compare (`12/03/2021` → `2021-03-12`); kinds in lower case.
        statement.bind(3, document.metadata.date.map { DateValue.iso($0) ?? $0 })
        statement.bind(4, document.metadata.kind?.lowercased())
        statement.bind(5, document.metadata.source)
        statement.bind(6, document.hash)
        statement.bind(7, document.text.count)
        statement.bind(8, document.entityCount)
        statement.bind(9, run)
    }

    private func writeEntities(_ document: PreparedDocument, id: Int64) throws {
        savedCode = try saveNames(names.codes, after: savedCode, with: insertCode)
        savedSection = try saveNames(names.sections, after: savedSection, with: insertSection)
        insertAnnotations.bind(1, id)
        document.entitiesJSON.withUnsafeBufferPointer { insertAnnotations.bind(2, utf8: $0) }
        document.relationsJSON.withUnsafeBufferPointer { insertAnnotations.bind(3, utf8: $0) }
        try insertAnnotations.run()
    }

    /// Inserts the names given ids since `saved`; answers the highest id now stored.
    private func saveNames(_ registry: NameRegistry, after saved: Int, with insert: Statement) throws -> Int {
        var highest = saved
        for (id, name) in registry.unsaved(after: saved) {
            insert.bind(1, id)
            insert.bind(2, name)
            try insert.run()
            highest = id
        }
        return highest
    }
}
