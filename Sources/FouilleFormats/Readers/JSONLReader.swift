import Foundation
import FouilleText

/// Reads JSON Lines, one report per line: `{"id": ..., "text": ..., "patient_id"?, "date"?, "kind"?}`.
///
/// The file is read in chunks and split on line feeds, so a large file never
/// sits whole in memory. A malformed line is a failure naming `FILE:LINE`;
/// the following lines are still read.
struct JSONLReader: IteratorProtocol {
    private let source: String
    private let validation: TextValidation
    private var handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    private var lineNumber = 0
    private var exhausted: Bool

    init(path: String, validation: TextValidation) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputFailure(source: path, reason: "cannot be opened")
        }
        self.handle = handle
        self.source = path
        self.validation = validation
        self.buffer = []
        self.exhausted = false
    }

    init(bytes: [UInt8], source: String, validation: TextValidation) {
        self.source = source
        self.validation = validation
        self.buffer = bytes
        self.exhausted = true
    }

    mutating func next() -> ReadResult? {
        while true {
            guard let line = nextLine() else { return nil }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return record(line, location: "\(source):\(lineNumber)")
        }
    }

    private mutating func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line
            }
            if exhausted {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
            // Keep the unread tail, then read the next chunk.
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = handle?.readData(ofLength: 1 << 20) ?? Data()
            if chunk.isEmpty { exhausted = true; try? handle?.close() } else { buffer.append(contentsOf: chunk) }
        }
    }

    private func record(_ line: ArraySlice<UInt8>, location: String) -> ReadResult {
        if let bad = TextValidation.firstInvalidUTF8(line) {
            return .failure(InputFailure(source: location, offset: bad - line.startIndex, reason: "invalid UTF-8 in the JSON line"))
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                return .failure(InputFailure(source: location, reason: "a JSON line must be an object with \"id\" and \"text\""))
            }
            object = parsed
        } catch {
            return .failure(InputFailure(source: location, reason: "malformed JSON: \(Self.describe(error))"))
        }
        guard let text = object["text"] as? String else {
            return .failure(InputFailure(source: location, reason: "no \"text\" string in the record"))
        }
        let id: String
        switch object["id"] {
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        default: return .failure(InputFailure(source: location, reason: "no \"id\" (string or number) in the record"))
        }
        let where_ = "\(location) (id \(id))"
        switch validation.text(of: Array(text.utf8), source: where_) {
        case .failure(let failure): return .failure(failure)
        case .success(let checked):
            let metadata = DocumentMetadata(
                patientID: Self.string(object, "patient_id", "patient"), date: Self.string(object, "date"),
                kind: Self.string(object, "kind", "report_kind"), source: Self.string(object, "source") ?? location)
            return .document(Document(id: id, text: checked, metadata: metadata))
        }
    }

    private static func string(_ object: [String: Any], _ keys: String...) -> String? {
        for key in keys {
            if let value = object[key] as? String { return value }
            if let value = object[key] as? NSNumber { return value.stringValue }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? error.localizedDescription
    }
}
