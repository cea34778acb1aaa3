import ArgumentParser
import Foundation
import FouilleExtraction
import FouilleFormats

/// Where `fouille extract` writes each document's result.
final class OutputSink {
    private let format: ExtractCommand.Format
    private let folder: URL?
    private let file: FileHandle?

    init(format: ExtractCommand.Format, out: String?) throws {
        self.format = format
        switch format {
        case .summary:
            folder = nil; file = nil
        case .brat:
            let url = URL(fileURLWithPath: out!)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            folder = url; file = nil
        case .jsonl:
            folder = nil
            if let out, out != "-" {
                FileManager.default.createFile(atPath: out, contents: nil)
                guard let handle = FileHandle(forWritingAtPath: out) else { throw CleanExit.message("cannot write \(out)") }
                file = handle
            } else {
                file = FileHandle.standardOutput
            }
        }
    }

    func write(_ result: ExtractionResult) throws {
        switch format {
        case .summary: return
        case .brat:
            let name = Self.fileName(for: result.document.id)
            let base = folder!.appendingPathComponent(name)
            try Data(result.text.bytes).write(to: base.appendingPathExtension("txt"))
            try Data(BratExport.annotation(for: result).utf8).write(to: base.appendingPathExtension("ann"))
        case .jsonl:
            file!.write(Data((JSONLWriter.line(for: result) + "\n").utf8))
        }
    }

    func finish() throws {
        if let file, file !== FileHandle.standardOutput { try file.close() }
    }

    /// A document id made safe as a file name (`/`, `:` and control characters replaced).
    static func fileName(for id: String) -> String {
        let safe = id.map { c -> Character in c == "/" || c == "\\" || c == ":" || c.isNewline ? "_" : c }
        let name = String(safe)
        return name.isEmpty || name.hasPrefix(".") ? "_" + name : name
    }
}
