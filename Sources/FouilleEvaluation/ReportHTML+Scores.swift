import FouilleLexicon

/// The score tables at the top of the HTML report.
extension ReportHTML {
    static func writeScores(_ report: EvaluationReport, mode: ReportMode, into page: inout HTMLPage) {
        let g = HTMLEscaping.escape(mode.goldLabel), p = HTMLEscaping.escape(mode.predictionLabel)
        page.raw("<h2 id=\"scores\">Scores</h2>\n")

        page.raw("<h3>Entities</h3>\n<table>\n<tr><th rowspan=\"2\">type</th><th rowspan=\"2\">\(g)</th><th rowspan=\"2\">\(p)</th>"
                 + "<th colspan=\"4\">strict (same type, same span)</th><th colspan=\"4\">overlap (same type, spans intersect)</th></tr>\n"
                 + "<tr>\(scoreHeads)\(scoreHeads)</tr>\n")
        for type in report.types {
            let strict = report.strict.perKey[type] ?? Score(), overlap = report.overlap.perKey[type] ?? Score()
            page.raw("<tr><td><a href=\"#type-\(type.rawValue)\">\(type.rawValue)</a></td><td>\(strict.gold)</td><td>\(strict.predicted)</td>"
                     + scoreCells(strict) + scoreCells(overlap) + "</tr>\n")
        }
        let strictMicro = report.strict.micro, overlapMicro = report.overlap.micro
        page.raw("<tr class=\"total\"><td>micro</td><td>\(strictMicro.gold)</td><td>\(strictMicro.predicted)</td>"
                 + scoreCells(strictMicro) + scoreCells(overlapMicro) + "</tr>\n")
        page.raw("<tr class=\"total\"><td>macro (\(report.strict.macro.categories) types)</td><td></td><td></td>"
                 + macroCells(report.strict.macro) + macroCells(report.overlap.macro) + "</tr>\n</table>\n")

        page.raw("<h3>Attributes</h3>\n<p>On \(ReportFormatting.plural(report.attributePairs, "strict pair")) of types that take attributes; "
                 + "positive class: attribute present.</p>\n<table>\n<tr><th>attribute</th><th>\(g)</th><th>\(p)</th><th>accuracy %</th>\(scoreHeads)</tr>\n")
        for attribute in report.attributes {
            let s = attribute.score
            page.raw("<tr><td>\(attribute.attribute.rawValue)</td><td>\(s.gold)</td><td>\(s.predicted)</td>"
                     + rateCell(attribute.agreement.value) + scoreCells(s) + "</tr>\n")
        }
        page.raw("</table>\n")

        page.raw("<h3>Relations</h3>\n<p>A relation counts when its label is the same and both arguments match strictly.</p>\n"
                 + "<table>\n<tr><th>label</th><th>\(g)</th><th>\(p)</th>\(scoreHeads)</tr>\n")
        for label in report.relations.keys {
            let s = report.relations.perKey[label]!
            page.raw("<tr><td>\(HTMLEscaping.escape(label))</td><td>\(s.gold)</td><td>\(s.predicted)</td>\(scoreCells(s))</tr>\n")
        }
        let relations = report.relations.micro
        page.raw("<tr class=\"total\"><td>micro</td><td>\(relations.gold)</td><td>\(relations.predicted)</td>\(scoreCells(relations))</tr>\n</table>\n")

        page.raw("<h3>Normalisation</h3>\n<p>Accuracy over strict pairs whose \(g) entity has a code (exact code equality).</p>\n"
                 + "<table>\n<tr><th>type</th><th>coded</th><th>right</th><th>accuracy %</th></tr>\n")
        for type in report.normalisation.keys.sorted() {
            let a = report.normalisation[type]!
            page.raw("<tr><td>\(type.rawValue)</td><td>\(a.evaluated)</td><td>\(a.correct)</td>\(rateCell(a.value))</tr>\n")
        }
        let overall = report.normalisationOverall
        page.raw("<tr class=\"total\"><td>overall</td><td>\(overall.evaluated)</td><td>\(overall.correct)</td>\(rateCell(overall.value))</tr>\n</table>\n")

        var errorsPerDocument = [String: Int]()
        for error in report.entityErrors { errorsPerDocument[error.document, default: 0] += 1 }
        page.raw("<h3>Documents</h3>\n<details><summary>Entities per document (strict, micro over types)</summary>\n"
                 + "<table>\n<tr><th>document</th><th>\(g)</th><th>\(p)</th>\(scoreHeads)<th>entity errors</th></tr>\n")
        for document in report.documents {
            let s = document.strict
            let name = HTMLEscaping.escape(document.name) + (document.hasPrediction ? "" : " <em>(no \(p))</em>")
            page.raw("<tr><td>\(name)</td><td>\(s.gold)</td><td>\(s.predicted)</td>\(scoreCells(s))<td>\(errorsPerDocument[document.name] ?? 0)</td></tr>\n")
        }
        page.raw("</table>\n</details>\n")
    }

    private static let scoreHeads = "<th>TP</th><th>P %</th><th>R %</th><th>F1 %</th>"

    private static func scoreCells(_ s: Score) -> String {
        "<td>\(s.truePositives)</td>" + rateCell(s.isEmpty ? nil : s.precision) + rateCell(s.isEmpty ? nil : s.recall) + rateCell(s.isEmpty ? nil : s.f1)
    }

    private static func macroCells(_ m: MacroAverage) -> String {
        let empty = m.categories == 0
        return "<td></td>" + rateCell(empty ? nil : m.precision) + rateCell(empty ? nil : m.recall) + rateCell(empty ? nil : m.f1)
    }

    /// A percentage cell, greyed when empty and red under 50 %.
    private static func rateCell(_ value: Double?) -> String {
        guard let value else { return "<td class=\"none\">—</td>" }
        return "<td\(value < 0.5 ? " class=\"low\"" : "")>\(ReportFormatting.percent(value))</td>"
    }
}
