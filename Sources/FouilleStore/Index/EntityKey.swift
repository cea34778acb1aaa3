/// How an entity is named in SQL: its report's id and its ordinal in one integer.
///
/// The `entities` view gives each entity `id = document × 65536 + ordinal`, as version 1 stored it,
/// so queries written then still work; a report may therefore hold at most 65536 entities.
enum EntityKey {
    /// Entities a report may hold; a report with more is refused, and the run says so.
    static let maximumPerDocument = 1 << 16
}
