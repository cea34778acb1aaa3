/// Takes a stored report out of the indexes, before it is replaced.
///
/// FTS5 removes a document from an external-content or contentless index
/// only when given exactly what was indexed: the old text (decompressed) for
/// `fts`, the old fact keys (rebuilt from the stored entities and relations)
/// for `facts`. Then its entities and relations go.
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
        let deleteEntities = try db.prepare("DELETE FROM entities WHERE id >= ?1 AND id < ?2")
        let range = EntityKey.range(document: id)
        deleteEntities.bind(1, range.lowerBound)
        deleteEntities.bind(2, range.upperBound)
        try deleteEntities.run()
        let deleteRelations = try db.prepare("DELETE FROM relations WHERE document_id = ?1")
        deleteRelations.bind(1, id)
        try deleteRelations.run()
    }
}
