/// A document that could not be read, and why; the batch goes on without it.
public struct InputFailure: Error, Sendable, CustomStringConvertible {
    /// The file, or `FILE:LINE` for a JSONL record, or `-` for standard input.
    public var source: String
    /// Byte offset of the problem in the file, when it has one.
    public var offset: Int?
    public var reason: String

    public init(source: String, offset: Int? = nil, reason: String) {
        self.source = source
        self.offset = offset
        self.reason = reason
    }

    public var description: String {
        offset.map { "\(source): at byte \($0): \(reason)" } ?? "\(source): \(reason)"
    }
}
