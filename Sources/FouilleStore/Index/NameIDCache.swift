import Foundation
import FouilleText

/// A worker's ids of the names it has seen (codes, sections), keyed by their UTF-8 bytes.
///
/// Looked up ~25 times per report: a `[String: Int]` hashed each name with SipHash and compared it
/// as `String` (~650 instructions); this hashes its bytes eight at a time and compares them with
/// `memcmp`. Names are equal here only when their bytes are; two spellings `String` finds equal
/// (canonically equivalent) miss here separately and get the same id from the registry anyway.
/// Its tables are plain memory owned by the cache, and a miss is answered by the caller
/// (``id(_:)`` then ``insert(_:id:)``): arrays and a closure per lookup cost ~400 instructions in retains and checks.
final class NameIDCache {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var id: Int
    }

    /// Entry index + 1 per slot, 0 when empty; a power of two, at most half full.
    @exclusivity(unchecked) private var slots: UnsafeMutableBufferPointer<Int32>
    @exclusivity(unchecked) private var entries: UnsafeMutableBufferPointer<Entry>
    @exclusivity(unchecked) private var entryCount = 0
    /// The names' bytes, one after another.
    @exclusivity(unchecked) private var bytes: UnsafeMutableBufferPointer<UInt8>
    @exclusivity(unchecked) private var byteCount = 0

    init() {
        slots = .allocate(capacity: 64)
        slots.initialize(repeating: 0)
        entries = .allocate(capacity: 32)
        bytes = .allocate(capacity: 1024)
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        bytes.deallocate()
    }

    /// The id given for `name`, nil when it has none here yet.
    func id(_ name: String) -> Int? {
        Self.withBytes(name) { key in
            let hash = Self.hash(key)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash, entry.count == key.count,
                   key.count == 0 || memcmp(bytes.baseAddress! + entry.start, key.baseAddress!, key.count) == 0 {
                    return entry.id
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Records `id` for `name`, which has none here (``id(_:)`` answered nil).
    func insert(_ name: String, id: Int) {
        Self.withBytes(name) { key in
            if entryCount == entries.count { entries = Self.grown(entries, used: entryCount, to: entries.count * 2) }
            if byteCount + key.count > bytes.count { bytes = Self.grown(bytes, used: byteCount, to: 2 * (byteCount + key.count)) }
            let hash = Self.hash(key)
            entries.initializeElement(at: entryCount, to: Entry(hash: hash, start: byteCount, count: key.count, id: id))
            entryCount += 1
            if let source = key.baseAddress { (bytes.baseAddress! + byteCount).initialize(from: source, count: key.count) }
            byteCount += key.count
            if entryCount * 2 > slots.count { rehash(slots.count * 2) } else { place(entryCount - 1) }
        }
    }

    private func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private func rehash(_ count: Int) {
        slots.deallocate()
        slots = .allocate(capacity: count)
        slots.initialize(repeating: 0)
        for index in 0..<entryCount { place(index) }
    }

    private static func grown<T>(_ buffer: UnsafeMutableBufferPointer<T>, used: Int, to count: Int) -> UnsafeMutableBufferPointer<T> {
        let larger = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        if used > 0 { larger.baseAddress!.moveInitialize(from: buffer.baseAddress!, count: used) }
        buffer.deallocate()
        return larger
    }

    /// The name's UTF-8 bytes in place (a copy only for a string without contiguous UTF-8).
    @inline(__always)
    private static func withBytes<R>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = name.utf8.withContiguousStorageIfAvailable(body) { return result }
        var name = name
        return name.withUTF8(body)
    }

    /// The lexicon's byte hash (``ByteKeyTable/hash(_:_:)``); an empty name hashes as its length.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress else { return 0 }
        return ByteKeyTable.hash(base, key.count)
    }
}
