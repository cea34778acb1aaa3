import Foundation
import FouilleStore

/// Prints search results: a table that fits the terminal, JSON or CSV.
enum SearchOutput {
    enum Format: String, CaseIterable { case table, json, csv }

    /// Highlight marks: bold yellow on a terminal, `**` elsewhere (pipes, files, JSON, CSV).
    static func marks(colour: Bool) -> (String, String) { colour ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("**", "**") }

    static func table(_ results: SearchResults, width: Int, colour: Bool) -> String {
        var lines = ["\(results.total) report\(results.total == 1 ? " matches" : "s match")" +
                     (results.hits.count < results.total ? " (showing \(results.hits.first?.rank ?? 0)–\(results.hits.last?.rank ?? 0))" : "")]
        guard !results.hits.isEmpty else { return lines.joined(separator: "\n") }
        let columns: [(String, (SearchHit) -> String, Int)] = [
            ("#", { String($0.rank) }, 4),
            ("report", { $0.documentID }, 24),
            ("patient", { $0.patientID ?? "-" }, 12),
            ("date", { $0.date ?? "-" }, 10),
            ("kind", { $0.kind ?? "-" }, 10),
            ("score", { $0.score.map { String(format: "%.2f", $0) } ?? "-" }, 6),
        ]
        // Each column as wide as its content (up to its cap); the excerpt takes the rest.
        let widths = columns.map { column in min(column.2, max(column.0.count, results.hits.map { column.1($0).count }.max() ?? 0)) }
        let excerptWidth = max(24, width - widths.reduce(0, +) - 2 * columns.count)
        let header = zip(columns, widths).map { Console.cell($0.0.0, $0.1) }.joined(separator: "  ") + "  excerpt"
        lines.append(header)
        lines.append(String(repeating: "─", count: min(width, header.count + excerptWidth - 7)))
        let (open, close) = marks(colour: colour)
        for hit in results.hits {
            let cells = zip(columns, widths).map { Console.cell($0.0.1(hit), $0.1, right: $0.0.0 == "#" || $0.0.0 == "score") }
            let wrapped = wrap(hit.snippet, width: excerptWidth, lines: 3, markWidth: colour ? 0 : open.count + close.count)
            let indent = String(repeating: " ", count: widths.reduce(0, +) + 2 * columns.count)
            for (index, line) in wrapped.enumerated() {
                let text = line.rendered(open: open, close: close)
                lines.append(index == 0 ? cells.joined(separator: "  ") + "  " + text : indent + text)
            }
            if wrapped.isEmpty { lines.append(cells.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// Splits a snippet into lines of at most `width` characters at spaces, keeping highlights;
    /// `markWidth` is what the marks around a highlight add (`**…**` takes 4, colours none).
    static func wrap(_ snippet: Snippet, width: Int, lines maximum: Int, markWidth: Int = 0) -> [Snippet] {
        // Words are runs of non-space characters, possibly half highlighted (`(**carcinome**`).
        var words = [[Snippet.Part]]()
        var word = [Snippet.Part]()
        for part in snippet.parts {
            for (index, piece) in part.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if index > 0, !word.isEmpty { words.append(word); word = [] }
                if !piece.isEmpty { word.append(Snippet.Part(text: String(piece), highlighted: part.highlighted)) }
            }
        }
        if !word.isEmpty { words.append(word) }
        var out = [Snippet]()
        var line = [Snippet.Part]()
        var length = 0
        for word in words {
            var word = word
            var size = word.reduce(0) { $0 + $1.text.count + ($1.highlighted ? markWidth : 0) }
            if size > width {
                word = [Snippet.Part(text: String(word.map(\.text).joined().prefix(width - 1)) + "…", highlighted: word[0].highlighted)]
                size = width
            }
            if length > 0 && length + 1 + size > width {
                out.append(Snippet(parts: line))
                if out.count == maximum { return out }
                line = []
                length = 0
            }
            if length > 0 { line.append(Snippet.Part(text: " ", highlighted: false)); length += 1 }
            line += word
            length += size
        }
        if !line.isEmpty { out.append(Snippet(parts: line)) }
        return out
    }

    static func json(_ results: SearchResults, query: String) -> String {
        let hits = results.hits.map { hit -> String in
            let evidence = hit.evidence.map { e in
                "{\"type\":\"\(e.type.rawValue)\",\"text\":\(Console.json(e.text)),\"byte_start\":\(e.span.start),\"byte_end\":\(e.span.end)," +
                "\"code\":\(optional(e.code)),\"value\":\(optional(e.value)),\"attributes\":[\(e.attributes.names.map { Console.json($0) }.joined(separator: ","))]," +
                "\"section\":\(optional(e.section)),\"sentence\":\(e.sentence)}"
            }
            return "{\"rank\":\(hit.rank),\"report\":\(Console.json(hit.documentID)),\"patient_id\":\(optional(hit.patientID)),\"date\":\(optional(hit.date))," +
                "\"kind\":\(optional(hit.kind)),\"source\":\(optional(hit.source)),\"score\":\(hit.score.map { String(format: "%.4f", $0) } ?? "null")," +
                "\"snippet\":\(Console.json(hit.snippet.rendered(open: "**", close: "**"))),\"highlights\":[\(hit.snippet.highlights.map { Console.json($0) }.joined(separator: ","))]," +
                "\"evidence\":[\(evidence.joined(separator: ","))]}"
        }
        return "{\"query\":\(Console.json(query)),\"match\":\(optional(results.matchText)),\"total\":\(results.total),\"hits\":[\n" +
            hits.joined(separator: ",\n") + "\n]}"
    }

    static func csv(_ results: SearchResults) -> String {
        var lines = ["rank,report,patient_id,date,kind,score,snippet"]
        for hit in results.hits {
            lines.append([String(hit.rank), hit.documentID, hit.patientID ?? "", hit.date ?? "", hit.kind ?? "",
                          hit.score.map { String(format: "%.4f", $0) } ?? "", hit.snippet.rendered(open: "**", close: "**")]
                .map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    static func groups(_ groups: [SearchGroup], by grouping: SearchGrouping, format: Format) -> String {
        let total = groups.reduce(0) { $0 + $1.documents }
        let label = grouping.rawValue
        switch format {
        case .json:
            let rows = groups.map { "{\"\(label)\":\(optional($0.key)),\"reports\":\($0.documents)}" }
            return "{\"groups\":[\(rows.joined(separator: ","))],\"\(label == "patient" ? "patients" : "kinds")\":\(groups.filter { $0.key != nil }.count),\"reports\":\(total)}"
        case .csv:
            return (["\(label),reports"] + groups.map { csvField($0.key ?? "") + ",\($0.documents)" }).joined(separator: "\n")
        case .table:
            let width = max(label.count, groups.map { ($0.key ?? "(none)").count }.max() ?? 0)
            var lines = ["\(Console.cell(label, width))  reports"]
            for group in groups { lines.append("\(Console.cell(group.key ?? "(none)", width))  \(Console.cell(String(group.documents), 7, right: true))") }
            let named = groups.filter { $0.key != nil }.count
            lines.append("\(named) \(label == "patient" ? "patient" : "kind")\(named == 1 ? "" : "s"), \(total) report\(total == 1 ? "" : "s")" +
                         (groups.contains { $0.key == nil } ? " (\"(none)\": reports without \(label))" : ""))
            return lines.joined(separator: "\n")
        }
    }

    private static func optional(_ text: String?) -> String { text.map(Console.json) ?? "null" }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
