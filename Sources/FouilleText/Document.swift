/// One report: its identifier, its text exactly as read, and what is known about it.
public struct Document: Sendable {
    /// Unique within a batch: the file name without extension, or the JSONL `id`.
    public var id: String
    /// The original text. Every ``TextSpan`` points into `text.utf8`.
    public var text: String
    public var metadata: DocumentMetadata

    public init(id: String, text: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.id = id
        self.text = text
        self.metadata = metadata
    }

    /// The text of a span, as written in the original.
    public func text(of span: TextSpan) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: span.start)
        let to = utf8.index(from, offsetBy: span.length)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}

/// What a source tells about a report besides its text.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    /// The patient's pseudonymous identifier, never a real one.
    public var patientID: String?
    /// The report's date, ISO 8601 (`2021-03-12`) when known.
    public var date: String?
    /// The report kind (`anapath`, `consult`, `rcp`, `crh`, `imagerie`, ...).
    public var kind: String?
    /// Where the report came from: a file path, or `FILE:LINE` for a JSONL record.
    public var source: String?

    public init(patientID: String? = nil, date: String? = nil, kind: String? = nil, source: String? = nil) {
        self.patientID = patientID
        self.date = date
        self.kind = kind
        self.source = source
    }
}
