import FouilleLexicon
import Foundation

/// The ids of a name table (`codes`, `sections`), shared by the extraction workers and the writer.
///
/// Workers give each new name its id while they encode a report's annotations, so the
/// writer maps no names; the writer inserts the names given out since its last look
/// (``unsaved(after:)``) in the transaction of the first report using them. Ids only grow:
/// every id a report carries was given before the report reached the writer.
final class NameRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String: Int] = [:]
    /// Names given out by this run, in id order from `firstNew`.
    private var added: [String] = []
    private let firstNew: Int
    /// The highest id stored when the registry was made (0 when none).
    let storedHighest: Int

    /// The names of `table` (columns `id` and `column`) already stored.
    init(_ database: Database, table: String, column: String) throws {
        let select = try database.prepare("SELECT \(column), id FROM \(table)")
        var highest = 0
        while try select.step() {
            if let name = select.string(0) { ids[name] = select.int(1) }
            highest = max(highest, select.int(1))
        }
        firstNew = highest + 1
        storedHighest = highest
    }

    /// The id of `name`, given now when new.
    func id(_ name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[name] { return id }
        let id = firstNew + added.count
        ids[name] = id
        added.append(name)
        return id
    }

    /// The names given ids above `id` (none when `id` is the highest), with their ids.
    func unsaved(after id: Int) -> [(id: Int, name: String)] {
        lock.lock()
        defer { lock.unlock() }
        let from = max(0, id + 1 - firstNew)
        guard from < added.count else { return [] }
        return (from..<added.count).map { (firstNew + $0, added[$0]) }
    }
}

/// The name tables whose ids the annotations carry.
struct AnnotationNames: Sendable {
    let codes: NameRegistry
    let sections: NameRegistry
    /// Stored type ids by ``EntityType/slot``.
    let typeIDs: [Int]

    init(store: Store) throws {
        codes = try NameRegistry(store.database, table: "codes", column: "code")
        sections = try NameRegistry(store.database, table: "sections", column: "name")
        typeIDs = EntityType.allCases.map { store.typeIDs[$0]! }
    }
}
