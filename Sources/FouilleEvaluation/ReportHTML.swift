import FouilleLexicon

/// Renders a report as one self-contained HTML page: inline CSS, no script, no external resource.
///
/// Scores first, then every error inside its line of text with the span
/// highlighted — gold spans underlined in green, predicted spans in orange —
/// grouped by entity type, then by document. Boundary errors (overlap but not
/// strict) show the gold line and the predicted line one above the other.
/// Groups are `<details>` elements, which fold without JavaScript.
public enum ReportHTML {
    /// - Parameters:
    ///   - gold: how to name the gold side in the header (a folder path), optional.
    ///   - prediction: how to name the predicted side, optional.
    public static func render(_ report: EvaluationReport, mode: ReportMode = .evaluation, gold: String? = nil,
                              prediction: String? = nil) -> String {
        var page = HTMLPage()
        page.raw("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.raw("<title>Fouille — \(HTMLEscaping.escape(mode.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n")
        page.element("h1", mode.title)
        var sides = [String]()
        if let gold { sides.append("\(mode == .evaluation ? "Gold" : "Annotator A"): <code>\(HTMLEscaping.escape(gold))</code>") }
        if let prediction { sides.append("\(mode == .evaluation ? "Prediction" : "Annotator B"): <code>\(HTMLEscaping.escape(prediction))</code>") }
        let scored = report.documents.count, withPrediction = report.documents.filter(\.hasPrediction).count
        sides.append("\(ReportFormatting.plural(scored, "document")) scored, \(withPrediction) with a \(mode.predictionLabel == "pred" ? "prediction" : "set from B")")
        page.raw("<p class=\"meta\">\(sides.joined(separator: " · "))</p>\n")
        if let note = mode.note { page.raw("<p class=\"note\">\(HTMLEscaping.escape(note))</p>\n") }
        page.raw("<nav><a href=\"#scores\">Scores</a> · <a href=\"#entity-errors\">Entity errors</a> · <a href=\"#relation-errors\">Relation errors</a> · <a href=\"#code-errors\">Code errors</a> · <a href=\"#attribute-errors\">Attribute errors</a></nav>\n")

        writeScores(report, mode: mode, into: &page)
        writeErrors(report, mode: mode, into: &page)
        page.raw("</body>\n</html>\n")
        return page.html
    }

    static let style = """
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1100px; padding: 0 1em; color: #222; }
    h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { margin: 1.4em 0 .4em; }
    .meta, nav { color: #555; } .note { background: #f4f6fb; border-left: 4px solid #6b7fc4; padding: .6em .9em; }
    code { font-size: .92em; }
    table { border-collapse: collapse; margin: .6em 0 1.2em; font-variant-numeric: tabular-nums; }
    th, td { padding: .25em .7em; border-bottom: 1px solid #e4e4e4; text-align: right; }
    th:first-child, td:first-child { text-align: left; } th { background: #f2f2f2; font-weight: 600; }
    tr.total td { font-weight: 600; border-top: 2px solid #bbb; }
    td.low { color: #b3261e; } td.none { color: #999; }
    details { margin: .3em 0 .3em .4em; } summary { cursor: pointer; font-weight: 600; }
    ul.errors { list-style: none; padding-left: .4em; margin: .3em 0; }
    ul.errors li { margin: .45em 0; padding: .35em .6em; background: #fafafa; border-left: 3px solid #ccc; }
    li.missed { border-left-color: #2e7d32 !important; } li.spurious { border-left-color: #e65100 !important; } li.boundary { border-left-color: #6b7fc4 !important; }
    .badge { display: inline-block; min-width: 5.5em; font-size: .8em; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
    .missed .badge { color: #2e7d32; } .spurious .badge { color: #e65100; } .boundary .badge { color: #3949ab; }
    .where { color: #666; font-size: .85em; margin-left: .4em; } .hint { color: #8a4b00; font-size: .9em; margin-left: .4em; }
    .ctx { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .88em; white-space: pre-wrap; word-break: break-word; display: block; margin-top: .2em; }
    .side { display: inline-block; width: 3.2em; color: #666; font-family: system-ui, sans-serif; font-size: .85em; }
    mark.gold { background: #d7f0d8; border-bottom: 2px solid #2e7d32; padding: 0 1px; }
    mark.prediction { background: #ffe2c6; border-bottom: 2px solid #e65100; padding: 0 1px; }
    .clip { color: #999; }
    """
}

/// An HTML string being built; every text goes through ``HTMLEscaping``.
struct HTMLPage {
    var html = ""

    mutating func raw(_ markup: String) { html += markup }

    mutating func element(_ tag: String, _ text: String, attributes: String = "") {
        html += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>\(HTMLEscaping.escape(text))</\(tag)>\n"
    }

    /// A line of text with its marked spans.
    static func context(_ context: TextContext) -> String {
        var out = "<span class=\"ctx\">"
        if context.clippedBefore { out += "<span class=\"clip\">…</span>" }
        for segment in context.segments {
            if let mark = segment.mark {
                out += "<mark class=\"\(mark.rawValue)\">\(HTMLEscaping.escape(segment.text))</mark>"
            } else {
                out += HTMLEscaping.escape(segment.text)
            }
        }
        if context.clippedAfter { out += "<span class=\"clip\">…</span>" }
        return out + "</span>"
    }
}
