/// The rowid of an entity: its report's id and its ordinal in one integer.
///
/// `id = document × 65536 + ordinal`: a report's entities are one contiguous
/// rowid range (read and deleted with a range scan), appended in order, so
/// SQLite fills each page completely; no separate index is needed.
enum EntityKey {
    static let shift: Int64 = 16
    /// Entities a report may hold; more are left out, and the report says so.
    static let maximumPerDocument = 1 << 16

    static func id(document: Int64, ordinal: Int) -> Int64 { document << shift | Int64(ordinal) }

    static func range(document: Int64) -> Range<Int64> { (document << shift)..<((document + 1) << shift) }

    static func ordinal(of id: Int64) -> Int { Int(id & ((1 << shift) - 1)) }
}
