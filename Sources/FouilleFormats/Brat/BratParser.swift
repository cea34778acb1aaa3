/// Reads the text of a brat `.ann` file into a ``BratDocument``, collecting syntax problems.
///
/// Never crashes and never throws: a line that cannot be read is reported with
/// its 1-based line number and skipped, and the rest of the file is read.
/// Checks that need the `.txt` or the guideline (types, offsets in range,
/// targets that exist) are ``BratValidator``'s job; this reader only checks
/// that each line has the shape brat gives it, and that ids are unique.
///
/// ```
/// T1	Tumour 0 30	Carcinome canalaire infiltrant
/// A1	Negated T1
/// R1	HasValue Arg1:T3 Arg2:T4
/// N1	Reference T1 ICDO3M:8500/3	Carcinome canalaire infiltrant
/// #1	AnnotatorNotes T1	à revoir
/// ```
public enum BratParser {
    /// What a parse gives: the annotations that could be read, and the problems.
    public struct Result: Sendable {
        /// The lines that could be read.
        public var document: BratDocument
        /// Syntax problems, in line order.
        public var diagnostics: [BratDiagnostic]
    }

    /// Parses `.ann` text; `file` names it in diagnostics.
    public static func parse(_ annotation: String, file: String) -> Result {
        var state = State(file: file)
        var number = 0
        var sawCarriageReturn = false
        // Split on LF bytes: no per-character work on the file.
        for rawLine in annotation.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var bytes = rawLine
            if bytes.last == 0x0D { bytes = bytes.dropLast(); sawCarriageReturn = true }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            state.read(line: String(Substring(bytes)), number: number)
        }
        if sawCarriageReturn {
            state.diagnostics.append(BratDiagnostic(.warning, .malformedLine, file: file,
                                                    "CR LF line ends: brat writes LF (the CRs were ignored)"))
        }
        return Result(document: state.document, diagnostics: state.diagnostics)
    }

    /// The parse in progress: the document so far, the ids seen, the problems.
    private struct State {
        let file: String
        var document = BratDocument()
        var diagnostics = [BratDiagnostic]()
        var idLines = [String: Int]()

        init(file: String) { self.file = file }

        mutating func report(_ kind: BratDiagnostic.Kind, _ line: Int, _ message: String) {
            diagnostics.append(BratDiagnostic(.error, kind, file: file, line: line, message))
        }

        mutating func read(line: String, number: Int) {
            switch line.utf8.first {
            case UInt8(ascii: "T"): readEntity(line, number)
            case UInt8(ascii: "A"): readAttribute(line, number)
            case UInt8(ascii: "R"): readRelation(line, number)
            case UInt8(ascii: "N"): readNormalization(line, number)
            case UInt8(ascii: "#"): readNote(line, number)
            case UInt8(ascii: "E"): report(.unknownLineKind, number, "event lines (E) are not used by the guideline")
            case UInt8(ascii: "M"): report(.unknownLineKind, number, "modification lines (M) are an old brat form: write attributes as A lines")
            case UInt8(ascii: "*"): report(.unknownLineKind, number, "equivalence lines (*) are not used by the guideline")
            default: report(.unknownLineKind, number, "unknown line kind: a line starts with T, A, R, N or # (found \(quoted(line, limit: 40)))")
            }
        }

        /// Splits on tabs and checks the id: nil (reported) when the line is not usable.
        /// An id counts as used only once its line is read, so a malformed line does not shadow a later good one.
        mutating func fields(_ line: String, _ number: Int, count: ClosedRange<Int>, form: String) -> [Substring]? {
            let parts = line.split(separator: "\t", maxSplits: count.upperBound - 1, omittingEmptySubsequences: false)
            guard count.contains(parts.count) else {
                report(.malformedLine, number, "expected \(form), found \(quoted(line, limit: 60))")
                return nil
            }
            let id = parts[0]
            guard id.count > 1, !id.contains(" ") else {
                report(.malformedLine, number, "bad id \(quoted(String(id))): expected a letter and a number, e.g. T12, then a tab")
                return nil
            }
            if let first = idLines[String(id)] {
                report(.duplicateID, number, "id \(id) is already used on line \(first)")
                return nil
            }
            return parts
        }

        mutating func readEntity(_ line: String, _ number: Int) {
            guard let parts = fields(line, number, count: 3...3, form: "T<n><TAB>Type start end<TAB>text") else { return }
            let head = parts[1].split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            guard head.count == 2, !head[0].isEmpty else {
                report(.malformedLine, number, "expected 'Type start end' after the id, found \(quoted(String(parts[1])))")
                return
            }
            var fragments = [Range<Int>]()
            for piece in head[1].split(separator: ";", omittingEmptySubsequences: false) {
                let numbers = piece.split(separator: " ", omittingEmptySubsequences: false)
                guard numbers.count == 2, let start = Self.integer(numbers[0]), let end = Self.integer(numbers[1]) else {
                    report(.badOffsets, number, "offsets must be two whole numbers 'start end', found \(quoted(String(head[1])))")
                    return
                }
                guard start < end else {
                    report(.badOffsets, number, start == end ? "empty span \(start) \(end)" : "span ends before it starts (\(start) \(end))")
                    return
                }
                fragments.append(start..<end)
            }
            idLines[String(parts[0])] = number
            document.entities.append(BratEntity(id: String(parts[0]), type: String(head[0]), fragments: fragments,
                                                text: String(parts[2]), line: number))
        }

        mutating func readAttribute(_ line: String, _ number: Int) {
            guard let parts = fields(line, number, count: 2...2, form: "A<n><TAB>Name T<n>") else { return }
            let words = parts[1].split(separator: " ", omittingEmptySubsequences: false)
            guard (2...3).contains(words.count), words.allSatisfy({ !$0.isEmpty }) else {
                report(.malformedLine, number, "expected 'Name T<n>' after the id, found \(quoted(String(parts[1])))")
                return
            }
            idLines[String(parts[0])] = number
            document.attributes.append(BratAttribute(id: String(parts[0]), name: String(words[0]), target: String(words[1]),
                                                     value: words.count == 3 ? String(words[2]) : nil, line: number))
        }

        mutating func readRelation(_ line: String, _ number: Int) {
            guard let parts = fields(line, number, count: 2...2, form: "R<n><TAB>Label Arg1:T<n> Arg2:T<n>") else { return }
            let words = parts[1].split(separator: " ", omittingEmptySubsequences: false)
            guard words.count == 3, !words[0].isEmpty else {
                report(.malformedLine, number, "expected 'Label Arg1:T<n> Arg2:T<n>' after the id, found \(quoted(String(parts[1])))")
                return
            }
            var arguments = [String: String]()
            for word in words.dropFirst() {
                let pair = word.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                guard pair.count == 2, pair[0] == "Arg1" || pair[0] == "Arg2", !pair[1].isEmpty, arguments[String(pair[0])] == nil else {
                    report(.malformedLine, number, "relation arguments are written Arg1:T<n> Arg2:T<n>, found \(quoted(String(word)))")
                    return
                }
                arguments[String(pair[0])] = String(pair[1])
            }
            idLines[String(parts[0])] = number
            document.relations.append(BratRelation(id: String(parts[0]), label: String(words[0]),
                                                   arg1: arguments["Arg1"]!, arg2: arguments["Arg2"]!, line: number))
        }

        mutating func readNormalization(_ line: String, _ number: Int) {
            guard let parts = fields(line, number, count: 2...3, form: "N<n><TAB>Reference T<n> NAMESPACE:CODE<TAB>text") else { return }
            let words = parts[1].split(separator: " ", omittingEmptySubsequences: false)
            guard words.count == 3, words.allSatisfy({ !$0.isEmpty }) else {
                report(.malformedLine, number, "expected 'Reference T<n> NAMESPACE:CODE' after the id, found \(quoted(String(parts[1])))")
                return
            }
            guard words[0] == "Reference" else {
                report(.malformedLine, number, "the guideline's normalisations are 'Reference' lines, found \(quoted(String(words[0])))")
                return
            }
            idLines[String(parts[0])] = number
            document.normalizations.append(BratNormalization(
                id: String(parts[0]), kind: String(words[0]), target: String(words[1]), code: String(words[2]),
                text: parts.count == 3 ? String(parts[2]) : "", line: number))
        }

        mutating func readNote(_ line: String, _ number: Int) {
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                report(.malformedLine, number, "expected #<n><TAB>note, found \(quoted(line, limit: 60))")
                return
            }
            document.notes.append(BratNote(id: String(parts[0]), body: String(parts[1]), line: number))
        }

        /// ASCII digits only: `Int("+3")` would accept a sign brat never writes.
        static func integer(_ text: Substring) -> Int? {
            guard !text.isEmpty, text.utf8.count <= 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return Int(text)
        }
    }
}

/// A short quoted excerpt for messages: tabs shown as ⇥, long text cut.
func quoted(_ text: String, limit: Int = 50) -> String {
    let cut = text.count > limit ? String(text.prefix(limit)) + "…" : text
    return "'" + String(cut.map { $0 == "\t" ? "⇥" : $0 }) + "'"
}
