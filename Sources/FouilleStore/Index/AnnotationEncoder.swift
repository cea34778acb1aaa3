/// Writes a report's entities and relations as the compact JSON of its `annotations` row, on a worker.
///
/// `entities`: `[[type, start, end, code|null, attributes, section|null, sentence, value, laterality],...]`
/// in text order (the ordinal is the index), ids into `entity_types`, `codes` and `sections`. The two
/// strings come last and are left out when null from the end (`->> 8` of a shorter array is NULL too):
/// laterality is nearly always null and value often, and spelt `null` they made the store 1.47× the text instead of ~1.35×.
/// `relations`: `[[source, target, label],...]`, sorted and without duplicates. Bytes are appended
/// into a buffer bounded first: this runs ~46 times per report. One encoder per worker (its caches are not shared).
final class AnnotationEncoder {
    private let names: AnnotationNames
    /// Codes and sections seen by this worker: the shared registry's lock is taken only for a name new to it.
    private let codes = NameIDCache()
    private let sections = NameIDCache()
    private var lastSection: (name: String, id: Int)?

    init(names: AnnotationNames) {
        self.names = names
    }

    func entities(_ entities: [StoredEntity]) -> [UInt8] {
        // Seven integers, two strings, brackets and commas per entity, bounded before writing.
        var bound = 2
        for entity in entities {
            bound += 11 + 7 * JSONBytes.maximumIntegerBytes + JSONBytes.maximumBytes(of: entity.value)
                + JSONBytes.maximumBytes(of: entity.laterality)
        }
        return [UInt8](unsafeUninitializedCapacity: bound) { buffer, written in
            var out = JSONBytes(buffer)
            out.byte(UInt8(ascii: "["))
            // Entities are read in place: iterating the array would copy each one (and retain its strings).
            entities.withUnsafeBufferPointer { entities in
                for index in entities.indices {
                    if index > 0 { out.byte(UInt8(ascii: ",")) }
                    write(entities.baseAddress! + index, to: &out)
                }
            }
            out.byte(UInt8(ascii: "]"))
            written = out.count
        }
    }

    private func write(_ entity: UnsafePointer<StoredEntity>, to out: inout JSONBytes) {
        let comma = UInt8(ascii: ",")
        out.byte(UInt8(ascii: "["))
        out.integer(names.typeIDs[entity.pointee.type.slot])
        out.byte(comma)
        out.integer(entity.pointee.span.start)
        out.byte(comma)
        out.integer(entity.pointee.span.end)
        out.byte(comma)
        if let code = entity.pointee.code { out.integer(codeID(code)) } else { out.null() }
        out.byte(comma)
        out.integer(Int(entity.pointee.attributes.rawValue))
        out.byte(comma)
        if let section = entity.pointee.section { out.integer(sectionID(section)) } else { out.null() }
        out.byte(comma)
        out.integer(entity.pointee.sentence)
        if entity.pointee.value != nil || entity.pointee.laterality != nil {
            out.byte(comma)
            out.string(entity.pointee.value)
        }
        if entity.pointee.laterality != nil {
            out.byte(comma)
            out.string(entity.pointee.laterality)
        }
        out.byte(UInt8(ascii: "]"))
    }

    /// Sorted by source, target and label, duplicates dropped (the version 1 table's primary key did both).
    func relations(_ relations: [StoredRelation]) -> [UInt8] {
        let rows = relations.map { ($0.source, $0.target, $0.labelID) }.sorted { $0 < $1 }
        return [UInt8](unsafeUninitializedCapacity: 2 + rows.count * (4 + 3 * JSONBytes.maximumIntegerBytes)) { buffer, written in
            var out = JSONBytes(buffer)
            out.byte(UInt8(ascii: "["))
            for (index, row) in rows.enumerated() where index == 0 || rows[index - 1] != row {
                if out.count > 1 { out.byte(UInt8(ascii: ",")) }
                out.byte(UInt8(ascii: "["))
                out.integer(row.0)
                out.byte(UInt8(ascii: ","))
                out.integer(row.1)
                out.byte(UInt8(ascii: ","))
                out.integer(row.2)
                out.byte(UInt8(ascii: "]"))
            }
            out.byte(UInt8(ascii: "]"))
            written = out.count
        }
    }

    private func codeID(_ code: String) -> Int {
        if let id = codes.id(code) { return id }
        let id = names.codes.id(code)
        codes.insert(code, id: id)
        return id
    }

    /// Consecutive entities mostly share their section: reuse its id rather than hash the name again.
    private func sectionID(_ name: String) -> Int {
        if let lastSection, lastSection.name == name { return lastSection.id }
        let id: Int
        if let cached = sections.id(name) {
            id = cached
        } else {
            id = names.sections.id(name)
            sections.insert(name, id: id)
        }
        lastSection = (name, id)
        return id
    }
}
