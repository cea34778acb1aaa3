import Foundation
import Testing

/// Runs `fouille ARGUMENTS` to the end: exit status, standard output, standard error.
func runFouille(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = try fouilleExecutable()
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.currentDirectoryURL = repositoryRoot
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
}

@Test func indexSearchAndStatsFromTheCommandLine() throws {
    let db = try temporaryFolder().appendingPathComponent("cli.db").path
    let index = try runFouille(["index", "Corpora/samples", "--db", db])
    #expect(index.status == 0)
    #expect(index.err.contains("40 added"))
    #expect(index.err.contains("read 40, extracted 40, failed 0"))

    let json = try runFouille(["search", "métastases", "--db", db, "--format", "json", "--limit", "3"])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let hits = try #require(object["hits"] as? [[String: Any]])
    #expect((object["total"] as? Int ?? 0) >= hits.count)
    #expect(hits.count == 3)
    #expect((hits.first?["snippet"] as? String)?.contains("**") == true)

    let count = try runFouille(["search", "carcinome", "--db", db, "--count"])
    #expect(Int(count.out.trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 > 5 } == true)

    let cohort = try runFouille(["search", "--db", db, "--type", "Metastasis", "--not-negated", "--group-by", "patient", "--format", "csv"])
    #expect(cohort.out.hasPrefix("patient,reports\n,"))  // the samples have no patient ids

    let csv = try runFouille(["search", "--db", db, "--has", "Drug:L01FD01", "--format", "csv"])
    #expect(csv.out.split(separator: "\n").first == "rank,report,patient_id,date,kind,score,snippet")
    #expect(csv.out.contains("**trastuzumab**") || csv.out.contains("**Trastuzumab**"))

    let stats = try runFouille(["stats", "--db", db, "--check"])
    #expect(stats.status == 0)
    #expect(stats.out.contains("reports        40"))
    #expect(stats.out.contains("integrity      ok"))
    #expect(stats.out.contains("HGNC:ERBB2"))

    // The table fits the width it is given.
    let table = try runFouille(["search", "carcinome canalaire", "--db", db], environment: ["COLUMNS": "90"])
    #expect(table.status == 0)
    #expect(table.out.split(separator: "\n").allSatisfy { $0.count <= 90 }, "\(table.out)")
    #expect(table.out.contains("**carcinome canalaire**") || table.out.contains("**Carcinome canalaire**"))
}

@Test func commandLineErrorsAreClear() throws {
    let folder = try temporaryFolder()
    let db = folder.appendingPathComponent("errors.db").path
    let bad = folder.appendingPathComponent("bad.jsonl")
    try "{\"id\": \"a\", \"text\": \"Carcinome canalaire infiltrant.\"}\n{not json}\n{\"id\": \"b\", \"text\": \"Adénocarcinome.\"}\n"
        .write(to: bad, atomically: true, encoding: .utf8)
    let index = try runFouille(["index", bad.path, "--db", db])
    #expect(index.status == 0)
    #expect(index.err.contains("read 3, extracted 2, failed 1"))
    #expect(index.err.contains("bad.jsonl:2"))

    let syntax = try runFouille(["search", "carcinome AND", "--db", db])
    #expect(syntax.status != 0)
    #expect(syntax.err.contains("invalid search query: AND needs a term after it"))
    #expect(!syntax.err.lowercased().contains("sqlite"))

    let unknown = try runFouille(["search", "--db", db, "--has", "Tumor:8500/3"])
    #expect(unknown.err.contains("unknown entity type 'Tumor'"))

    let garbage = folder.appendingPathComponent("garbage.db").path
    try Data(repeating: 0x42, count: 10_000).write(to: URL(fileURLWithPath: garbage))
    let foreign = try runFouille(["search", "carcinome", "--db", garbage])
    #expect(foreign.status != 0)
    #expect(foreign.err.contains("\(garbage) is not a Fouille store"))

    let missing = try runFouille(["stats", "--db", folder.appendingPathComponent("none.db").path])
    #expect(missing.err.contains("no store at"))
}
