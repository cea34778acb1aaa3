/// Names of `codes` or `sections` by id, read on first use and kept: ids never change meaning.
///
/// Reading a hit's evidence needs a handful of names; loading whole tables per search would cost more.
final class NameCache {
    private let select: Statement
    private var names: [Int: String] = [:]

    /// `table` has columns `id` and `column`.
    init(_ database: Database, table: String, column: String) throws {
        select = try database.prepare("SELECT \(column) FROM \(table) WHERE id = ?1")
    }

    /// The name of `id`, nil when no row has it.
    func name(_ id: Int) throws -> String? {
        if let name = names[id] { return name }
        defer { select.reset() }
        select.bind(1, id)
        guard try select.step(), let name = select.string(0) else { return nil }
        names[id] = name
        return name
    }
}
