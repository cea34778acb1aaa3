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

            let counts = try AnnotationCounts(database)
            var types = [EntityType: StoreStatistics.TypeCount]()
            for (id, count) in counts.types {
                guard let type = typesByID[id] else { continue }
                var attributes = [String: Int]()
                for (bit, mentions) in count.attributes.enumerated() where mentions > 0 {
                    for name in EntityAttributes(rawValue: 1 << bit).names { attributes[name] = mentions }
                }
                types[type] = .init(type: type, mentions: count.mentions, documents: count.documents, attributes: attributes)
            }

            var codeNames = [Int: String]()
            let nameRows = try database.prepare("SELECT id, code FROM codes")
            while try nameRows.step() { codeNames[nameRows.int(0)] = nameRows.string(1) }
            let ranked = counts.codes.compactMap { id, count in codeNames[id].map { (name: $0, count: count) } }
                .sorted { $0.count.mentions != $1.count.mentions ? $0.count.mentions > $1.count.mentions : $0.name < $1.name }
            var codes = [StoreStatistics.CodeCount]()
            for (name, count) in ranked.prefix(max(0, top)) {
                guard let type = typesByID[count.type] else { continue }
                var written = ""
                if let text = try storedText(count.document), count.start <= count.end, count.end <= text.count {
                    written = String(decoding: text[count.start..<count.end], as: UTF8.self)
                }
                codes.append(.init(code: name, type: type, mentions: count.mentions, example: written))
            }
            let scalars = try database.prepare("""
                SELECT (SELECT count(*) FROM index_runs), (SELECT count(*) FROM audit)
                """)
            try scalars.step()
            return StoreStatistics(
                documents: documents.int(0), patients: documents.int(1), documentsWithoutPatient: documents.int(2),
                textBytes: documents.int(3), kinds: kinds, dates: first.flatMap { f in last.map { (f, $0) } },
                entities: counts.entities, types: EntityType.allCases.compactMap { types[$0] }, topCodes: codes,
                relations: counts.relations, runs: scalars.int(0), searchesAudited: scalars.int(1))
        } }
    }
}
