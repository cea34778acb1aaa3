import ArgumentParser
import FouilleFormats
import FouilleLexicon
import FouilleText

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Show how a report is cut into tokens, sentences and sections.",
        discussion: """
        Offsets are given in characters (Unicode scalars, as brat counts) and in UTF-8 bytes.
        Example: fouille tokenize Corpora/samples/01_anapath_sein.txt
                 echo "RE+ à 90 %, Ki-67 : 20 %" | fouille tokenize -
        """
    )

    @Argument(help: ArgumentHelp("A .txt report, or - for standard input.", valueName: "file"))
    var file: String

    @Option(help: "table (readable) or json.")
    var format: OutputFormat = .table

    @OptionGroup var lexicons: LexiconOptions

    enum OutputFormat: String, ExpressibleByArgument { case table, json }

    func run() throws {
        var reader = DocumentReader(paths: [file])
        guard let item = reader.next() else { throw ValidationError("nothing to read in \(file)") }
        guard case .document(let document) = item else {
            if case .failure(let failure) = item { throw ValidationError(failure.description) }
            return
        }
        let lexicon = try lexicons.load()
        let analyzed = try TextAnalyzer(sectionRules: lexicon.sectionRules).analyze(document)
        let offsets = ScalarOffsetMap(utf8: analyzed.bytes)
        switch format {
        case .table: printTable(analyzed, offsets)
        case .json: printJSON(analyzed, offsets)
        }
    }

    private func printTable(_ text: AnalyzedText, _ offsets: ScalarOffsetMap) {
        print("SECTIONS")
        for (i, section) in text.sections.enumerated() {
            let chars = offsets.scalarRange(of: section.span)
            print("  \(Console.cell(String(i), 3, right: true))  \(Console.cell("\(chars.lowerBound)-\(chars.upperBound)", 11))  \(section.name ?? "(before the first header)")")
        }
        print("\nSENTENCES")
        for (i, sentence) in text.sentences.enumerated() {
            let chars = offsets.scalarRange(of: sentence)
            print("  \(Console.cell(String(i), 3, right: true))  \(Console.cell("\(chars.lowerBound)-\(chars.upperBound)", 11))  \(Console.cell(text.text(of: sentence), 90))")
        }
        print("\nTOKENS")
        print("  \(Console.cell("#", 5, right: true))  \(Console.cell("chars", 11))  \(Console.cell("bytes", 11))  \(Console.cell("kind", 11))  \(Console.cell("sent", 4, right: true))  \(Console.cell("section", 22))  text")
        for (i, token) in text.tokens.enumerated() {
            let chars = offsets.scalarRange(of: token.span)
            print("  \(Console.cell(String(i), 5, right: true))  \(Console.cell("\(chars.lowerBound)-\(chars.upperBound)", 11))  \(Console.cell("\(token.span.start)-\(token.span.end)", 11))  \(Console.cell(String(describing: token.kind), 11))  \(Console.cell(String(token.sentence), 4, right: true))  \(Console.cell(text.section(of: token).name ?? "-", 22))  \(text.text(of: token.span))")
        }
        print("\n\(text.tokens.count) tokens, \(text.sentences.count) sentences, \(text.sections.count) sections")
    }

    private func printJSON(_ text: AnalyzedText, _ offsets: ScalarOffsetMap) {
        func range(_ span: TextSpan) -> String {
            let chars = offsets.scalarRange(of: span)
            return "\"start\":\(chars.lowerBound),\"end\":\(chars.upperBound),\"byte_start\":\(span.start),\"byte_end\":\(span.end)"
        }
        var out = "{\"id\":\(Console.json(text.document.id)),\"sections\":["
        out += text.sections.map { s in
            "{\(range(s.span)),\"name\":\(s.name.map(Console.json) ?? "null"),\"heading\":\(s.heading.map { Console.json(text.text(of: $0)) } ?? "null")}"
        }.joined(separator: ",")
        out += "],\"sentences\":["
        out += text.sentences.map { "{\(range($0)),\"text\":\(Console.json(text.text(of: $0)))}" }.joined(separator: ",")
        out += "],\"tokens\":["
        out += text.tokens.map { t in
            "{\(range(t.span)),\"text\":\(Console.json(text.text(of: t.span))),\"folded\":\(Console.json(text.foldedText(of: t.span))),\"kind\":\"\(t.kind)\",\"sentence\":\(t.sentence),\"section\":\(t.section)}"
        }.joined(separator: ",")
        out += "]}"
        print(out)
    }
}
