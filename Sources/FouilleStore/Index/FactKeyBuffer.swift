import FouilleText

/// One report's fact keys while ``FactKeys`` builds them: their bytes, and each distinct key once.
///
/// A report repeats most of its keys (every `drug|0` entity gives `drug|0`):
/// a key is written at the end of the bytes, looked up in a small
/// open-addressing table by its hash, and dropped again when already there,
/// so only the distinct keys are sorted.
struct FactKeyBuffer: ~Copyable {
    struct Key {
        var start: Int32, end: Int32
        /// The key's place among heads in byte order (``FactKeyOrder``), or -1.
        var group: Int32
        /// Where the bytes after `type|attributes:` start, from `start` (the key's length without a code).
        var suffix: Int32
    }

    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    private(set) var keys: [Key] = []
    /// Index + 1 into `keys`, 0 for an empty slot; never more than half full.
    private var slots: [Int32]

    init(capacity: Int, expectedKeys: Int) {
        self.capacity = max(capacity, 64)
        // Zeroed, with eight bytes past the capacity: word loads past a key's end read initialised memory.
        bytes = .allocate(capacity: self.capacity + 8)
        bytes.initialize(repeating: 0, count: self.capacity + 8)
        keys.reserveCapacity(expectedKeys)
        var size = 16
        while size < expectedKeys * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
    }

    deinit { bytes.deallocate() }

    /// Makes room for `extra` more bytes.
    mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(count + extra, capacity * 2)
        precondition(grown < Int(Int32.max), "a report's fact keys must stay below 2 GB")
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + 8)
        moved.initialize(repeating: 0, count: grown + 8)
        moved.update(from: bytes, count: count)
        bytes.deallocate()
        bytes = moved
        capacity = grown
    }

    /// Appends bytes (room reserved).
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        (bytes + count).update(from: base, count: source.count)
        count += source.count
    }

    /// Appends one byte (room reserved).
    mutating func append(_ byte: UInt8) {
        bytes[count] = byte
        count += 1
    }

    /// Appends a copy of bytes already held (room reserved).
    mutating func appendCopy(of range: Range<Int>) {
        (bytes + count).update(from: bytes + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Ends the key written from `start`: kept when new, its bytes dropped when the report already has it.
    /// Returns where the key's bytes are, either way.
    mutating func endKey(from start: Int, group: Int32, suffix: Int) -> Range<Int> {
        let length = count - start
        let mask = slots.count - 1
        var slot = hash(start, count) & mask
        while slots[slot] != 0 {
            let key = keys[Int(slots[slot]) - 1]
            if Int(key.end - key.start) == length, equal(Int(key.start), start, length) {
                count = start
                return Int(key.start)..<Int(key.end)
            }
            slot = (slot + 1) & mask
        }
        keys.append(Key(start: Int32(start), end: Int32(count), group: group, suffix: Int32(suffix)))
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { rehash() }
        return start..<count
    }

    /// The key's slot hash: the lexicon's byte hash (``ByteKeyTable/hash(_:_:)``).
    private func hash(_ start: Int, _ end: Int) -> Int {
        Int(truncatingIfNeeded: ByteKeyTable.hash(bytes + start, end - start) >> 32)
    }

    /// The distinct keys in byte order, joined by spaces (while the bytes are alive: `self` is borrowed).
    func joined() -> String { FactKeyOrder.joined(keys, bytes: bytes) }

    /// Eight bytes from `from`, bytes at or past `end` read as zero (little-endian: they are the high ones).
    @inline(__always)
    private func word(_ from: Int, end: Int) -> UInt64 {
        let value = UnsafeRawPointer(bytes + from).loadUnaligned(as: UInt64.self)
        let left = end - from
        return left >= 8 ? value : value & ~(UInt64.max << (UInt64(left) * 8))
    }

    private func equal(_ a: Int, _ b: Int, _ length: Int) -> Bool {
        var offset = 0
        while offset < length {
            if word(a + offset, end: a + length) != word(b + offset, end: b + length) { return false }
            offset += 8
        }
        return true
    }

    private mutating func rehash() {
        var grown = [Int32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for (index, key) in keys.enumerated() {
            var slot = hash(Int(key.start), Int(key.end)) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(index + 1)
        }
        slots = grown
    }
}
