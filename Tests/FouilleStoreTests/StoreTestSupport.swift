import FouilleExtraction
import FouilleLexicon
@testable import FouilleStore
import FouilleText
import Foundation

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The project's lexicons, compiled once for all tests.
let projectLexicon: Lexicon = try! LexiconLoader.load(directories: [repositoryRoot.appendingPathComponent("Lexicons").path])

/// A fresh folder under the system's temporary folder, for one test's stores.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fouille-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The sample reports, in file order.
func sampleDocuments() throws -> [Document] {
    let folder = repositoryRoot.appendingPathComponent("Corpora/samples")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().map { name in
        let url = folder.appendingPathComponent(name)
        return Document(id: String(name.dropLast(4)), text: try String(contentsOf: url, encoding: .utf8),
                        metadata: DocumentMetadata(source: url.path))
    }
}

/// Indexes documents into a store at `path` and answers the run's report.
@discardableResult
func index(_ documents: [Document], into path: String, options: IndexOptions = IndexOptions()) throws -> IndexReport {
    var remaining = documents[...]
    return try Indexer(path: path, lexicon: projectLexicon, options: options)
        .run(inputs: ["test"], next: { remaining.popFirst().map(IndexInput.document) })
}

/// One store of the samples, indexed once and shared by the tests that only read it.
let samplesStore: String = {
    let path = try! temporaryFolder().appendingPathComponent("samples.db").path
    try! index(try! sampleDocuments(), into: path)
    return path
}()

/// Synthetic reports with patients, dates and kinds, for the metadata filters.
let cohortDocuments: [Document] = [
    Document(id: "c1", text: "Carcinome canalaire infiltrant du sein gauche. RE+ à 90 %, RP- , HER2 positif (score 3+). Ki-67 : 20 %. pT2N1aM0. Traitement par trastuzumab.",
             metadata: DocumentMetadata(patientID: "P1", date: "2021-03-12", kind: "anapath")),
    Document(id: "c2", text: "Pas de métastase hépatique. Sa mère a eu un cancer du sein. Une chimiothérapie par 5-FU est proposée.",
             metadata: DocumentMetadata(patientID: "P2", date: "2021-06-01", kind: "consult")),
    Document(id: "c3", text: "Métastases hépatiques multiples de l'adénocarcinome colique. Mutation KRAS p.G12C.",
             metadata: DocumentMetadata(patientID: "P1", date: "2022-01-20", kind: "imagerie")),
    Document(id: "c4", text: "Carcinome lobulaire infiltrant. RE positif, HER2 négatif. Pas de trastuzumab.",
             metadata: DocumentMetadata(patientID: "P3", date: "12/03/2023", kind: "RCP")),
    Document(id: "c5", text: "Antécédent de mélanome en 2010. Suivi simple, aucun traitement.", metadata: DocumentMetadata(date: "2020")),
]

/// A store of ``cohortDocuments``.
let cohortStore: String = {
    let path = try! temporaryFolder().appendingPathComponent("cohort.db").path
    try! index(cohortDocuments, into: path)
    return path
}()

/// The ids of the reports a search finds, best first.
func ids(_ store: String, _ query: String = "", limit: Int = 100, configure: (inout SearchRequest) throws -> Void = { _ in }) throws -> [String] {
    var request = SearchRequest(query: query)
    request.limit = limit
    request.audit = false
    try configure(&request)
    return try Store(path: store, access: .readWrite).search(request).hits.map(\.documentID)
}

/// The terms a text indexes as (`+` before colocated variants).
func terms(_ text: String) throws -> [String] { try ClinicalTermTokenizer().terms(of: text).strings }
