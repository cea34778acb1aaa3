import FouilleExtraction
import FouilleText

/// Writes an extraction as brat standoff, per `../shared/ANNOTATION.md`.
///
/// T lines carry the exact text and Unicode scalar offsets; A lines the
/// attributes; R lines the relations; N lines the codes (`Reference`).
public enum BratExport {
    public static func annotation(for result: ExtractionResult) -> String {
        let offsets = ScalarOffsetMap(utf8: result.text.bytes)
        var lines = [String]()
        var attributeLines = [String]()
        var referenceLines = [String]()
        var attributeCount = 0
        for (index, entity) in result.entities.enumerated() {
            let id = "T\(index + 1)"
            let range = offsets.scalarRange(of: entity.span)
            let text = result.text(of: entity).replacingOccurrences(of: "\n", with: " ")
            lines.append("\(id)\t\(entity.type.rawValue) \(range.lowerBound) \(range.upperBound)\t\(text)")
            for name in entity.attributes.names {
                attributeCount += 1
                attributeLines.append("A\(attributeCount)\t\(name) \(id)")
            }
            if let code = entity.code {
                referenceLines.append("N\(referenceLines.count + 1)\tReference \(id) \(code)\t\(text)")
            }
        }
        let relationLines = result.relations.enumerated().map { index, relation in
            "R\(index + 1)\t\(relation.label.rawValue) Arg1:T\(relation.from + 1) Arg2:T\(relation.to + 1)"
        }
        let all = lines + attributeLines + relationLines + referenceLines
        return all.isEmpty ? "" : all.joined(separator: "\n") + "\n"
    }
}
