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
        var values = [(source: Int, bytes: Range<Int>)]()
        var valueBytes = [UInt8]()
        for relation in relations where relation.label == .hasValue && entities.indices.contains(relation.target) {
            guard let code = entities[relation.target].code, let value = EntityValue.codeValue(code) else { continue }
            let start = valueBytes.count
            appendSanitized(value, to: &valueBytes)
            values.append((relation.source, start..<valueBytes.count))
        }
        // Every key is ASCII, so byte order is String order; each distinct key is kept once (FactKeyBuffer).
        var out = FactKeyBuffer(capacity: entities.count * 32 + 64, expectedKeys: entities.count + values.count + 8)
        let table = sanitizedByte, typeNames = typeKeys
        valueBytes.withUnsafeBufferPointer { valueBytes in
            // By index, reading fields in place: a `for entity in` loop copied each entity (its strings retained).
            for index in entities.indices {
                let slot = entities[index].type.slot
                let attributes = entities[index].attributes.rawValue
                let head = out.count
                typeNames[slot].withUnsafeBufferPointer { name in
                    out.reserve(name.count + 4)
                    out.append(name)
                }
                out.append(0x7C)  // |
                if attributes >= 100 { out.append(0x30 + attributes / 100) }
                if attributes >= 10 { out.append(0x30 + attributes / 10 % 10) }
                out.append(0x30 + attributes % 10)
                let headLength = out.count - head
                let headKey = out.endKey(from: head, group: FactKeyOrder.group(slot: slot, attributes: attributes, coded: false),
                                         suffix: headLength)
                guard var code = entities[index].code else { continue }
                let coded = out.count
                let group = FactKeyOrder.group(slot: slot, attributes: attributes, coded: true)
                code.withUTF8 { code in
                    out.reserve(headLength + 1 + code.count)
                    out.appendCopy(of: headKey)
                    out.append(0x3A)  // :
                    for byte in code { out.append(table[Int(byte)]) }
                }
                let codedKey = out.endKey(from: coded, group: group, suffix: headLength + 1)
                let ordinal = entities[index].ordinal
                for value in values where value.source == ordinal {
                    let start = out.count
                    out.reserve(codedKey.count + 1 + value.bytes.count)
                    out.appendCopy(of: codedKey)
                    out.append(0x3D)  // =
                    out.append(UnsafeBufferPointer(rebasing: valueBytes[value.bytes]))
                    _ = out.endKey(from: start, group: group, suffix: headLength + 1)
                }
            }
        }
        return out.joined()
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

    /// The lower-case type names, by ``EntityType/allCases`` order: no lower-casing per entity.
    private static let typeKeys: [[UInt8]] = EntityType.allCases.map { Array($0.rawValue.lowercased().utf8) }

}
