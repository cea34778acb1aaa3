import Foundation

/// A worker's ids of the names it has seen (codes, sections), keyed by their UTF-8 bytes.
///
/// Looked up ~25 times per report: a `[String: Int]` hashed each name with SipHash and compared it
/// as `String` (~650 instructions); this hashes its bytes eight at a time and compares them with
/// `memcmp`. Names are equal here only when their bytes are; two spellings `String` finds equal
/// (canonically equivalent) miss here separately and get the same id from the registry anyway.
struct NameIDCache {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var id: Int
    }

    /// Entry index + 1 per slot, 0 when empty; a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 64)
    private var entries: [Entry] = []
    /// The names' bytes, one after another.
    private var bytes: [UInt8] = []

    /// The id of `name`; `given` is asked once per name (by bytes).
    mutating func id(_ name: String, given: (String) -> Int) -> Int {
        var name = name
        return name.withUTF8 { key in
            let hash = Self.hash(key)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash, entry.count == key.count, bytes.withUnsafeBufferPointer({ stored in
                    key.count == 0 || memcmp(stored.baseAddress! + entry.start, key.baseAddress!, key.count) == 0
                }) {
                    return entry.id
                }
                slot = (slot + 1) & mask
            }
            let id = given(String(decoding: key, as: UTF8.self))
            entries.append(Entry(hash: hash, start: bytes.count, count: key.count, id: id))
            bytes.append(contentsOf: key)
            slots[slot] = Int32(entries.count)
            if entries.count * 2 > slots.count { grow() }
            return id
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// Words of eight bytes multiplied in, then the tail; folded so the low bits (the slot) depend on every byte.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        if let base = key.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= key.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 29
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < key.count {
                tail |= UInt64(key[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        return h ^ (h >> 32)
    }
}
