/// An open-addressing hash table from byte strings to dense integer ids.
///
/// Lets the matcher look a token up straight from the document's folded
/// buffer, without building a `String` or `Array` per token; the section
/// rules look header keys up the same way. Shared by the package's modules.
package struct ByteKeyTable: Sendable {
    private var slots: [Int32]
    private var arena: [UInt8] = []
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    private var mask: Int
    /// Length of the longest key: longer tokens need no look-up.
    package private(set) var longestKey = 0

    package init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    package var count: Int { offsets.count }

    @inline(__always)
    package static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of a key, or nil.
    @inline(__always)
    package func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? { id(of: key, hash: Self.hash(key)) }

    /// The id of a key whose ``hash(_:)`` is known (computed once, looked up in several tables).
    @inline(__always)
    package func id(of key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32? {
        var slot = hash & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if equals(Int(id), key) { return id }
            slot = (slot + 1) & mask
        }
    }

    package func id(of key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { id(of: $0) } }

    /// Runs `body` with a read-only view of the table for many look-ups (no bounds checks, no retains per key).
    package func withProbe<R>(_ body: (Probe) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                offsets.withUnsafeBufferPointer { offsets in
                    lengths.withUnsafeBufferPointer { lengths in
                        body(Probe(slots: slots.baseAddress!, arena: arena.baseAddress, offsets: offsets.baseAddress,
                                   lengths: lengths.baseAddress, mask: mask))
                    }
                }
            }
        }
    }

    /// Look-ups straight on the table's storage, valid inside ``withProbe(_:)`` only.
    package struct Probe {
        let slots: UnsafePointer<Int32>
        let arena: UnsafePointer<UInt8>?
        let offsets: UnsafePointer<Int32>?
        let lengths: UnsafePointer<Int32>?
        let mask: Int

        /// The id of the `count` bytes at `key`, whose ``ByteKeyTable/hash(_:)`` is `hash`, or -1.
        @inline(__always)
        package func id(of key: UnsafePointer<UInt8>, count: Int, hash: Int) -> Int32 {
            var slot = hash & mask
            while true {
                let id = slots[slot]
                if id < 0 { return -1 }
                if Int(lengths![Int(id)]) == count {
                    if count == 0 { return id }
                    let stored = arena! + Int(offsets![Int(id)])
                    var k = 0
                    while k < count, stored[k] == key[k] { k += 1 }
                    if k == count { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of a key, added when new.
    package mutating func insert(_ key: [UInt8]) -> Int32 {
        if let existing = id(of: key) { return existing }
        if (offsets.count + 1) * 2 > slots.count { grow() }
        let id = Int32(offsets.count)
        offsets.append(Int32(arena.count))
        lengths.append(Int32(key.count))
        longestKey = max(longestKey, key.count)
        arena.append(contentsOf: key)
        place(id)
        return id
    }

    @inline(__always)
    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(lengths[id])
        guard length == key.count else { return false }
        let offset = Int(offsets[id])
        for i in 0..<length where arena[offset + i] != key[i] { return false }
        return true
    }

    private mutating func place(_ id: Int32) {
        let offset = Int(offsets[Int(id)]), length = Int(lengths[Int(id)])
        var slot = arena[offset..<(offset + length)].withUnsafeBufferPointer { Self.hash($0) } & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<offsets.count { place(Int32(id)) }
    }
}
