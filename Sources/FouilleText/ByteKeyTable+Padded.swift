extension ByteKeyTable.Probe {
    /// The id of the `count` bytes at `key`, or -1, for keys whose buffer holds
    /// at least eight readable bytes past their end.
    ///
    /// Same hash and answer as ``id(of:count:)``, but each eight-byte chunk is one
    /// unaligned load and a mask instead of a byte loop: tokens are mostly short.
    /// Inlinable: the lexicon calls it once per token of every document.
    @inlinable @inline(__always)
    package func id(ofPadded key: UnsafePointer<UInt8>, count: Int) -> Int32 {
        if count == 1 { return singles[Int(key[0])] }
        let head = Self.chunk(key, count)
        var h = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        if count > 0 {
            h = (h ^ head) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            var i = 8
            while i < count {
                h = (h ^ Self.chunk(key + i, count - i)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return find(key, count: count, hash: h, head: head)
    }

    /// The first `min(remaining, 8)` bytes at `p` as ``ByteKeyTable/head(_:_:)`` gives them, read in one load.
    @inlinable @inline(__always)
    static func chunk(_ p: UnsafePointer<UInt8>, _ remaining: Int) -> UInt64 {
        let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        return remaining >= 8 ? word : word & ((1 << UInt64(8 * remaining)) &- 1)
    }

    /// The probe loop shared by ``id(of:count:)`` and ``id(ofPadded:count:)``, given the key's hash
    /// and its first eight bytes as one integer.
    @inlinable @inline(__always)
    package func find(_ key: UnsafePointer<UInt8>, count: Int, hash h: UInt64, head: UInt64) -> Int32 {
        let tag = h & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                let record = records![id]
                if record.head == head, Int(record.length) == count {
                    if count <= 8 { return Int32(id) }
                    let stored = arena! + Int(record.offset)
                    var k = 8
                    while k < count, stored[k] == key[k] { k += 1 }
                    if k == count { return Int32(id) }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}
