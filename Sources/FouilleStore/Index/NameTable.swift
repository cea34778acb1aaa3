/// A lookup table of names (`codes`, `sections`): ids cached in memory, new names inserted on first use.
final class NameTable {
    private let database: Database
    private let insert: Statement
    private var ids: [String: Int] = [:]

    /// `table` has columns `id` and `column`.
    init(_ database: Database, table: String, column: String) throws {
        self.database = database
        insert = try database.prepare("INSERT INTO \(table)(\(column)) VALUES(?1)")
        let select = try database.prepare("SELECT \(column), id FROM \(table)")
        while try select.step() { if let name = select.string(0) { ids[name] = select.int(1) } }
    }

    func id(_ name: String) throws -> Int {
        if let id = ids[name] { return id }
        insert.bind(1, name)
        try insert.run()
        let id = Int(database.lastInsertRowID)
        ids[name] = id
        return id
    }
}
