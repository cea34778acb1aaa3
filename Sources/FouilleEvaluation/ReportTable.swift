import FouilleLexicon

/// Renders a report as aligned plain-text tables for the terminal.
///
/// Percentages with one decimal; `—` where there is nothing to count. The
/// error lists are summarised only: they belong in ``ReportHTML`` or ``ReportJSON``.
public enum ReportTable {
    public static func render(_ report: EvaluationReport, mode: ReportMode = .evaluation) -> String {
        typealias F = ReportFormatting
        var out = [String]()
        let scored = report.documents.count, predicted = report.documents.filter(\.hasPrediction).count
        out.append("\(mode.title.uppercased()): \(F.plural(scored, "document")) scored, \(predicted) with a \(mode == .evaluation ? "prediction" : "set from B")")
        if let note = mode.note { out.append(contentsOf: wrap(note, width: 100).map { "  " + $0 }) }

        let g = mode.goldLabel, p = mode.predictionLabel
        let scoreHeader = [F.cell("TP", 6, right: true), F.cell("P %", 6, right: true), F.cell("R %", 6, right: true), F.cell("F1 %", 6, right: true)]
        func scoreCells(_ s: Score) -> [String] {
            [F.cell(String(s.truePositives), 6, right: true), F.cell(F.percent(s.precision, empty: s.isEmpty), 6, right: true),
             F.cell(F.percent(s.recall, empty: s.isEmpty), 6, right: true), F.cell(F.percent(s.f1, empty: s.isEmpty), 6, right: true)]
        }

        out.append("")
        out.append("ENTITIES" + String(repeating: " ", count: 27) + "strict (same type, same span)   overlap (same type, spans intersect)")
        out.append(([F.cell("type", 16), F.cell(g, 6, right: true), F.cell(p, 6, right: true), " "] + scoreHeader + ["  "] + scoreHeader).joined(separator: " "))
        for type in report.types {
            let strict = report.strict.perKey[type] ?? Score(), overlap = report.overlap.perKey[type] ?? Score()
            out.append(([F.cell(type.rawValue, 16), F.cell(String(strict.gold), 6, right: true), F.cell(String(strict.predicted), 6, right: true), " "]
                        + scoreCells(strict) + ["  "] + scoreCells(overlap)).joined(separator: " "))
        }
        let strictMicro = report.strict.micro, overlapMicro = report.overlap.micro
        out.append(([F.cell("micro", 16), F.cell(String(strictMicro.gold), 6, right: true), F.cell(String(strictMicro.predicted), 6, right: true), " "]
                    + scoreCells(strictMicro) + ["  "] + scoreCells(overlapMicro)).joined(separator: " "))
        let strictMacro = report.strict.macro, overlapMacro = report.overlap.macro
        func macroCells(_ m: MacroAverage) -> [String] {
            let empty = m.categories == 0
            return [F.cell("", 6), F.cell(F.percent(m.precision, empty: empty), 6, right: true),
                    F.cell(F.percent(m.recall, empty: empty), 6, right: true), F.cell(F.percent(m.f1, empty: empty), 6, right: true)]
        }
        out.append(([F.cell("macro (\(strictMacro.categories) types)", 16), F.cell("", 6), F.cell("", 6), " "]
                    + macroCells(strictMacro) + ["  "] + macroCells(overlapMacro)).joined(separator: " "))

        out.append("")
        out.append("ATTRIBUTES on \(F.plural(report.attributePairs, "strict pair")) of types that take attributes")
        out.append([F.cell("attribute", 16), F.cell(g, 6, right: true), F.cell(p, 6, right: true), F.cell("acc %", 6, right: true), " "]
                   .joined(separator: " ") + " " + scoreHeader.joined(separator: " "))
        for attribute in report.attributes {
            let s = attribute.score
            out.append(([F.cell(attribute.attribute.rawValue, 16), F.cell(String(s.gold), 6, right: true), F.cell(String(s.predicted), 6, right: true),
                         F.cell(F.percent(attribute.agreement.value), 6, right: true), " "] + scoreCells(s)).joined(separator: " "))
        }

        out.append("")
        out.append("RELATIONS (same label, both arguments matched strictly)")
        out.append(([F.cell("label", 16), F.cell(g, 6, right: true), F.cell(p, 6, right: true), " "] + scoreHeader).joined(separator: " "))
        for label in report.relations.keys {
            let s = report.relations.perKey[label]!
            out.append(([F.cell(label, 16), F.cell(String(s.gold), 6, right: true), F.cell(String(s.predicted), 6, right: true), " "] + scoreCells(s)).joined(separator: " "))
        }
        let relationMicro = report.relations.micro
        out.append(([F.cell("micro", 16), F.cell(String(relationMicro.gold), 6, right: true), F.cell(String(relationMicro.predicted), 6, right: true), " "]
                    + scoreCells(relationMicro)).joined(separator: " "))

        out.append("")
        out.append("NORMALISATION (strict pairs whose \(g) entity has a code; exact code equality)")
        out.append([F.cell("type", 16), F.cell("coded", 6, right: true), F.cell("right", 6, right: true), F.cell("acc %", 6, right: true)].joined(separator: " "))
        for type in report.normalisation.keys.sorted() {
            let a = report.normalisation[type]!
            out.append([F.cell(type.rawValue, 16), F.cell(String(a.evaluated), 6, right: true), F.cell(String(a.correct), 6, right: true),
                        F.cell(F.percent(a.value), 6, right: true)].joined(separator: " "))
        }
        let overall = report.normalisationOverall
        out.append([F.cell("overall", 16), F.cell(String(overall.evaluated), 6, right: true), F.cell(String(overall.correct), 6, right: true),
                    F.cell(F.percent(overall.value), 6, right: true)].joined(separator: " "))

        out.append("")
        out.append("DOCUMENTS (entities, strict, micro over types)")
        let nameWidth = min(40, max(8, report.documents.map(\.name.count).max() ?? 8))
        out.append(([F.cell("document", nameWidth), F.cell(g, 6, right: true), F.cell(p, 6, right: true), " "] + scoreHeader).joined(separator: " "))
        for document in report.documents {
            let s = document.strict
            var line = ([F.cell(document.name, nameWidth), F.cell(String(s.gold), 6, right: true), F.cell(String(s.predicted), 6, right: true), " "]
                        + scoreCells(s)).joined(separator: " ")
            if !document.hasPrediction { line += "  (no \(p))" }
            out.append(line)
        }

        out.append("")
        let boundary = report.errors(of: .boundary).count, missed = report.errors(of: .missed).count, spurious = report.errors(of: .spurious).count
        let confusions = report.entityErrors.filter { $0.otherSideType != nil }.count
        out.append("ERRORS: \(missed) missed, \(spurious) spurious, \(boundary) boundary (overlap but not strict)"
                   + (confusions > 0 ? ", of the missed and spurious \(confusions) overlap another type" : "")
                   + "; \(report.relationErrors.count) relation, \(report.codeErrors.count) code, \(report.attributeErrors.count) attribute error(s)")
        return out.joined(separator: "\n") + "\n"
    }

    /// Greedy word wrap for notes.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines = [String](), current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
