import Foundation
import FouilleText

/// Reads lexicon folders and compiles them into a ``Lexicon``.
///
/// Folders are read in order; a file at the same relative path in a later
/// folder replaces the earlier one, any other file adds to them. So
/// `--lexicons my-site` can add a local drug list or override `treatment/drugs.tsv`.
public enum LexiconLoader {
    /// Loads every `*.tsv` below the folders.
    public static func load(directories: [String]) throws -> Lexicon {
        var diagnostics = [LexiconDiagnostic]()
        var fileByRelativePath = [String: String]()
        var order = [String]()
        for directory in directories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                diagnostics.append(.init(.error, file: directory, line: 0, "not a lexicon folder (no such directory)"))
                continue
            }
            let base = URL(fileURLWithPath: directory).standardizedFileURL
            let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
            var found = [String]()
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "tsv" else { continue }
                found.append(String(url.standardizedFileURL.path.dropFirst(base.path.count + 1)))
            }
            for relative in found.sorted() {
                if fileByRelativePath[relative] == nil { order.append(relative) }
                fileByRelativePath[relative] = (directory as NSString).appendingPathComponent(relative)
            }
        }
        var tables = [(file: String, entries: [LexiconEntry])]()
        for relative in order {
            let path = fileByRelativePath[relative]!
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(.init(.error, file: path, line: 0, "cannot be read"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                diagnostics.append(.init(.error, file: path, line: 0, "is not valid UTF-8 (save it as UTF-8)"))
                continue
            }
            let parsed = LexiconTable.parse(text, file: path)
            diagnostics += parsed.diagnostics
            tables.append((path, parsed.entries))
        }
        return try compile(tables: tables, diagnostics: diagnostics)
    }

    /// Compiles parsed tables (also used by tests with in-memory tables).
    public static func compile(tables: [(file: String, entries: [LexiconEntry])],
                               diagnostics initial: [LexiconDiagnostic] = []) throws -> Lexicon {
        var diagnostics = initial
        // One vocabulary for all matchers: a document's tokens are looked up once for all of them.
        let vocabulary = SharedVocabulary()
        var builder = try TermMatcherBuilder(vocabulary: vocabulary)
        var sections = SectionRules()
        var laterality = [String: String]()
        var auxiliary = [String: TermMatcherBuilder]()
        // (type, key) → first entry, to catch one term claimed by two codes.
        var claimed = [String: LexiconEntry]()
        for (file, entries) in tables {
            for entry in entries {
                switch entry.typeName {
                case "Section":
                    guard let name = entry.code else {
                        diagnostics.append(.init(.error, file: file, line: entry.line, "section header '\(entry.term)' has no canonical name in 'code'"))
                        continue
                    }
                    sections.add(header: entry.term, name: name)
                case "Laterality":
                    guard let side = entry.code, ["left", "right", "bilateral"].contains(side) else {
                        diagnostics.append(.init(.error, file: file, line: entry.line, "laterality '\(entry.term)' needs code left, right or bilateral"))
                        continue
                    }
                    laterality[NormalizedText(entry.term, form: .folded).string] = side
                case "Modifier":
                    let types = entry.code?.split(separator: "+").map(String.init) ?? []
                    if let unknown = types.first(where: { EntityType(rawValue: $0) == nil }) {
                        diagnostics.append(.init(.error, file: file, line: entry.line, "modifier '\(entry.term)' names unknown type '\(unknown)' in 'code' (types joined by +)"))
                        continue
                    }
                    try addAuxiliary(entry, to: &auxiliary, vocabulary: vocabulary, diagnostics: &diagnostics)
                case "Context":
                    let parts = entry.code?.split(separator: "/").map(String.init) ?? []
                    guard parts.count == 2, Self.contextRoles.contains(parts[0]), ["forward", "backward"].contains(parts[1]) else {
                        diagnostics.append(.init(.error, file: file, line: entry.line,
                            "context cue '\(entry.term)' needs code ROLE/DIRECTION: ROLE one of \(Self.contextRoles.sorted().joined(separator: ", ")), DIRECTION forward or backward"))
                        continue
                    }
                    try addAuxiliary(entry, to: &auxiliary, vocabulary: vocabulary, diagnostics: &diagnostics)
                case "Value":
                    if let code = entry.code, let problem = CodeShape.problem(with: code, for: .biomarkerValue) {
                        diagnostics.append(.init(.error, file: file, line: entry.line, "\(problem) for '\(entry.term)'"))
                        continue
                    }
                    try addAuxiliary(entry, to: &auxiliary, vocabulary: vocabulary, diagnostics: &diagnostics)
                case "Month", "Cue":
                    try addAuxiliary(entry, to: &auxiliary, vocabulary: vocabulary, diagnostics: &diagnostics)
                default:
                    let key = "\(entry.typeName)|\(entry.match == .case ? entry.term : claimKey(entry.term))"
                    if let first = claimed[key] {
                        if first.code != entry.code {
                            let sameFile = first.file == entry.file
                            diagnostics.append(.init(sameFile ? .error : .warning, file: file, line: entry.line,
                                "'\(entry.term)' is given code \(entry.code ?? "(none)") here and \(first.code ?? "(none)") at \(first.location)"))
                        }
                        if first.file == entry.file { continue }
                    }
                    claimed[key] = entry
                    if try !builder.add(entry) {
                        diagnostics.append(.init(.error, file: file, line: entry.line, "term '\(entry.term)' has no word to match"))
                    }
                }
            }
        }
        return Lexicon(matcher: builder.build(), sectionRules: sections, laterality: laterality,
                       auxiliary: auxiliary.mapValues { $0.build() }, files: tables.map(\.file), diagnostics: diagnostics)
    }

    /// The roles a context cue may have.
    static let contextRoles: Set<String> = ["Negated", "Hypothetical", "Family", "History", "Pseudo", "Terminate", "Suggestive"]

    private static func addAuxiliary(_ entry: LexiconEntry, to builders: inout [String: TermMatcherBuilder], vocabulary: SharedVocabulary,
                                     diagnostics: inout [LexiconDiagnostic]) throws {
        if builders[entry.typeName] == nil { builders[entry.typeName] = try TermMatcherBuilder(vocabulary: vocabulary) }
        if try !builders[entry.typeName]!.add(entry) {
            diagnostics.append(.init(.error, file: entry.file, line: entry.line, "term '\(entry.term)' has no word to match"))
        }
    }

    /// The folded form used to detect a term listed twice (hyphens and plural endings ignored).
    private static func claimKey(_ term: String) -> String {
        let words = NormalizedText(term, form: .folded).string
            .split(whereSeparator: { $0 == " " || $0 == "-" })
            .map { word -> Substring in
                if word.count >= 4, let last = word.last, last == "s" || last == "x" { return word.dropLast() }
                return word
            }
        return words.joined(separator: " ")
    }
}
