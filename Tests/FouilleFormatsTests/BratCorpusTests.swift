import Foundation
import Testing
@testable import FouilleFormats

@Suite("brat corpus")
struct BratCorpusTests {
    /// What `fouille validate Corpora/gold-dev` checks: the annotators' files follow the guideline.
    @Test func goldDevHasNoError() {
        let corpus = BratCorpus.read(folder: bratRepositoryRoot.appendingPathComponent("Corpora/gold-dev").path)
        #expect(corpus.files.count == 40)
        #expect(corpus.files.allSatisfy { $0.text != nil })
        let errors = corpus.allDiagnostics.filter(\.isError)
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        #expect(corpus.files.reduce(0) { $0 + $1.document.entities.count } > 1000)
    }

    @Test func goldDevRoundTripsThroughTheWriter() throws {
        let corpus = BratCorpus.read(folder: bratRepositoryRoot.appendingPathComponent("Corpora/gold-dev").path)
        for file in corpus.files {
            let again = BratParser.parse(BratWriter.write(file.document), file: file.annotationPath)
            #expect(again.document == file.document, "\(file.name)")
        }
    }

    @Test func pairsFilesAndReportsMissingOnes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ content: String) throws {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        try write("complet.txt", "Adénocarcinome pulmonaire.")
        try write("complet.ann", "T1\tTumour 0 14\tAdénocarcinome\nT2\tSite 15 25\tpulmonaire\n")
        try write("sans_ann.txt", "Pas de tumeur.")
        try write("sans_txt.ann", "T1\tTumour 0 6\ttumeur\n")
        try write("sous/dossier.txt", "Mélanome.")
        try write("sous/dossier.ann", "T1\tTumour 0 8\tMélanome\n")
        try write("annotation.conf", "[entities]\n")
        try Data([0x43, 0x61, 0x6E, 0x63, 0xE9, 0x72]).write(to: folder.appendingPathComponent("latin1.txt"))  // "Cancér" in Latin-1
        try write("latin1.ann", "T1\tTumour 0 6\tCancér\n")

        let corpus = BratCorpus.read(folder: folder.path)
        #expect(corpus.files.map(\.name) == ["complet", "latin1", "sans_ann", "sans_txt", "sous/dossier"])
        let byName = Dictionary(uniqueKeysWithValues: corpus.files.map { ($0.name, $0) })
        #expect(byName["complet"]!.diagnostics.isEmpty)
        #expect(byName["sous/dossier"]!.diagnostics.isEmpty)
        #expect(byName["sans_ann"]!.diagnostics.map(\.kind) == [.annotationFile])
        #expect(byName["sans_ann"]!.diagnostics.first?.severity == .warning)
        #expect(byName["sans_ann"]!.document.isEmpty)
        let missingText = byName["sans_txt"]!.diagnostics
        #expect(missingText.map(\.kind) == [.textFile])
        #expect(missingText.first?.description.contains("sans_txt.txt") == true, "the message names the file")
        #expect(byName["sans_txt"]!.document.entities.count == 1, "the .ann is still read")
        let latin1 = byName["latin1"]!.diagnostics
        #expect(latin1.map(\.kind) == [.textFile])
        #expect(latin1.first?.description.contains("latin1.txt") == true && latin1.first?.description.contains("UTF-8") == true)
        #expect(corpus.errorCount == 2 && corpus.warningCount == 1)
    }

    @Test func reportsAMissingFolderAndABadAnnotationFile() throws {
        let missing = BratCorpus.read(folder: "/nonexistent/fouille-gold")
        #expect(missing.diagnostics.map(\.kind) == [.annotationFile])
        #expect(missing.errorCount == 1)

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Cancer.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data([0x54, 0x31, 0x09, 0xFF]).write(to: folder.appendingPathComponent("a.ann"))
        try "ligne 1\r\nCancer.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "T1\tTumour 9 15\tCancer\n".write(to: folder.appendingPathComponent("b.ann"), atomically: true, encoding: .utf8)
        let corpus = BratCorpus.read(folder: folder.path)
        #expect(corpus.files[0].diagnostics.map(\.kind) == [.annotationFile])
        #expect(corpus.files[1].diagnostics.map(\.kind) == [.textFormat])
    }
}
