import FouilleExtraction
import FouilleLexicon

/// What a store holds: reports, patients, entities per type and context, the most frequent codes.
public struct StoreStatistics: Sendable {
    public struct TypeCount: Sendable {
        public var type: EntityType
        public var mentions: Int
        /// Reports with at least one.
        public var documents: Int
        /// Mentions carrying each attribute (Negated, Hypothetical, Family, History), by name.
        public var attributes: [String: Int]
    }

    public struct CodeCount: Sendable {
        public var code: String
        public var type: EntityType
        public var mentions: Int
        /// One mention as written, to read the code.
        public var example: String
    }

    public var documents: Int
    public var patients: Int
    /// Reports without a patient id.
    public var documentsWithoutPatient: Int
    public var textBytes: Int
    public var kinds: [(kind: String?, documents: Int)]
    /// Earliest and latest report dates, when reports have dates.
    public var dates: (first: String, last: String)?
    public var entities: Int
    public var types: [TypeCount]
    public var topCodes: [CodeCount]
    public var relations: Int
    public var runs: Int
    public var searchesAudited: Int
}

extension Store {
    /// Counts over the whole store, `top` most frequent codes.
    public func statistics(top: Int = 20) throws -> StoreStatistics {
        try diagnosing { try database.transaction {
            let documents = try database.prepare("""
                SELECT count(*), count(DISTINCT patient_id), sum(patient_id IS NULL), coalesce(sum(byte_count), 0), min(date), max(date)
                FROM documents
                """)
            try documents.step()
            let first = documents.string(4), last = documents.string(5)
            var kinds = [(kind: String?, documents: Int)]()
            let kindRows = try database.prepare("SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY 2 DESC, 1")
            while try kindRows.step() { kinds.append((kindRows.string(0), kindRows.int(1))) }

            var types = [EntityType: StoreStatistics.TypeCount]()
            let typeRows = try database.prepare("SELECT type, count(*), count(DISTINCT id >> 16) FROM entities GROUP BY type")
            while try typeRows.step() {
                guard let type = typesByID[typeRows.int(0)] else { continue }
                types[type] = .init(type: type, mentions: typeRows.int(1), documents: typeRows.int(2), attributes: [:])
            }
            let attributeRows = try database.prepare("SELECT type, attributes, count(*) FROM entities WHERE attributes != 0 GROUP BY type, attributes")
            while try attributeRows.step() {
                guard let type = typesByID[attributeRows.int(0)] else { continue }
                let attributes = EntityAttributes(rawValue: UInt8(truncatingIfNeeded: attributeRows.int(1)))
                for name in attributes.names { types[type]?.attributes[name, default: 0] += attributeRows.int(2) }
            }

            var codes = [StoreStatistics.CodeCount]()
            let codeRows = try database.prepare("""
                SELECT c.code, e.type, count(*), min(e.id) FROM entities e JOIN codes c ON c.id = e.code
                GROUP BY e.code ORDER BY 3 DESC, 1 LIMIT ?1
                """)
            codeRows.bind(1, top)
            let example = try database.prepare("SELECT start, end FROM entities WHERE id = ?1")
            while try codeRows.step() {
                guard let type = typesByID[codeRows.int(1)] else { continue }
                let entityID = codeRows.int64(3)
                example.bind(1, entityID)
                var written = ""
                if try example.step(), let text = try storedText(entityID >> EntityKey.shift), example.int(1) <= text.count {
                    written = String(decoding: text[example.int(0)..<example.int(1)], as: UTF8.self)
                }
                example.reset()
                codes.append(.init(code: codeRows.string(0) ?? "", type: type, mentions: codeRows.int(2), example: written))
            }
            let scalars = try database.prepare("""
                SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM relations), (SELECT count(*) FROM index_runs),
                       (SELECT count(*) FROM audit)
                """)
            try scalars.step()
            return StoreStatistics(
                documents: documents.int(0), patients: documents.int(1), documentsWithoutPatient: documents.int(2),
                textBytes: documents.int(3), kinds: kinds, dates: first.flatMap { f in last.map { (f, $0) } },
                entities: scalars.int(0), types: EntityType.allCases.compactMap { types[$0] }, topCodes: codes,
                relations: scalars.int(1), runs: scalars.int(2), searchesAudited: scalars.int(3))
        } }
    }
}
