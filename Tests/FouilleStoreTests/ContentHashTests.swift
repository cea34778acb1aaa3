@testable import FouilleStore
import FouilleText
import Testing

/// "Unchanged" must mean unchanged: any edit to the text or its metadata gives another hash.
@Suite("content hash")
struct ContentHashTests {
    private let report = """
        COMPTE RENDU ANATOMOPATHOLOGIQUE
        Carcinome canalaire infiltrant du sein gauche, grade SBR II. RE 90 %, RP 40 %, HER2 score 1+.
        """

    private func hash(_ text: String, patient: String? = "[PATIENT]", date: String? = "2021-03-12", kind: String? = "anapath",
                      source: String? = "a.txt") -> Int64 {
        ContentHash.of(Document(id: "r1", text: text, metadata: DocumentMetadata(patientID: patient, date: date, kind: kind, source: source)))
    }

    @Test func sameReportSameHash() {
        #expect(hash(report) == hash(report))
        // A moved file is the same report.
        #expect(hash(report, source: "a.txt") == hash(report, source: "archive/a.txt"))
    }

    @Test func everyEditChangesTheHash() {
        var edits = [report]
        // One character changed at each position of a word-sized run and in the tail.
        for offset in [0, 7, 8, 9, 63, 64, report.utf8.count - 1] {
            var bytes = Array(report.utf8)
            bytes[offset] = bytes[offset] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            edits.append(String(decoding: bytes, as: UTF8.self))
        }
        edits.append(report + " ")
        edits.append(String(report.dropLast()))
        edits.append(report.replacingOccurrences(of: "SBR II", with: "SBR III"))
        let hashes = edits.map { hash($0) }
        #expect(Set(hashes).count == edits.count)
    }

    @Test func metadataFieldsAreKeptApart() {
        let variants = [
            hash(report), hash(report, patient: nil), hash(report, date: "2021-03-13"), hash(report, kind: "consult"),
            hash(report, patient: "ab", date: nil), hash(report, patient: "a", date: "b"), hash(report, patient: nil, date: "ab"),
        ]
        #expect(Set(variants).count == variants.count)
    }

    @Test func emptyAndShortTexts() {
        let texts = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi"]
        #expect(Set(texts.map { hash($0) }).count == texts.count)
    }
}
