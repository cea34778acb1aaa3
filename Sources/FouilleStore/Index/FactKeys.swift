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
        var keys = Set<String>()
        for entity in entities {
            let head = key(type: entity.type, attributes: entity.attributes.rawValue)
            keys.insert(head)
            guard let code = entity.code else { continue }
            let coded = head + ":" + sanitized(code)
            keys.insert(coded)
            for value in values[entity.ordinal] ?? [] { keys.insert(coded + "=" + sanitized(value)) }
        }
        return keys.sorted().joined(separator: " ")
    }

    /// `tumour|12`.
    static func key(type: EntityType, attributes: UInt8) -> String {
        type.rawValue.lowercased() + "|" + String(attributes)
    }

    /// Lower case, and any character the facts tokenizer would split on replaced by `_`.
    static func sanitized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "a"..."z", "0"..."9", "|", ":", "=", "/", ".", "+", "_", "-": return scalar
            default: return "_"
            }
        }))
    }
}
