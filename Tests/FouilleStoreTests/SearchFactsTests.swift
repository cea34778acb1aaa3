import FouilleExtraction
import FouilleLexicon
@testable import FouilleStore
import FouilleText
import Testing

struct FactCase: CustomTestStringConvertible, Sendable {
    let words: String
    let has: [String]
    let types: [EntityType]
    let excluded: EntityAttributes
    let found: Set<String>
    var testDescription: String { ([words] + has + types.map(\.rawValue) + ["-\(excluded.names)"]).joined(separator: " ") }

    init(_ words: String = "", has: [String] = [], types: [EntityType] = [], excluding excluded: EntityAttributes = [], _ found: Set<String>) {
        self.words = words
        self.has = has
        self.types = types
        self.excluded = excluded
        self.found = found
    }
}

/// Fact filters over the cohort: codes, values, contexts, prefixes, and their combinations with words.
let factCases: [FactCase] = [
    .init(has: ["Biomarker:ERBB2=positive"], ["c1"]),
    .init(has: ["Biomarker:ERBB2=negative"], ["c4"]),
    .init(has: ["Biomarker:ERBB2"], ["c1", "c4"]),
    .init(has: ["biomarker:hgnc:erbb2=POSITIVE"], ["c1"]),
    .init(has: ["Drug:L01FD01"], ["c1", "c4"]),
    .init(has: ["Drug:L01FD01"], excluding: .negated, ["c1"]),
    .init(has: ["Drug:L01F*"], excluding: .negated, ["c1"]),
    .init(has: ["Drug:L01BC02"], ["c2"]),
    .init(has: ["Drug:L01BC02"], excluding: .hypothetical, []),
    .init(has: ["Tumour:8500/3"], ["c1"]),
    .init(has: ["Tumour:85*"], ["c1", "c4"]),
    .init(has: ["Stage:pT2N1aM0"], ["c1"]),
    .init(has: ["BiomarkerValue:mutated"], ["c3"]),
    .init(types: [.metastasis], ["c2", "c3"]),
    .init(types: [.metastasis], excluding: .negated, ["c3"]),
    .init(types: [.tumour], excluding: .family, ["c1", "c3", "c4", "c5"]),
    .init(types: [.tumour], excluding: [.family, .history], ["c1", "c3", "c4"]),
    // Combined: every filter must hold.
    .init(has: ["Biomarker:ERBB2=positive", "Drug:L01FD01"], excluding: [.negated, .family], ["c1"]),
    .init(has: ["Biomarker:ERBB2=negative", "Drug:L01FD01"], excluding: .negated, []),
    .init(has: ["Biomarker:KRAS=mutated"], types: [.metastasis], excluding: .negated, ["c3"]),
    .init("carcinome", has: ["Biomarker:ERBB2=positive"], ["c1"]),
    .init("carcinome", has: ["Drug:L01FD01"], excluding: .negated, ["c1"]),
    .init("sein", types: [.tumour], excluding: .family, ["c1"]),
]

@Test(arguments: factCases)
func factFilters(_ example: FactCase) throws {
    let found = try ids(cohortStore, example.words) { request in
        request.facts = try example.has.map { try FactFilter(parsing: $0) } + example.types.map { FactFilter(type: $0) }
        request.exclusions = AttributeExclusions(example.excluded)
    }
    #expect(Set(found) == example.found)
}

@Test func evidenceShowsTheEntitiesThatMatched() throws {
    var request = SearchRequest()
    request.facts = [try FactFilter(parsing: "Drug:L01FD01")]
    request.exclusions = AttributeExclusions(.negated)
    request.audit = false
    let hit = try #require(try Store(path: cohortStore, access: .readWrite).search(request).hits.first)
    #expect(hit.documentID == "c1")
    #expect(hit.evidence.map(\.text) == ["trastuzumab"])
    #expect(hit.evidence.first?.code == "ATC:L01FD01")
    #expect(hit.snippet.highlights == ["trastuzumab"])
}

/// The store answers what the extraction says: each filter's hits on the samples are the reports whose
/// extracted entities satisfy it, computed here straight from the pipeline.
let sampleFilters: [(String, EntityAttributes)] = [
    ("Drug:L01FD01", .negated), ("Tumour:8500/3", []), ("Biomarker:ERBB2", []),
    ("Metastasis:C22.0", [.negated, .hypothetical]), ("Regimen:FOLFOX", .family),
]

@Test(arguments: sampleFilters)
func samplesFactFiltersAgreeWithTheExtraction(_ spec: String, _ excluded: EntityAttributes) throws {
    let filter = try FactFilter(parsing: spec)
    let pipeline = try ExtractionPipeline(lexicon: projectLexicon)
    var expected = Set<String>()
    for document in try sampleDocuments() {
        let result = try pipeline.extract(document)
        let code = spec.split(separator: ":").dropFirst().joined(separator: ":")
        if result.entities.contains(where: { $0.type == filter.type && ($0.code?.hasSuffix(":" + code) ?? false) && $0.attributes.isDisjoint(with: excluded) }) {
            expected.insert(document.id)
        }
    }
    #expect(!expected.isEmpty)
    let found = try ids(samplesStore) { request in
        request.facts = [filter]
        request.exclusions = AttributeExclusions(excluded)
    }
    #expect(Set(found) == expected)
}

@Test func filterSpecificationsAreCheckedWithClearMessages() {
    for (spec, says) in [("Tumor:8500/3", "unknown entity type"), ("Date:2021", "no codes"), ("Drug:L01FD01=positive", "applies to Biomarker"),
                         ("Biomarker:ERBB2=", "nothing after"), ("Drug:", "empty code"),
                         ("Biomarker:ERBB*=positive", "cannot be combined")] {
        do {
            _ = try FactFilter(parsing: spec)
            Issue.record("\(spec) was accepted")
        } catch let error as StoreError {
            #expect(error.kind == .filter)
            #expect(error.message.contains(says), "\(error.message)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
