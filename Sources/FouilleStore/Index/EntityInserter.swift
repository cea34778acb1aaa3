import FouilleLexicon

/// Inserts a report's entity rows (~46 per report, the writer's most frequent statement).
///
/// Every parameter is bound on every row (NULLs explicitly), so the statement
/// is reset without clearing its bindings; a section's id is reused while
/// consecutive entities share the section, instead of hashing its name per row.
/// (A multi-row `INSERT ... VALUES (...), (...)` of 16 rows was tried: SQLite
/// 3.40 ran it twice as slowly as single rows.)
final class EntityInserter {
    private let statement: Statement
    /// Stored type ids by ``EntityType/slot``.
    private let typeIDs: [Int]
    private let codes: NameTable
    private let sections: NameTable
    private var lastSection: (name: String, id: Int)?

    init(store: Store) throws {
        let db = store.database
        statement = try db.prepare("""
            INSERT INTO entities(id, type, start, end, code, value, attributes, laterality, section, sentence)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """)
        typeIDs = EntityType.allCases.map { store.typeIDs[$0]! }
        codes = try NameTable(db, table: "codes", column: "code")
        sections = try NameTable(db, table: "sections", column: "name")
    }

    /// Inserts the rows of report `document`'s entities, inside the caller's transaction.
    func insert(_ entities: [StoredEntity], document: Int64) throws {
        for entity in entities {
            statement.bind(1, EntityKey.id(document: document, ordinal: entity.ordinal))
            statement.bind(2, typeIDs[entity.type.slot])
            statement.bind(3, entity.span.start)
            statement.bind(4, entity.span.end)
            if let code = entity.code { statement.bind(5, try codes.id(code)) } else { statement.bindNull(5) }
            statement.bind(6, entity.value)
            statement.bind(7, Int(entity.attributes.rawValue))
            statement.bind(8, entity.laterality)
            if let section = entity.section { statement.bind(9, try sectionID(section)) } else { statement.bindNull(9) }
            statement.bind(10, entity.sentence)
            try statement.run(clearingBindings: false)
        }
    }

    private func sectionID(_ name: String) throws -> Int {
        if let lastSection, lastSection.name == name { return lastSection.id }
        let id = try sections.id(name)
        lastSection = (name, id)
        return id
    }
}
