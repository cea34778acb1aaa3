import Foundation
import Testing
@testable import FouilleFormats
import FouilleText

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fouille-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
}

@Test func aBadFileIsReportedByNameAndTheBatchGoesOn() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Array("Carcinome canalaire infiltrant du sein gauche.\n".utf8), "a_bon.txt", in: folder)
    try write([0x43, 0x61, 0x6E, 0x63, 0x65, 0x72, 0x20, 0xE9, 0x0A], "b_latin1.txt", in: folder)  // "Cancer é" in Latin-1
    try write([], "c_vide.txt", in: folder)
    try write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A], "d_image.txt", in: folder)
    try write(Array(String(repeating: "métastase ", count: 200).utf8), "e_gros.txt", in: folder)
    try write(Array("Adénocarcinome lieberkühnien.\n".utf8), "sous/f_bon.txt", in: folder)
    try write(Array("ignored".utf8), "notes.md", in: folder)

    var documents = [String]()
    var failures = [InputFailure]()
    for item in DocumentReader(paths: [folder.path], validation: TextValidation(maxBytes: 1000)) {
        switch item {
        case .document(let document): documents.append(document.id)
        case .failure(let failure): failures.append(failure)
        }
    }
    #expect(documents == ["a_bon", "f_bon"])
    #expect(failures.count == 4)
    let byFile = Dictionary(uniqueKeysWithValues: failures.map { (URL(fileURLWithPath: $0.source).lastPathComponent, $0) })
    #expect(byFile["b_latin1.txt"]?.reason.contains("invalid UTF-8") == true)
    #expect(byFile["b_latin1.txt"]?.offset == 7)
    #expect(byFile["c_vide.txt"]?.reason == "empty document")
    #expect(byFile["d_image.txt"]?.reason.contains("binary") == true)
    #expect(byFile["e_gros.txt"]?.reason.contains("size limit") == true)
    #expect(byFile["b_latin1.txt"]?.description.contains("b_latin1.txt: at byte 7: invalid UTF-8") == true)
}

@Test func jsonlRecordsKeepMetadataAndBadLinesAreNamed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lines = [
        #"{"id": "r1", "text": "RE+ à 90 %, HER2 négatif.", "patient_id": "P001", "date": "2021-03-12", "kind": "anapath"}"#,
        "",
        #"{"id": "r2", "text": "Mélanome"#,
        #"{"id": 3, "text": "Lymphome B diffus à grandes cellules."}"#,
        #"{"text": "sans identifiant"}"#,
        #"["pas", "un objet"]"#,
        #"{"id": "r6", "text": "   "}"#,
    ]
    try write(Array(lines.joined(separator: "\n").utf8), "lot.jsonl", in: folder)
    var documents = [Document]()
    var failures = [InputFailure]()
    for item in DocumentReader(paths: [folder.appendingPathComponent("lot.jsonl").path]) {
        switch item {
        case .document(let document): documents.append(document)
        case .failure(let failure): failures.append(failure)
        }
    }
    #expect(documents.map(\.id) == ["r1", "3"])
    #expect(documents[0].metadata.patientID == "P001")
    #expect(documents[0].metadata.date == "2021-03-12")
    #expect(documents[0].metadata.kind == "anapath")
    #expect(documents[0].text == "RE+ à 90 %, HER2 négatif.")
    #expect(failures.map { $0.source.components(separatedBy: ":").last!.components(separatedBy: " ").first! } == ["3", "5", "6", "7"])
    #expect(failures[0].reason.hasPrefix("malformed JSON"))
    #expect(failures[1].reason.contains("\"id\""))
}

@Test func aMissingPathIsAFailureNotACrash() {
    let items = Array(DocumentReader(paths: ["/nonexistent/compte-rendu.txt"]))
    guard case .failure(let failure)? = items.first else { Issue.record("expected a failure"); return }
    #expect(failure.description == "/nonexistent/compte-rendu.txt: no such file or folder")
}

@Test(arguments: [
    ([0x61, 0xC3, 0xA9], nil as Int?),
    ([0x61, 0xC3], 1),
    ([0xE9, 0x61], 0),
    ([0xED, 0xA0, 0x80], 0),       // a UTF-16 surrogate encoded in UTF-8
    ([0xC0, 0xAF], 0),             // overlong
    ([0xF0, 0x9F, 0x8E, 0x97], nil), // 🎗
])
func utf8Validation(_ bytes: [UInt8], _ expected: Int?) {
    #expect(TextValidation.firstInvalidUTF8(bytes[...]) == expected)
}
