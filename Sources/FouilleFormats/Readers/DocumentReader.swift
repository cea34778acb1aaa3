import Foundation
import FouilleText

/// One item of a batch: a document, or the reason one could not be read.
public enum ReadResult: Sendable {
    case document(Document)
    case failure(InputFailure)
}

/// Streams documents from paths: `.txt` files, folders (recursively), `.jsonl` files, and `-` for standard input.
///
/// Documents are read one at a time, so memory stays flat whatever the batch
/// size. A bad input yields a ``ReadResult/failure`` naming it, and the
/// reader goes on with the next.
public struct DocumentReader: Sequence, IteratorProtocol {
    /// How standard input is read.
    public enum StandardInput: String, Sendable { case text, jsonl }

    public var validation: TextValidation
    public var standardInput: StandardInput
    private var pending: [String]
    private var jsonl: JSONLReader?

    public init(paths: [String], validation: TextValidation = TextValidation(), standardInput: StandardInput = .text) {
        self.validation = validation
        self.standardInput = standardInput
        self.pending = paths.reversed()
    }

    public mutating func next() -> ReadResult? {
        while true {
            if var reader = jsonl {
                if let result = reader.next() { jsonl = reader; return result }
                jsonl = nil
            }
            guard let path = pending.popLast() else { return nil }
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                if standardInput == .jsonl {
                    jsonl = JSONLReader(bytes: [UInt8](data), source: "-", validation: validation)
                    continue
                }
                return Self.document(bytes: [UInt8](data), id: "stdin", source: "-", validation: validation)
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .failure(InputFailure(source: path, reason: "no such file or folder"))
            }
            if isDirectory.boolValue {
                pending.append(contentsOf: Self.inputs(under: path).reversed())
                continue
            }
            if path.hasSuffix(".jsonl") {
                do {
                    jsonl = try JSONLReader(path: path, validation: validation)
                } catch {
                    return .failure(InputFailure(source: path, reason: "cannot be read: \(error.localizedDescription)"))
                }
                continue
            }
            return Self.readTextFile(path, validation: validation)
        }
    }

    /// The `.txt` and `.jsonl` files below a folder, sorted, hidden files skipped.
    static func inputs(under folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths = [String]()
        while let url = enumerator.nextObject() as? URL {
            guard url.pathExtension == "txt" || url.pathExtension == "jsonl" else { continue }
            paths.append(url.path)
        }
        return paths.sorted()
    }

    static func readTextFile(_ path: String, validation: TextValidation) -> ReadResult {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > validation.maxBytes {
            return .failure(InputFailure(source: path, reason: "\(size) bytes is over the size limit of \(validation.maxBytes) bytes (--max-bytes)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputFailure(source: path, reason: "cannot be read (permissions?)"))
        }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return document(bytes: [UInt8](data), id: id, source: path, validation: validation)
    }

    static func document(bytes: [UInt8], id: String, source: String, validation: TextValidation) -> ReadResult {
        switch validation.text(of: bytes, source: source) {
        case .success(let text): return .document(Document(id: id, text: text, metadata: DocumentMetadata(source: source)))
        case .failure(let failure): return .failure(failure)
        }
    }
}
