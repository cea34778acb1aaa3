/// Writes a report's entities and relations as the compact JSON of its `annotations` row, on a worker.
///
/// `entities`: `[[type, start, end, code|null, value|null, attributes, laterality|null, section|null, sentence],...]`
/// in text order (the ordinal is the index), ids into `entity_types`, `codes` and `sections`;
/// `relations`: `[[source, target, label],...]`, sorted and without duplicates. Bytes are appended
/// directly: this runs ~46 times per report. One encoder per worker (its caches are not shared).
final class AnnotationEncoder {
    private let names: AnnotationNames
    /// Codes seen by this worker: the shared registry's lock is taken only for a code new to it.
    private var codes: [String: Int] = [:]
    private var lastSection: (name: String, id: Int)?

    init(names: AnnotationNames) {
        self.names = names
    }

    func entities(_ entities: [StoredEntity]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(entities.count * 40 + 2)
        out.append(UInt8(ascii: "["))
        for (index, entity) in entities.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            JSONBytes.append(names.typeIDs[entity.type.slot], to: &out)
            out.append(UInt8(ascii: ","))
            JSONBytes.append(entity.span.start, to: &out)
            out.append(UInt8(ascii: ","))
            JSONBytes.append(entity.span.end, to: &out)
            out.append(UInt8(ascii: ","))
            if let code = entity.code { JSONBytes.append(codeID(code), to: &out) } else { JSONBytes.appendNull(to: &out) }
            out.append(UInt8(ascii: ","))
            JSONBytes.append(string: entity.value, to: &out)
            out.append(UInt8(ascii: ","))
            JSONBytes.append(Int(entity.attributes.rawValue), to: &out)
            out.append(UInt8(ascii: ","))
            JSONBytes.append(string: entity.laterality, to: &out)
            out.append(UInt8(ascii: ","))
            if let section = entity.section { JSONBytes.append(sectionID(section), to: &out) } else { JSONBytes.appendNull(to: &out) }
            out.append(UInt8(ascii: ","))
            JSONBytes.append(entity.sentence, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// Sorted by source, target and label, duplicates dropped (the version 1 table's primary key did both).
    func relations(_ relations: [StoredRelation]) -> [UInt8] {
        let rows = relations.map { ($0.source, $0.target, $0.labelID) }.sorted { $0 < $1 }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, row) in rows.enumerated() where index == 0 || rows[index - 1] != row {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            JSONBytes.append(row.0, to: &out)
            out.append(UInt8(ascii: ","))
            JSONBytes.append(row.1, to: &out)
            out.append(UInt8(ascii: ","))
            JSONBytes.append(row.2, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    private func codeID(_ code: String) -> Int {
        if let id = codes[code] { return id }
        let id = names.codes.id(code)
        codes[code] = id
        return id
    }

    /// Consecutive entities mostly share their section: reuse its id rather than hash the name again.
    private func sectionID(_ name: String) -> Int {
        if let lastSection, lastSection.name == name { return lastSection.id }
        let id = names.sections.id(name)
        lastSection = (name, id)
        return id
    }
}
