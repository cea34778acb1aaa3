import Foundation

/// A folder of brat pairs (`NAME.txt` + `NAME.ann`), searched recursively.
///
/// Documents are named by their path relative to the folder, without
/// extension, which is how two folders (gold and prediction) are paired.
public struct BratCorpus: Sendable {
    /// Where one document's files are; either may be absent.
    public struct Entry: Sendable, Equatable {
        /// The path relative to the folder, without extension (`sous/dossier`).
        public var name: String
        /// `FOLDER/NAME.ann`, whether or not it exists (see ``hasAnnotation``).
        public var annotationPath: String
        /// `FOLDER/NAME.txt`, whether or not it exists (see ``hasText``).
        public var textPath: String
        public var hasAnnotation: Bool
        public var hasText: Bool
    }

    /// The folder as given.
    public var folder: String
    /// One per document name, sorted by name.
    public var files: [BratDocumentFile]
    /// Problems of the folder itself (not found, empty).
    public var diagnostics: [BratDiagnostic]

    /// Every diagnostic: the folder's, then each file's in name order.
    public var allDiagnostics: [BratDiagnostic] { diagnostics + files.flatMap(\.diagnostics) }
    public var errorCount: Int { allDiagnostics.filter(\.isError).count }
    public var warningCount: Int { allDiagnostics.count - errorCount }

    /// Reads and validates every pair of a folder. A `.txt` without `.ann` reads as an empty
    /// document (warning); an `.ann` without `.txt` is parsed but not checked against a text (error).
    public static func read(folder: String) -> BratCorpus {
        var diagnostics = [BratDiagnostic]()
        let entries: [Entry]
        switch self.entries(in: folder) {
        case .success(let found): entries = found
        case .failure(let diagnostic): return BratCorpus(folder: folder, files: [], diagnostics: [diagnostic])
        }
        if entries.isEmpty {
            diagnostics.append(BratDiagnostic(.warning, .annotationFile, file: folder, "no .ann or .txt file in this folder"))
        }
        let files = entries.map { BratDocumentFile.load(name: $0.name, annotationPath: $0.annotationPath, textPath: $0.textPath) }
        return BratCorpus(folder: folder, files: files, diagnostics: diagnostics)
    }

    /// The documents of a folder, sorted by name; hidden files are skipped.
    public static func entries(in folder: String) -> Result<[Entry], BratDiagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(BratDiagnostic(.error, .annotationFile, file: folder, "no such folder"))
        }
        let base = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else {
            return .failure(BratDiagnostic(.error, .annotationFile, file: folder, "folder cannot be listed"))
        }
        var found = [String: (ann: Bool, txt: Bool)]()
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        while let url = enumerator.nextObject() as? URL {
            let ext = url.pathExtension
            guard ext == "ann" || ext == "txt" else { continue }
            let path = url.standardizedFileURL.deletingPathExtension().path
            let name = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.deletingPathExtension().lastPathComponent
            var flags = found[name] ?? (false, false)
            if ext == "ann" { flags.ann = true } else { flags.txt = true }
            found[name] = flags
        }
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return .success(found.keys.sorted().map { name in
            Entry(name: name, annotationPath: "\(root)/\(name).ann", textPath: "\(root)/\(name).txt",
                  hasAnnotation: found[name]!.ann, hasText: found[name]!.txt)
        })
    }
}
