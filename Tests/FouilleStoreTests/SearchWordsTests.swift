import FouilleStore
import Testing

struct WordCase: CustomTestStringConvertible, Sendable {
    let query: String
    let found: Set<String>
    var testDescription: String { query }
    init(_ query: String, _ found: Set<String>) { self.query = query; self.found = found }
}

/// Searches over the synthetic cohort (``cohortDocuments``): folding, elisions, clinical tokens, FTS5 operators.
let wordCases: [WordCase] = [
    // Accents and case folded like the index.
    .init("metastases hepatiques", ["c3"]),
    .init("MÉTASTASES HÉPATIQUES", ["c3"]),
    .init("métastase hépatique", ["c2"]),
    // Elisions: l'adénocarcinome is found by adénocarcinome, and the other way round.
    .init("l'adénocarcinome", ["c3"]),
    .init("adenocarcinome", ["c3"]),
    .init("d’adénocarcinome", ["c3"]),
    // Clinical tokens as written.
    .init("RE+", ["c1"]),
    .init("RE", ["c1", "c4"]),
    .init("Ki-67", ["c1"]),
    .init("ki67", ["c1"]),
    .init("pT2N1aM0", ["c1"]),
    .init("pT2", ["c1"]),
    .init("N1a", ["c1"]),
    .init("5-FU", ["c2"]),
    .init("5FU", ["c2"]),
    .init("p.G12C", ["c3"]),
    .init("G12C", ["c3"]),
    .init("\"90 %\"", ["c1"]),
    // FTS5 syntax.
    .init("\"carcinome lobulaire\"", ["c4"]),
    .init("\"lobulaire carcinome\"", []),
    .init("carcin*", ["c1", "c4"]),
    .init("\"carcinome lob\"*", ["c4"]),
    .init("carcinome NOT lobulaire", ["c1"]),
    .init("lobulaire OR canalaire", ["c1", "c4"]),
    .init("(lobulaire OR canalaire) AND trastuzumab", ["c1", "c4"]),
    .init("NEAR(carcinome infiltrant, 1)", ["c1", "c4"]),
    .init("NEAR(carcinome infiltrant, 0)", []),
]

@Test(arguments: wordCases)
func wordsFoldedLikeTheIndex(_ example: WordCase) throws {
    #expect(Set(try ids(cohortStore, example.query)) == example.found)
}

@Test func samplesAreFoundWithAndWithoutAccents() throws {
    // 06 writes "métastases hépatiques"; 13 is written in capitals without accents.
    let accented = try ids(samplesStore, "\"métastases hépatiques\"")
    let plain = try ids(samplesStore, "\"metastases hepatiques\"")
    #expect(accented == plain)
    #expect(accented.contains("06_imagerie_foie"))
    #expect(try ids(samplesStore, "METASTASES CEREBRALES").contains("13_rcp_poumon"))
    #expect(try ids(samplesStore, "métastases cérébrales").contains("13_rcp_poumon"))
    // 11 writes typographic apostrophes (U+2019): "L’hormonothérapie" is found with a straight one, or none.
    #expect(try ids(samplesStore, "\"l'hormonothérapie\"").contains("11_finrt_sein"))
    #expect(try ids(samplesStore, "hormonotherapie").contains("11_finrt_sein"))
}

@Test func hitsAreRankedAndHighlighted() throws {
    var request = SearchRequest(query: "\"métastases hépatiques\"")
    request.audit = false
    let results = try Store(path: samplesStore, access: .readWrite).search(request)
    #expect(results.total == results.hits.count)
    #expect(results.hits.map(\.rank) == Array(1...results.hits.count))
    let scores = results.hits.compactMap(\.score)
    #expect(scores == scores.sorted(by: >))
    for hit in results.hits {
        // The highlight is the text as written, whatever the folding.
        #expect(hit.snippet.highlights.contains { $0.lowercased().hasPrefix("métastases hépatiques") || $0.lowercased().hasPrefix("metastases hepatiques") })
    }
}

@Test func totalCountsEveryMatchWhileHitsStopAtTheLimit() throws {
    var request = SearchRequest(query: "carcinome")
    request.limit = 3
    request.audit = false
    let store = try Store(path: samplesStore, access: .readWrite)
    let results = try store.search(request)
    #expect(results.hits.count == 3)
    #expect(results.total == (try store.count(request)))
    #expect(results.total > 3)
    request.offset = 3
    let next = try store.search(request)
    #expect(next.hits.first?.rank == 4)
    #expect(Set(next.hits.map(\.documentID)).isDisjoint(with: results.hits.map(\.documentID)))
}

@Test func aBadQueryIsAClearErrorNotAnSQLiteOne() throws {
    let store = try Store(path: cohortStore, access: .readWrite)
    for query in ["\"carcinome", "carcinome AND", "(a OR b", "NOT x"] {
        var request = SearchRequest(query: query)
        request.audit = false
        #expect(throws: QuerySyntaxError.self) { try store.search(request) }
    }
    // Odd but valid input runs, never reaching SQLite unquoted.
    for query in ["'; DROP TABLE documents; --", "x\"\" OR 1=1", "a:b", "NEAR", "{col}", "^début", "AND_OR"] {
        var request = SearchRequest(query: query)
        request.audit = false
        do { _ = try store.search(request) } catch let error as QuerySyntaxError { _ = error } catch {
            Issue.record("\(query): \(error)")
        }
    }
    #expect(try store.count(SearchRequest(query: "carcinome")) == 2)
}
