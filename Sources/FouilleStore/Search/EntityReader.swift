import FouilleExtraction
import FouilleText

/// Reads a report's stored entities and relations back, in text order.
struct EntityReader {
    let store: Store

    /// The entities of report `id`; their `text` is cut from `text` (the report's UTF-8 bytes) when given, else empty.
    func entities(of id: Int64, text: [UInt8]?) throws -> ([StoredEntity], [StoredRelation]) {
        let db = store.database
        let select = try db.prepare("""
            SELECT e.id, e.type, e.start, e.end, c.code, e.value, e.attributes, e.laterality, s.name, e.sentence
            FROM entities e LEFT JOIN codes c ON c.id = e.code LEFT JOIN sections s ON s.id = e.section
            WHERE e.id >= ?1 AND e.id < ?2 ORDER BY e.id
            """)
        let range = EntityKey.range(document: id)
        select.bind(1, range.lowerBound)
        select.bind(2, range.upperBound)
        var entities = [StoredEntity]()
        while try select.step() {
            guard let type = store.typesByID[select.int(1)] else { continue }
            let span = TextSpan(start: select.int(2), end: max(select.int(2), select.int(3)))
            var written = ""
            if let text, span.end <= text.count { written = String(decoding: text[span.start..<span.end], as: UTF8.self) }
            entities.append(StoredEntity(
                ordinal: EntityKey.ordinal(of: select.int64(0)), type: type, span: span, text: written, code: select.string(4),
                value: select.string(5), attributes: EntityAttributes(rawValue: UInt8(truncatingIfNeeded: select.int(6))),
                laterality: select.string(7), section: select.string(8), sentence: select.int(9)))
        }
        let relations = try db.prepare("SELECT source, target, label FROM relations WHERE document_id = ?1 ORDER BY source, target")
        relations.bind(1, id)
        var links = [StoredRelation]()
        while try relations.step() {
            links.append(StoredRelation(label: StoredRelation.label(ofID: relations.int(2)), source: relations.int(0), target: relations.int(1)))
        }
        return (entities, links)
    }
}
