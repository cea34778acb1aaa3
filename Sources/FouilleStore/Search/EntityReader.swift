import FouilleExtraction
import FouilleText

/// Reads a report's stored entities and relations back (its `annotations` row), in text order.
struct EntityReader {
    let store: Store

    /// The entities of report `id`; their `text` is cut from `text` (the report's UTF-8 bytes) when given, else empty.
    func entities(of id: Int64, text: [UInt8]?) throws -> ([StoredEntity], [StoredRelation]) {
        let select = try store.database.prepare("SELECT entities, relations FROM annotations WHERE id = ?1")
        select.bind(1, id)
        guard try select.step() else { return ([], []) }
        let names = try store.annotationNames()
        var entities = [StoredEntity]()
        var relations = [StoredRelation]()
        var ordinal = 0
        do {
            try select.withText(0) { json in
                try AnnotationRow.forEachEntity(json) { row in
                    defer { ordinal += 1 }
                    guard let type = store.typesByID[row.type] else { return }
                    let span = TextSpan(start: row.start, end: max(row.start, row.end))
                    var written = ""
                    if let text, span.end <= text.count { written = String(decoding: text[span.start..<span.end], as: UTF8.self) }
                    entities.append(StoredEntity(
                        ordinal: ordinal, type: type, span: span, text: written, code: try row.code.flatMap(names.codes.name),
                        value: row.value, attributes: EntityAttributes(rawValue: UInt8(truncatingIfNeeded: row.attributes)),
                        laterality: row.laterality, section: try row.section.flatMap(names.sections.name), sentence: row.sentence))
                }
            }
            relations = try select.withText(1) { try AnnotationRow.relations($0) }
        } catch is JSONCursor.Malformed {
            throw StoreError(.corrupt, "the annotations of report \(id) in \(store.path) are not the JSON Fouille writes. Rebuild the store with `fouille index PATH... --db NEWFILE`.")
        }
        return (entities, relations)
    }
}
