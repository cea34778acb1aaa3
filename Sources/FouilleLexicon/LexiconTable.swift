/// Parses one lexicon file (TSV with a header row, `#` comments) into entries and diagnostics.
///
/// Recoverable problems become diagnostics with file and line, and the rest of
/// the file is still read: one bad line never hides the others.
public enum LexiconTable {
    /// The columns a lexicon may have.
    public static let knownColumns: Set<String> = ["term", "type", "code", "match", "substance", "components", "laterality", "note"]
    /// Values of the `type` column that are not entity types.
    public static let auxiliaryTypes: Set<String> = ["Section", "Laterality", "Modifier", "Value", "Month", "Cue", "Context"]

    public static func parse(_ text: String, file: String) -> (entries: [LexiconEntry], diagnostics: [LexiconDiagnostic]) {
        var entries = [LexiconEntry]()
        var diagnostics = [LexiconDiagnostic]()
        var header: [String]? = nil
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard let columns = header else {
                header = fields
                for name in fields where !knownColumns.contains(name) {
                    diagnostics.append(.init(.error, file: file, line: lineNumber,
                        "unknown column '\(name)' (known: \(knownColumns.sorted().joined(separator: ", ")))"))
                }
                for required in ["term", "type"] where !fields.contains(required) {
                    diagnostics.append(.init(.error, file: file, line: lineNumber, "the header has no '\(required)' column"))
                }
                continue
            }
            guard fields.count == columns.count else {
                diagnostics.append(.init(.error, file: file, line: lineNumber,
                    "\(fields.count) fields where the header has \(columns.count) (fields are separated by tabs)"))
                continue
            }
            var row = [String: String]()
            for (name, value) in zip(columns, fields) where !value.isEmpty { row[name] = value }
            if let entry = entry(from: row, file: file, line: lineNumber, diagnostics: &diagnostics) { entries.append(entry) }
        }
        if header == nil { diagnostics.append(.init(.warning, file: file, line: 0, "no header row and no entries")) }
        return (entries, diagnostics)
    }

    private static func entry(from row: [String: String], file: String, line: Int,
                              diagnostics: inout [LexiconDiagnostic]) -> LexiconEntry? {
        func error(_ message: String) { diagnostics.append(.init(.error, file: file, line: line, message)) }
        guard let term = row["term"] else { error("empty term"); return nil }
        guard let typeName = row["type"] else { error("empty type for '\(term)'"); return nil }
        let type = EntityType(rawValue: typeName)
        guard type != nil || auxiliaryTypes.contains(typeName) else {
            error("unknown type '\(typeName)' for '\(term)' (known: \((EntityType.allCases.map(\.rawValue) + auxiliaryTypes.sorted()).joined(separator: ", ")))")
            return nil
        }
        var match = MatchMode.fold
        if let value = row["match"] {
            guard let mode = MatchMode(rawValue: value) else { error("unknown match '\(value)' for '\(term)' (fold or case)"); return nil }
            match = mode
        }
        if let code = row["code"], let type, let problem = CodeShape.problem(with: code, for: type) {
            error("\(problem) for '\(term)'")
            return nil
        }
        if let laterality = row["laterality"], !["left", "right", "bilateral"].contains(laterality) {
            error("unknown laterality '\(laterality)' for '\(term)' (left, right or bilateral)")
            return nil
        }
        let components = row["components"].map { $0.split(separator: "+").map { String($0.trimmingSpaces) } } ?? []
        return LexiconEntry(term: term, type: type, typeName: typeName, code: row["code"], match: match,
                            substance: row["substance"], components: components, laterality: row["laterality"],
                            file: file, line: line)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\u{00A0}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{00A0}" { s = s.dropLast() }
        return s
    }
}
