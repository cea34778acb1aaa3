import Foundation
import Testing

/// End-to-end tests of the built `fouille` binary, as a user runs it.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs the debug binary with arguments and optional standard input; returns status, output and errors.
func fouille(_ arguments: [String], input: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = repositoryRoot.appendingPathComponent(".build/debug/fouille")
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    let out = Pipe(), err = Pipe(), inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

@Test func helpExplainsEveryCommand() throws {
    let help = try fouille(["--help"])
    #expect(help.status == 0)
    for command in ["tokenize", "extract", "lexicon", "validate", "evaluate", "bench"] { #expect(help.out.contains(command)) }
    let extract = try fouille(["extract", "--help"])
    #expect(extract.out.contains("--format") && extract.out.contains("brat"))
}

@Test func tokenizeJSONFromStandardInput() throws {
    let run = try fouille(["tokenize", "-", "--format", "json"], input: "RE+ à 90 %, l'adénocarcinome.")
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let tokens = try #require(json["tokens"] as? [[String: Any]])
    #expect(tokens.compactMap { $0["text"] as? String } == ["RE+", "à", "90 %", ",", "l'", "adénocarcinome", "."])
    // Offsets in characters and in bytes: "à" is one character, two bytes.
    #expect(tokens[2]["start"] as? Int == 6 && tokens[2]["byte_start"] as? Int == 7)
}

@Test func extractWritesValidBratAndCountsFailures() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fouille-cli-\(UUID().uuidString)")
    let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "Carcinome canalaire infiltrant du sein gauche, RE 90 %, HER2 négatif.\n".write(to: input.appendingPathComponent("cr1.txt"), atomically: true, encoding: .utf8)
    try Data([0x66, 0x6F, 0xFF, 0x0A]).write(to: input.appendingPathComponent("cr2.txt"))
    let run = try fouille(["extract", input.path, "--format", "brat", "--out", output.path])
    #expect(run.status == 0)
    #expect(run.err.contains("read 2, extracted 1, failed 1"))
    #expect(run.err.contains("cr2.txt"))
    let ann = try String(contentsOf: output.appendingPathComponent("cr1.ann"), encoding: .utf8)
    #expect(ann.contains("T1\tTumour 0 30\tCarcinome canalaire infiltrant"))
    #expect(ann.contains("Reference T1 ICDO3M:8500/3"))
    let validate = try fouille(["validate", output.path])
    #expect(validate.status == 0, "\(validate.out)")
}

@Test func lexiconCheckReportsFileAndLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fouille-lex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "term\ttype\tcode\nzorvimab\tDrug\tATC:L01F\nbadimab\tDrug\tL01FX99\n".write(to: folder.appendingPathComponent("local.tsv"), atomically: true, encoding: .utf8)
    let run = try fouille(["lexicon", "check", "--lexicons", folder.path])
    #expect(run.status == 1)
    #expect(run.out.contains("local.tsv:3: error: code 'L01FX99' has no namespace"))
    let ok = try fouille(["lexicon", "check"])
    #expect(ok.status == 0)
}
