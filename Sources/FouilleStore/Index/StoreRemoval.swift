/// Takes a stored report out of the indexes, before it is replaced.
///
/// FTS5 removes a document from an external-content or contentless index
/// only when given exactly what was indexed: the old text (decompressed) for
/// `fts`, the old fact keys (rebuilt from the stored entities and relations)
/// for `facts`. Then its annotations row goes.
struct StoreRemoval {
    let store: Store

    func removeIndexed(_ id: Int64) throws {
        let db = store.database
        let text = try db.prepare("SELECT fouille_text(body) FROM texts WHERE id = ?1")
        text.bind(1, id)
        if try text.step(), let old = text.string(0) {
            let delete = try db.prepare("INSERT INTO fts(fts, rowid, text) VALUES('delete', ?1, ?2)")
            delete.bind(1, id)
            delete.bind(2, old)
            try delete.run()
        }
        let (entities, relations) = try EntityReader(store: store).entities(of: id, text: nil)
        let facts = try db.prepare("INSERT INTO facts(facts, rowid, keys) VALUES('delete', ?1, ?2)")
        facts.bind(1, id)
        facts.bind(2, FactKeys.keys(entities, relations))
        try facts.run()
        let deleteAnnotations = try db.prepare("DELETE FROM annotations WHERE id = ?1")
        deleteAnnotations.bind(1, id)
        try deleteAnnotations.run()
    }
}
