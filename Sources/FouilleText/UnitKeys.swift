/// Units that combine with `/` into one token (`mg/m²`, `U/mL`), as packed keys.
///
/// A key is a unit's lower-cased bytes (`µ` and `μ` read as `u`) packed into one
/// integer, first byte lowest. No unit holds a zero byte or exceeds eight bytes,
/// so packing is one-to-one; a look-up is a binary search, with no array built
/// and nothing hashed at each `/` of a report.
enum UnitKeys {
    static let units = [
        "mg", "g", "kg", "ug", "mcg", "ng", "pg", "ml", "l", "dl", "cl", "u", "ui", "mui", "kui", "mmol", "umol", "mol",
        "m", "m2", "m²", "cm", "cm2", "cm²", "mm", "mm3", "mm³", "min", "h", "j", "jour", "sem", "semaine", "mois",
        "an", "gy", "cgy", "mbq", "gbq", "mci", "kg/m2", "auc", "s", "24h", "fraction", "cure", "cycle",
    ]

    /// Bytes in the longest unit.
    static let longest = 8

    /// The packed units, sorted.
    private static let sorted: [UInt64] = units.map { unit in
        precondition(unit.utf8.count <= longest && !unit.utf8.contains(0))
        return unit.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }.sorted()

    /// True when `key` packs a unit.
    static func contains(_ key: UInt64) -> Bool {
        sorted.withUnsafeBufferPointer { units in
            var low = 0, high = units.count
            while low < high {
                let mid = (low + high) >> 1
                if units[mid] < key { low = mid + 1 } else { high = mid }
            }
            return low < units.count && units[low] == key
        }
    }
}
