@testable import FouilleStore
import Testing

@Test func patientKindAndDateFilters() throws {
    #expect(try ids(cohortStore) { $0.patient = "P1" } == ["c3", "c1"])  // newest first without words
    #expect(try ids(cohortStore) { $0.kind = "rcp" } == ["c4"])        // stored and compared in lower case
    #expect(try ids(cohortStore) { $0.kind = "Anapath" } == ["c1"])
    #expect(Set(try ids(cohortStore) { $0.from = "2021-06"; $0.to = "2022" }) == ["c2", "c3"])
    // A French date in the metadata is stored as ISO: 12/03/2023 → 2023-03-12.
    #expect(try ids(cohortStore) { $0.from = try SearchRequest.dateBound("01/03/2023", option: "--from") } == ["c4"])
    #expect(try ids(cohortStore) { $0.to = "2020" } == ["c5"])
    #expect(try ids(cohortStore, "carcinome") { $0.patient = "P3" } == ["c4"])
    #expect(throws: StoreError.self) { try SearchRequest.dateBound("hier", option: "--from") }
}

@Test func countsAndCohortsPerPatient() throws {
    let store = try Store(path: cohortStore, access: .readWrite)
    var request = SearchRequest()
    request.facts = [FactFilter(type: .tumour)]
    request.audit = false
    #expect(try store.count(request) == 5)
    let groups = try store.groups(request, by: .patient)
    #expect(groups == [SearchGroup(key: "P1", documents: 2), SearchGroup(key: nil, documents: 1),
                       SearchGroup(key: "P2", documents: 1), SearchGroup(key: "P3", documents: 1)])
    request.exclusions = AttributeExclusions([.family, .history])
    #expect(try store.groups(request, by: .patient).map(\.key) == ["P1", "P3"])
}

@Test func aSearchNeedsWordsOrAFilter() throws {
    let store = try Store(path: cohortStore, access: .readWrite)
    #expect(throws: StoreError.self) { try store.search(SearchRequest()) }
    var flagsOnly = SearchRequest(query: "carcinome")
    flagsOnly.exclusions = AttributeExclusions(.negated)
    #expect(throws: StoreError.self) { try store.search(flagsOnly) }
}

@Test func everySearchIsAuditedUnlessAskedNotTo() throws {
    let path = try temporaryFolder().appendingPathComponent("audit.db").path
    try index(Array(cohortDocuments.prefix(2)), into: path)
    let store = try Store(path: path, access: .readWrite)
    var request = SearchRequest(query: "métastase")
    request.facts = [FactFilter(type: .metastasis)]
    request.exclusions = AttributeExclusions(.negated)
    _ = try store.search(request)
    _ = try store.count(SearchRequest(query: "cancer"))
    var quiet = SearchRequest(query: "sein")
    quiet.audit = false
    _ = try store.search(quiet)
    let log = try store.auditLog()
    #expect(log.count == 2)
    #expect(log[0].query == "cancer")
    #expect(log[0].results == 1)
    #expect(log[0].filters == "{\"mode\":\"count\"}")
    #expect(log[1].query == "métastase")
    #expect(log[1].filters == "{\"exclude\":[\"no-negated\"],\"facts\":[\"Metastasis\"]}")
    #expect(log[1].results == 0)
    #expect(!log[1].user.isEmpty)
    #expect(log[1].at.hasPrefix("20"))
}
