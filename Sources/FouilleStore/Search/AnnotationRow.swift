/// One entity of an `annotations` row, ids as stored (``AnnotationEncoder`` writes the row).
struct AnnotationEntity {
    var type: Int
    var start: Int
    var end: Int
    var code: Int?
    var value: String?
    var attributes: Int
    var laterality: String?
    var section: Int?
    var sentence: Int
}

/// Reads the two JSON texts of an `annotations` row.
enum AnnotationRow {
    /// Calls `body` with each entity, in ordinal order. With `strings` false, values and
    /// lateralities are skipped (nil), which is what counting needs.
    static func forEachEntity(_ json: UnsafeBufferPointer<UInt8>, strings: Bool = true,
                              _ body: (AnnotationEntity) throws -> Void) throws {
        var cursor = JSONCursor(json)
        let comma = UInt8(ascii: ",")
        guard try cursor.openArray() else { return }
        repeat {
            try cursor.expect(UInt8(ascii: "["))
            var entity = AnnotationEntity(type: 0, start: 0, end: 0, attributes: 0, sentence: 0)
            entity.type = try required(cursor.integer())
            try cursor.expect(comma)
            entity.start = try required(cursor.integer())
            try cursor.expect(comma)
            entity.end = try required(cursor.integer())
            try cursor.expect(comma)
            entity.code = try cursor.integer()
            try cursor.expect(comma)
            entity.attributes = try required(cursor.integer())
            try cursor.expect(comma)
            entity.section = try cursor.integer()
            try cursor.expect(comma)
            entity.sentence = try required(cursor.integer())
            // Value and laterality: left out from the end when null.
            if cursor.take(comma) {
                if strings { entity.value = try cursor.string() } else { try cursor.skipString() }
                if cursor.take(comma) {
                    if strings { entity.laterality = try cursor.string() } else { try cursor.skipString() }
                }
            }
            try cursor.expect(UInt8(ascii: "]"))
            try body(entity)
        } while try cursor.nextElement()
    }

    /// The relations, in stored order (by source, target, label).
    static func relations(_ json: UnsafeBufferPointer<UInt8>) throws -> [StoredRelation] {
        var cursor = JSONCursor(json)
        var out = [StoredRelation]()
        guard try cursor.openArray() else { return out }
        repeat {
            try cursor.expect(UInt8(ascii: "["))
            let source = try required(cursor.integer())
            try cursor.expect(UInt8(ascii: ","))
            let target = try required(cursor.integer())
            try cursor.expect(UInt8(ascii: ","))
            let label = try required(cursor.integer())
            try cursor.expect(UInt8(ascii: "]"))
            out.append(StoredRelation(label: StoredRelation.label(ofID: label), source: source, target: target))
        } while try cursor.nextElement()
        return out
    }

    private static func required(_ value: Int?) throws -> Int {
        guard let value else { throw JSONCursor.Malformed() }
        return value
    }
}
