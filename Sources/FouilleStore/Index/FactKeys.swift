import FouilleExtraction
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
enum FactKeys {
    static func keys(_ entities: [StoredEntity], _ relations: [StoredRelation]) -> String {
        var values = [Int: [String]]()
        for relation in relations where relation.label == .hasValue && entities.indices.contains(relation.target) {
            let value = entities[relation.target]
            if let code = value.code, let colon = code.firstIndex(of: ":") {
                values[relation.source, default: []].append(String(code[code.index(after: colon)...]))
            }
        }
        var keys = [String]()
        keys.reserveCapacity(entities.count * 2)
        for entity in entities {
            let head = key(type: entity.type, attributes: entity.attributes.rawValue)
            keys.append(head)
            guard let code = entity.code else { continue }
            let coded = head + ":" + sanitized(code)
            keys.append(coded)
            for value in values[entity.ordinal] ?? [] { keys.append(coded + "=" + sanitized(value)) }
        }
        keys.sort()
        var unique = [String]()
        unique.reserveCapacity(keys.count)
        for key in keys where key != unique.last { unique.append(key) }
        return unique.joined(separator: " ")
    }

    /// `tumour|12`.
    static func key(type: EntityType, attributes: UInt8) -> String {
        type.rawValue.lowercased() + "|" + String(attributes)
    }

    /// Lower case, and any character the facts tokenizer would split on replaced by `_` (one per UTF-8 byte).
    static func sanitized(_ text: String) -> String {
        String(decoding: text.utf8.map { byte -> UInt8 in
            switch byte {
            case 0x41...0x5A: return byte | 0x20  // A-Z
            case 0x61...0x7A, 0x30...0x39, 0x7C, 0x3A, 0x3D, 0x2F, 0x2E, 0x2B, 0x5F, 0x2D: return byte  // a-z 0-9 | : = / . + _ -
            default: return 0x5F
            }
        }, as: UTF8.self)
    }
}
