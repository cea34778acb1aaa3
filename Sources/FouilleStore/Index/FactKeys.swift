import FouilleExtraction
import Foundation
import FouilleLexicon

/// The keys of the `facts` index: what a report states, one key per fact and context.
///
/// Each entity gives `type|attributes` and, with a code, `type|attributes:code`;
/// a Biomarker also gives `type|attributes:code=value` for each value linked to
/// it (HasValue). `attributes` is the entity's bit mask (1 Negated, 2
/// Hypothetical, 4 Family, 8 History), so one key says *what* and *in which
/// context*: `drug|0:atc:l01fd01` is trastuzumab given to the patient,
/// `tumour|12:icdo3m:8500/3` a relative's past ductal carcinoma.
///
/// A filter is then an FTS5 query over keys (``FactFilter``): the attribute
/// masks it allows, OR-ed, and prefix queries for code hierarchies (`L01F*`).
/// Keys are lower case; characters outside `[a-z0-9|:=/.+_-]` become `_`.
/// The keys are sorted, unique, joined by spaces: the same string while
/// indexing and when a replaced report's keys are removed (``StoreRemoval``).
enum FactKeys {
    static func keys(_ entities: [StoredEntity], _ relations: [StoredRelation]) -> String {
        // Built as bytes in one buffer: every key is ASCII, so byte order is String order.
        var buffer = [UInt8]()
        buffer.reserveCapacity(entities.count * 40)
        var keys = [Range<Int>]()
        keys.reserveCapacity(entities.count * 2)
        var values = [(source: Int, bytes: Range<Int>)]()
        var valueBytes = [UInt8]()
        for relation in relations where relation.label == .hasValue && entities.indices.contains(relation.target) {
            guard let code = entities[relation.target].code, let value = EntityValue.codeValue(code) else { continue }
            let start = valueBytes.count
            appendSanitized(value, to: &valueBytes)
            values.append((relation.source, start..<valueBytes.count))
        }
        for entity in entities {
            let head = buffer.count
            buffer.append(contentsOf: typeKey(entity.type))
            buffer.append(0x7C)  // |
            appendDecimal(Int(entity.attributes.rawValue), to: &buffer)
            let headEnd = buffer.count
            keys.append(head..<headEnd)
            guard let code = entity.code else { continue }
            let coded = buffer.count
            appendCopy(of: head..<headEnd, in: &buffer)
            buffer.append(0x3A)  // :
            appendSanitized(code, to: &buffer)
            let codedEnd = buffer.count
            keys.append(coded..<codedEnd)
            for value in values where value.source == entity.ordinal {
                let start = buffer.count
                appendCopy(of: coded..<codedEnd, in: &buffer)
                buffer.append(0x3D)  // =
                buffer.append(contentsOf: valueBytes[value.bytes])
                keys.append(start..<buffer.count)
            }
        }
        return sortedUnique(keys, in: &buffer)
    }

    /// The keys in byte order, without duplicates, joined by spaces.
    /// Keys compare as zero-padded big-endian words (no key holds a NUL byte, so that is byte order, shorter first):
    /// one integer comparison settles most pairs, where a generic sort called `memcmp` per pair.
    private static func sortedUnique(_ ranges: [Range<Int>], in buffer: inout [UInt8]) -> String {
        let length = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: 8))  // a word load may run past the last key
        return buffer.withUnsafeBufferPointer { padded in
            let base = padded.baseAddress!
            var keys = ranges.map { SortKey(head: word(base, $0.lowerBound, $0.upperBound), start: Int32($0.lowerBound), end: Int32($0.upperBound)) }
            keys.sort { precedes($0, $1, base) }
            var out = [UInt8]()
            out.reserveCapacity(length + keys.count)
            var previous: SortKey?
            for key in keys {
                if let previous {
                    if !precedes(previous, key, base) { continue }  // equal to the previous key
                    out.append(0x20)
                }
                out.append(contentsOf: UnsafeBufferPointer(start: base + Int(key.start), count: Int(key.end - key.start)))
                previous = key
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private struct SortKey {
        /// The first eight bytes, big-endian, zero-padded.
        var head: UInt64
        var start: Int32, end: Int32
    }

    private static func precedes(_ a: SortKey, _ b: SortKey, _ base: UnsafePointer<UInt8>) -> Bool {
        if a.head != b.head { return a.head < b.head }
        var offset = 8
        let longest = max(a.end - a.start, b.end - b.start)
        while offset < longest {
            let x = word(base, Int(a.start) + offset, Int(a.end)), y = word(base, Int(b.start) + offset, Int(b.end))
            if x != y { return x < y }
            offset += 8
        }
        return false
    }

    /// Eight bytes from `from` as a big-endian integer, bytes at or past `end` read as zero.
    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, _ from: Int, _ end: Int) -> UInt64 {
        guard from < end else { return 0 }
        let value = UInt64(bigEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
        let count = end - from
        return count >= 8 ? value : value & ~(UInt64.max >> (count * 8))
    }

    /// `tumour|12`.
    static func key(type: EntityType, attributes: UInt8) -> String {
        type.rawValue.lowercased() + "|" + String(attributes)
    }

    /// Lower case, and any character the facts tokenizer would split on replaced by `_` (one per UTF-8 byte).
    static func sanitized(_ text: String) -> String {
        var out = [UInt8]()
        appendSanitized(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendSanitized(_ text: String, to out: inout [UInt8]) {
        var text = text
        let table = sanitizedByte
        text.withUTF8 { source in
            let start = out.count
            out.append(contentsOf: source)
            out.withUnsafeMutableBufferPointer { all in
                for i in start..<all.count { all[i] = table[Int(all[i])] }
            }
        }
    }

    /// Each byte's replacement: A-Z lowered, `[a-z0-9|:=/.+_-]` kept, anything else `_`.
    private static let sanitizedByte: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case 0x41...0x5A: return byte | 0x20  // A-Z
        case 0x61...0x7A, 0x30...0x39, 0x7C, 0x3A, 0x3D, 0x2F, 0x2E, 0x2B, 0x5F, 0x2D: return byte  // a-z 0-9 | : = / . + _ -
        default: return 0x5F
        }
    }

    /// Appends bytes the buffer already holds (a slice of it would copy the whole buffer on append).
    private static func appendCopy(of range: Range<Int>, in buffer: inout [UInt8]) {
        for index in range { buffer.append(buffer[index]) }
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &out) }
        out.append(0x30 + UInt8(value % 10))
    }

    /// The lower-case type names, by ``EntityType/allCases`` order: no lower-casing per entity.
    private static let typeKeys: [[UInt8]] = EntityType.allCases.map { Array($0.rawValue.lowercased().utf8) }

    private static func typeKey(_ type: EntityType) -> [UInt8] { typeKeys[type.slot] }
}
