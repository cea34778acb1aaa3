import FouilleLexicon

/// The byte order of a report's fact keys, settled mostly by one integer comparison.
///
/// Every key is a head `type|attributes`, or a head with a colon and a rest
/// (`type|attributes:code`, `…:code=value`). Among keys, byte order is the order
/// of these heads (colon included) and then of the rests: no head is a prefix
/// of another except `drug|1` of `drug|1:…`, `drug|10`…, which byte order puts
/// first either way. So a key compares by its head's rank in a table built
/// once, then by the first six bytes of its rest, both in one integer; the
/// rest of the bytes only when those tie.
enum FactKeyOrder {
    /// Attributes are four flags; a key with other bits set is compared byte by byte (``FactKeyBuffer/Key/group`` -1).
    static let attributeLimit = 16

    /// The rank of `type|attributes` (`coded` false) or `type|attributes:` among all of them, or -1.
    static func group(slot: Int, attributes: UInt8, coded: Bool) -> Int32 {
        guard Int(attributes) < attributeLimit else { return -1 }
        return ranks[(slot * attributeLimit + Int(attributes)) * 2 + (coded ? 1 : 0)]
    }

    private static let ranks: [Int32] = {
        var heads: [(bytes: [UInt8], index: Int)] = []
        for type in EntityType.allCases {
            for attributes in 0..<attributeLimit {
                let head = Array((type.rawValue.lowercased() + "|" + String(attributes)).utf8)
                let index = (type.slot * attributeLimit + attributes) * 2
                heads.append((head, index))
                heads.append((head + [0x3A], index + 1))
            }
        }
        heads.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        var ranks = [Int32](repeating: 0, count: heads.count)
        for (rank, head) in heads.enumerated() { ranks[head.index] = Int32(rank) }
        return ranks
    }()

    /// The keys in byte order, joined by spaces.
    static func joined(_ keys: [FactKeyBuffer.Key], bytes: UnsafePointer<UInt8>) -> String {
        let ranked = keys.allSatisfy { $0.group >= 0 }
        var sortKeys = keys.map { key -> SortKey in
            let start = Int(key.start), end = Int(key.end)
            if ranked {
                // Rank in the top two bytes, then the first six bytes after the head.
                let rest = start + Int(key.suffix)
                return SortKey(head: UInt64(key.group) << 48 | word(bytes, rest, end) >> 16,
                               from: Int32(rest + 6), end: key.end, start: key.start)
            }
            return SortKey(head: word(bytes, start, end), from: Int32(start + 8), end: key.end, start: key.start)
        }
        sort(&sortKeys, bytes)
        var length = max(0, sortKeys.count - 1)
        for key in sortKeys { length += Int(key.end - key.start) }
        return String(unsafeUninitializedCapacity: length) { out in
            var at = 0
            for (index, key) in sortKeys.enumerated() {
                if index > 0 { out[at] = 0x20; at += 1 }
                let count = Int(key.end - key.start)
                UnsafeMutableRawPointer(out.baseAddress! + at).copyMemory(from: bytes + Int(key.start), byteCount: count)
                at += count
            }
            return at
        }
    }

    private struct SortKey {
        var head: UInt64
        /// Where the bytes not in `head` start, and the key's end.
        var from: Int32, end: Int32
        var start: Int32
    }

    /// Insertion sort: a report has a few dozen distinct keys, mostly told apart by `head`.
    private static func sort(_ keys: inout [SortKey], _ bytes: UnsafePointer<UInt8>) {
        guard keys.count <= 64 else {
            keys.sort { precedes($0, $1, bytes) }
            return
        }
        keys.withUnsafeMutableBufferPointer { keys in
            for i in keys.indices.dropFirst() {
                let key = keys[i]
                var j = i
                while j > 0, precedes(key, keys[j - 1], bytes) {
                    keys[j] = keys[j - 1]
                    j -= 1
                }
                keys[j] = key
            }
        }
    }

    @inline(__always)
    private static func precedes(_ a: SortKey, _ b: SortKey, _ bytes: UnsafePointer<UInt8>) -> Bool {
        if a.head != b.head { return a.head < b.head }
        // Same head: the same number of bytes before `from` in both.
        var x = Int(a.from), y = Int(b.from)
        while x < Int(a.end) || y < Int(b.end) {
            let p = word(bytes, x, Int(a.end)), q = word(bytes, y, Int(b.end))
            if p != q { return p < q }
            x += 8
            y += 8
        }
        return false
    }

    /// Eight bytes from `from` as a big-endian integer, bytes at or past `end` read as zero
    /// (no key holds a NUL byte, so this is byte order, shorter first). The buffer has eight readable bytes past its keys.
    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, _ from: Int, _ end: Int) -> UInt64 {
        guard from < end else { return 0 }
        let value = UInt64(bigEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
        let count = end - from
        return count >= 8 ? value : value & ~(UInt64.max >> (count * 8))
    }
}
