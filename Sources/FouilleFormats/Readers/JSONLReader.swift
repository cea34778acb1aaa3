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
            if let newline = Self.index(of: 0x0A, in: buffer, from: position) {
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

    /// memchr: a generic `firstIndex(of:)` on a slice goes byte by byte through Swift.
    private static func index(of byte: UInt8, in buffer: [UInt8], from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { all -> Int? in
            guard let base = all.baseAddress, start < all.count,
                  let found = memchr(base + start, Int32(byte), all.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func record(_ line: ArraySlice<UInt8>, location: String) -> ReadResult {
        if let read = usualRecord(line, location: location) { return read }
        if let bad = TextValidation.firstInvalidUTF8(line) {
            return .failure(InputFailure(source: location, offset: bad - line.startIndex, reason: "invalid UTF-8 in the JSON line"))
        }
        let record: JSONRecord
        switch JSONRecord.read(line) {
        case .record(let read): record = read
        case .refused(let reason): return .failure(InputFailure(source: location, reason: reason))
        }
        guard let text = record.text else {
            return .failure(InputFailure(source: location, reason: "no \"text\" string in the record"))
        }
        guard let id = record.id else {
            return .failure(InputFailure(source: location, reason: "no \"id\" (string or number) in the record"))
        }
        switch validation.text(of: text, source: "\(location) (id \(id))") {
        case .failure(let failure): return .failure(failure)
        case .success(let checked):
            let metadata = DocumentMetadata(patientID: record.patientID, date: record.date, kind: record.kind,
                                            source: record.source ?? location)
            return .document(Document(id: id, text: checked, metadata: metadata))
        }
    }

    /// The usual line (a flat object with an `id` and a `text` of valid UTF-8, no byte-order mark), read with
    /// one validation of its bytes: the other fields are checked on their own, the text when its `String` is made.
    /// Any other line answers nil and goes through ``record(_:location:)``, which words every refusal.
    private func usualRecord(_ line: ArraySlice<UInt8>, location: String) -> ReadResult? {
        guard let object = line.withUnsafeBufferPointer({ FlatJSONObject.parse($0) }) else { return nil }
        var textBytes: [UInt8]?
        for field in object.fields {
            guard TextValidation.firstInvalidUTF8(field.key[...]) == nil else { return nil }
            switch field.value {
            case .string(let bytes) where field.key.elementsEqual("text".utf8): textBytes = bytes
            case .string(let bytes), .integer(let bytes): guard TextValidation.firstInvalidUTF8(bytes[...]) == nil else { return nil }
            case .null: break
            }
        }
        // Strings are runs of the line between ASCII bytes, plus escapes decoded to whole scalars:
        // the text is valid UTF-8 exactly when those runs are, so `String(validating:)` checks the line's text part.
        guard let textBytes, !textBytes.starts(with: TextValidation.byteOrderMark),
              let text = String(validating: textBytes, as: UTF8.self) else { return nil }
        let record = JSONRecord(object)
        guard let id = record.id else { return nil }
        switch validation.text(ofValidUTF8: textBytes, text, source: "\(location) (id \(id))") {
        case .failure(let failure): return .failure(failure)
        case .success(let checked):
            let metadata = DocumentMetadata(patientID: record.patientID, date: record.date, kind: record.kind,
                                            source: record.source ?? location)
            return .document(Document(id: id, text: checked, metadata: metadata))
        }
    }
}
