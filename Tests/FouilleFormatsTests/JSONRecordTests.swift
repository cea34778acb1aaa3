import Foundation
import Testing
@testable import FouilleFormats

/// The record Foundation alone reads from a line, to compare the byte parser with.
private func foundationFields(_ line: String) -> [String?]? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
    func string(_ key: String) -> String? {
        (object[key] as? String) ?? (object[key] as? NSNumber)?.stringValue
    }
    return [string("id"), object["text"] as? String, string("patient_id"), string("date"), string("kind")]
}

private func fields(_ line: String) -> [String?]? {
    guard case .record(let record) = JSONRecord.read(Array(line.utf8)[...]) else { return nil }
    return [record.id, record.text.map { String(decoding: $0, as: UTF8.self) }, record.patientID, record.date, record.kind]
}

@Test(arguments: [
    #"{"id": "a", "text": "plain"}"#,
    #"{"id":"b","text":"quote \" backslash \\ slash \/ controls \b\f\n\r\t end"}"#,
    #"{"id": "c", "text": "\u00e9t\u00C9 \u2013 \u00a0"}"#,
    #"{"id": "d", "text": "ruban \ud83c\udf97 ok"}"#,
    #"  {"id": 42, "text": "nombre", "patient_id": 7, "date": null, "kind": "CR"}  "#,
    #"{"id": "e", "text": "déjà écrit en UTF-8 – ¼", "extra": null}"#,
    #"{"id": -3, "text": "négatif"}"#,
    #"{"id": 2.5, "text": "fraction, lue par Foundation"}"#,
    #"{"id": "f", "text": "objet imbriqué", "meta": {"a": [1, true]}}"#,
    #"{}"#,
    #"{"id": "g", "text": "t", "id": "h"}"#,
    #"{"id": "i", "text": "virgule finale, que Foundation tolère",}"#,
])
func recordsReadLikeFoundation(_ line: String) {
    #expect(fields(line) == foundationFields(line), "\(line)")
}

@Test func escapesAreDecoded() throws {
    let text = try #require(fields(#"{"id": "x", "text": "a\"b\\c\nd\u00e9\ud83c\udf97"}"#)?[1])
    #expect(text == "a\"b\\c\nd\u{E9}\u{1F397}")
}

@Test(arguments: [
    #"{"id": "r2", "text": "Mélanome"#,
    #"{"id": "r2", "text": "a" "b"}"#,
    #"{"id": "r2", "text": "\ud83c seul"}"#,
    #"{"id": "r2", "text": "\x"}"#,
    "{\"id\": \"r2\", \"text\": \"tab\tbrut\"}",
    #"{"id": 01, "text": "zéro en tête"}"#,
    #"{"id": "r2", "text": "a"} suite"#,
])
func malformedLinesAreRefusedAsFoundationWordsIt(_ line: String) {
    guard case .refused(let reason) = JSONRecord.read(Array(line.utf8)[...]) else {
        Issue.record("accepted: \(line)")
        return
    }
    #expect(reason.hasPrefix("malformed JSON: "), "\(line)")
}

@Test func aMalformedLineIsNamedByFileAndLine() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lines = [#"{"id": "r1", "text": "Carcinome \u00e9pidermo\u00efde."}"#, #"{"id": "r2", "text": "\q"}"#, #"["pas un objet"]"#]
    try write(Array(lines.joined(separator: "\n").utf8), "lot.jsonl", in: folder)
    let items = Array(DocumentReader(paths: [folder.appendingPathComponent("lot.jsonl").path]))
    guard items.count == 3, case .document(let first) = items[0], case .failure(let second) = items[1],
          case .failure(let third) = items[2] else {
        Issue.record("unexpected \(items)")
        return
    }
    #expect(first.text == "Carcinome épidermoïde.")
    #expect(second.source.hasSuffix("lot.jsonl:2"))
    #expect(second.reason.hasPrefix("malformed JSON"))
    #expect(third.source.hasSuffix("lot.jsonl:3"))
    #expect(third.reason == "a JSON line must be an object with \"id\" and \"text\"")
}
