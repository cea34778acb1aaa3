/// An open-addressing hash table from byte strings to dense integer ids.
///
/// Lets the matcher look a token up straight from the document's folded
/// buffer, without building a `String` or `Array` per token.
struct ByteKeyTable: Sendable {
    private var slots: [Int32]
    private var arena: [UInt8] = []
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    private var mask: Int

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    var count: Int { offsets.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of a key, or nil.
    @inline(__always)
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? { id(of: key, hash: Self.hash(key)) }

    /// The id of a key whose ``hash(_:)`` is known (computed once, looked up in several tables).
    @inline(__always)
    func id(of key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32? {
        var slot = hash & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if equals(Int(id), key) { return id }
            slot = (slot + 1) & mask
        }
    }

    func id(of key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { id(of: $0) } }

    /// The id of a key, added when new.
    mutating func insert(_ key: [UInt8]) -> Int32 {
        if let existing = id(of: key) { return existing }
        if (offsets.count + 1) * 2 > slots.count { grow() }
        let id = Int32(offsets.count)
        offsets.append(Int32(arena.count))
        lengths.append(Int32(key.count))
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
