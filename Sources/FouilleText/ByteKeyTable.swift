/// An open-addressing hash table from byte strings to dense integer ids.
///
/// Lets the matcher look a token up straight from the document's folded
/// buffer, without building a `String` or `Array` per token; the section
/// rules look header keys up the same way. Shared by the package's modules.
///
/// Laid out for few cache misses per look-up: a slot holds a hash tag beside
/// the id, so most mismatches never leave the slot array, and a key's record
/// holds its first eight bytes, so short keys (most tokens) compare in one load.
package struct ByteKeyTable: Sendable {
    /// 0: empty; else the hash's upper 32 bits << 32 | (id + 1).
    private var slots: [UInt64]
    private var records: [Record] = []
    /// Every key's bytes, for keys longer than eight bytes and for rehashing.
    private var arena: [UInt8] = []
    /// The id of each one-byte key (-1: none): punctuation and digits skip the hash.
    private var singleBytes = [Int32](repeating: -1, count: 256)
    private var mask: Int
    /// Length of the longest key: longer tokens need no look-up.
    package private(set) var longestKey = 0

    @usableFromInline
    struct Record {
        /// The key's first eight bytes, little-endian, zero-padded.
        @usableFromInline var head: UInt64
        @usableFromInline var offset: Int32
        @usableFromInline var length: Int32
    }

    package init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    package var count: Int { records.count }

    /// Up to eight bytes as one integer, first byte lowest.
    @inline(__always)
    static func head(_ key: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        if count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(key).loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        for k in 0..<count { word |= UInt64(key[k]) << UInt64(8 * k) }
        return word
    }

    /// A hash of the key, eight bytes at a time.
    @inline(__always)
    package static func hash(_ key: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var h = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i < count {
            h = (h ^ head(key + i, min(8, count - i))) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// The id of a key, or nil.
    package func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let id = withProbe { probe in
            if let base = key.baseAddress { return probe.id(of: base, count: key.count) }
            return withUnsafePointer(to: UInt8(0)) { probe.id(of: $0, count: 0) }  // the empty key
        }
        return id < 0 ? nil : id
    }

    package func id(of key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { id(of: $0) } }

    /// Runs `body` with a read-only view of the table for many look-ups (no bounds checks, no retains per key).
    package func withProbe<R>(_ body: (Probe) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBufferPointer { records in
                arena.withUnsafeBufferPointer { arena in
                    singleBytes.withUnsafeBufferPointer { singles in
                        body(Probe(slots: slots.baseAddress!, records: records.baseAddress, arena: arena.baseAddress,
                                   singles: singles.baseAddress!, mask: mask))
                    }
                }
            }
        }
    }

    /// Look-ups straight on the table's storage, valid inside ``withProbe(_:)`` only.
    package struct Probe {
        @usableFromInline let slots: UnsafePointer<UInt64>
        @usableFromInline let records: UnsafePointer<Record>?
        @usableFromInline let arena: UnsafePointer<UInt8>?
        @usableFromInline let singles: UnsafePointer<Int32>
        @usableFromInline let mask: Int

        /// The id of the `count` bytes at `key`, or -1.
        @inline(__always)
        package func id(of key: UnsafePointer<UInt8>, count: Int) -> Int32 {
            find(key, count: count, hash: ByteKeyTable.hash(key, count), head: ByteKeyTable.head(key, min(count, 8)))
        }
    }

    /// The id of a key, added when new.
    package mutating func insert(_ key: [UInt8]) -> Int32 {
        if let existing = id(of: key) { return existing }
        if (records.count + 1) * 2 > slots.count { grow() }
        let id = Int32(records.count)
        let head = key.withUnsafeBufferPointer { Self.head($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, min(key.count, 8)) }
        records.append(Record(head: head, offset: Int32(arena.count), length: Int32(key.count)))
        arena.append(contentsOf: key)
        if key.count == 1 { singleBytes[Int(key[0])] = id }
        longestKey = max(longestKey, key.count)
        place(id)
        return id
    }

    /// The same table at the smallest capacity that keeps it half empty: fewer cache lines per look-up.
    package func compacted() -> ByteKeyTable {
        var table = self
        table.slots = [UInt64](repeating: 0, count: 16)
        while table.slots.count < records.count * 2 { table.slots += table.slots }
        table.mask = table.slots.count - 1
        for id in 0..<records.count { table.place(Int32(id)) }
        return table
    }

    private mutating func place(_ id: Int32) {
        let record = records[Int(id)]
        let h = arena.withUnsafeBufferPointer { arena in
            Self.hash((arena.baseAddress ?? UnsafePointer(bitPattern: 1)!) + Int(record.offset), Int(record.length))
        }
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(id + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<records.count { place(Int32(id)) }
    }
}
