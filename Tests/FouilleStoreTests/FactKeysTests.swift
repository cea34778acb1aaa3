@testable import FouilleStore
import FouilleExtraction
import FouilleLexicon
import FouilleText
import Testing

/// The keys built the plain way: every key as a String, a Set, sorted by bytes.
private func referenceKeys(_ entities: [StoredEntity], _ relations: [StoredRelation]) -> String {
    var keys = Set<String>()
    for entity in entities {
        let head = entity.type.rawValue.lowercased() + "|" + String(entity.attributes.rawValue)
        keys.insert(head)
        guard let code = entity.code else { continue }
        let coded = head + ":" + FactKeys.sanitized(code)
        keys.insert(coded)
        for relation in relations where relation.label == .hasValue && relation.source == entity.ordinal
            && entities.indices.contains(relation.target) {
            guard let valueCode = entities[relation.target].code, let value = EntityValue.codeValue(valueCode) else { continue }
            keys.insert(coded + "=" + FactKeys.sanitized(value))
        }
    }
    return keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: " ")
}

/// Reports of many repeated and near-identical keys (prefix codes, long codes, every attribute mask, odd masks).
@Test(arguments: 0..<40)
func factKeysMatchThePlainConstruction(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    let codes: [String?] = [nil, "HGNC:ERBB2", "HGNC:ERBB", "HGNC:ERBB2X", "ATC:L01", "ATC:L01FD01", "ATC:L01FD0",
                            "ICDO3M:8500/3", "ICDO3T:C50.9 é", "STATUS:positive", "STATUS:negative", "SCORE:3+",
                            "ICD10:C50.912345678901234567890", "ICD10:C50.91234567890123456789", "X", ""]
    let masks: [UInt8] = [0, 1, 2, 4, 8, 9, 10, 12, 15] + (seed % 4 == 0 ? [16, 200, 100] : [])
    let types = EntityType.allCases
    let span = TextSpan(start: 0, end: 1)
    let entities = (0..<(5 + next(120))).map { ordinal in
        StoredEntity(ordinal: ordinal, type: types[next(types.count)], span: span, text: "", code: codes[next(codes.count)],
                     value: nil, attributes: EntityAttributes(rawValue: masks[next(masks.count)]), laterality: nil,
                     section: nil, sentence: 0)
    }
    let relations = (0..<next(60)).map { _ in
        StoredRelation(label: next(3) == 0 ? .hasDose : .hasValue, source: next(entities.count), target: next(entities.count + 2))
    }
    #expect(FactKeys.keys(entities, relations) == referenceKeys(entities, relations))
}

@Test func factKeysOfNoEntityAreEmpty() {
    #expect(FactKeys.keys([], []) == "")
}
