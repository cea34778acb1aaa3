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
        return buffer.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            keys.sort { a, b in
                let order = memcmp(base + a.lowerBound, base + b.lowerBound, min(a.count, b.count))
                return order != 0 ? order < 0 : a.count < b.count
            }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var previous: Range<Int>?
            for key in keys {
                if let previous, previous.count == key.count,
                   memcmp(base + previous.lowerBound, base + key.lowerBound, key.count) == 0 { continue }
                if previous != nil { out.append(0x20) }
                out.append(contentsOf: bytes[key])
                previous = key
            }
            return String(decoding: out, as: UTF8.self)
        }
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
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: out.append(byte | 0x20)  // A-Z
            case 0x61...0x7A, 0x30...0x39, 0x7C, 0x3A, 0x3D, 0x2F, 0x2E, 0x2B, 0x5F, 0x2D: out.append(byte)  // a-z 0-9 | : = / . + _ -
            default: out.append(0x5F)
            }
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
