/// Counts over every `annotations` row, in one pass in Swift: mentions, reports and attributes per
/// type, mentions and first mention per code, relations.
///
/// The same counts in SQL over the `entities` view re-read each report's JSON per query and per
/// field; one pass over the rows with ``JSONCursor`` reads each byte once.
struct AnnotationCounts {
    struct PerType {
        var mentions = 0
        var documents = 0
        /// Mentions by attribute bit (1, 2, 4, 8 → index 0...3).
        var attributes = [Int](repeating: 0, count: 4)
    }

    struct PerCode {
        var mentions = 0
        /// The first mention (lowest report id, then ordinal): its type and where to read it.
        var type = 0
        var document: Int64 = 0
        var start = 0
        var end = 0
    }

    /// By stored type id.
    var types: [Int: PerType] = [:]
    /// By stored code id.
    var codes: [Int: PerCode] = [:]
    var entities = 0
    var relations = 0

    init(_ database: Database) throws {
        let select = try database.prepare("SELECT id, entities, relations FROM annotations ORDER BY id")
        // Arrays indexed by id: a dictionary lookup per entity would dominate the pass.
        var perType = [PerType](), perCode = [PerCode]()
        var seen = [Int]()  // the last report counted per type
        while try select.step() {
            let document = select.int64(0)
            do {
                try select.withText(1) { json in
                    try AnnotationRow.forEachEntity(json, strings: false) { entity in
                        let type = max(0, entity.type)
                        if type >= perType.count {
                            perType += Array(repeating: PerType(), count: type + 1 - perType.count)
                            seen += Array(repeating: -1, count: type + 1 - seen.count)
                        }
                        perType[type].mentions += 1
                        if seen[type] != Int(document) { seen[type] = Int(document); perType[type].documents += 1 }
                        for bit in 0..<4 where entity.attributes & (1 << bit) != 0 { perType[type].attributes[bit] += 1 }
                        if let code = entity.code, code >= 0 {
                            if code >= perCode.count { perCode += Array(repeating: PerCode(), count: code + 1 - perCode.count) }
                            if perCode[code].mentions == 0 {
                                perCode[code] = PerCode(mentions: 0, type: entity.type, document: document, start: entity.start, end: entity.end)
                            }
                            perCode[code].mentions += 1
                        }
                        entities += 1
                    }
                }
            } catch is JSONCursor.Malformed {
                throw StoreError(.corrupt, "the annotations of report \(document) in \(database.path) are not the JSON Fouille writes. Rebuild the store with `fouille index PATH... --db NEWFILE`.")
            }
            // Relations hold integers only: one opening bracket each, plus the list's.
            relations += select.withText(2) { json in max(0, json.reduce(0) { $0 + ($1 == UInt8(ascii: "[") ? 1 : 0) } - 1) }
        }
        for (id, counts) in perType.enumerated() where counts.mentions > 0 { types[id] = counts }
        for (id, counts) in perCode.enumerated() where counts.mentions > 0 { codes[id] = counts }
    }
}
