import Foundation

/// The fields of one JSONL report record, whichever parser read them.
///
/// ``FlatJSONObject`` reads the usual record; any other line goes through
/// `JSONSerialization`, which accepts the rest of JSON and words the error of a
/// malformed line, so both paths accept and refuse the same lines with the same messages.
struct JSONRecord {
    /// A string, or a number written as text (`3`).
    var id: String?
    /// The UTF-8 of the `text` string.
    var text: [UInt8]?
    var patientID: String?
    var date: String?
    var kind: String?
    var source: String?

    /// A line read: its record, or why it is not one.
    enum Outcome {
        case record(JSONRecord)
        case refused(reason: String)
    }

    static func read(_ line: ArraySlice<UInt8>) -> Outcome {
        if let object = line.withUnsafeBufferPointer({ FlatJSONObject.parse($0) }) {
            return .record(JSONRecord(object))
        }
        return foundation(line)
    }

    init(_ object: FlatJSONObject) {
        func string(_ keys: String...) -> String? {
            for key in keys {
                switch object.value(key) {
                case .string(let bytes)?, .integer(let bytes)?: return String(decoding: bytes, as: UTF8.self)
                default: continue
                }
            }
            return nil
        }
        if case .string(let bytes)? = object.value("text") { text = bytes }
        id = string("id")
        patientID = string("patient_id", "patient")
        date = string("date")
        kind = string("kind", "report_kind")
        source = string("source")
    }

    private init() {}

    private static func foundation(_ line: ArraySlice<UInt8>) -> Outcome {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                return .refused(reason: "a JSON line must be an object with \"id\" and \"text\"")
            }
            object = parsed
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return .refused(reason: "malformed JSON: \(text ?? error.localizedDescription)")
        }
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let value = object[key] as? String { return value }
                if let value = object[key] as? NSNumber { return value.stringValue }
            }
            return nil
        }
        var record = JSONRecord()
        record.text = (object["text"] as? String).map { Array($0.utf8) }
        switch object["id"] {
        case let value as String: record.id = value
        case let value as NSNumber: record.id = value.stringValue
        default: break
        }
        record.patientID = string("patient_id", "patient")
        record.date = string("date")
        record.kind = string("kind", "report_kind")
        record.source = string("source")
        return .record(record)
    }
}
