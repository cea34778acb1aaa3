import Foundation
import FouilleText

/// The `.txt` of a brat pair, with the scalar ↔ byte map its offsets need.
///
/// brat counts Unicode scalars; slicing a Swift `String` by scalar index in a
/// loop is slow, so every look-up goes through ``ScalarOffsetMap`` and the
/// UTF-8 bytes instead.
public struct BratText: Sendable {
    /// The text exactly as stored (a byte-order mark, if any, included: it is a scalar brat counts).
    public let text: String
    /// `text.utf8`, contiguous.
    public let bytes: [UInt8]
    public let offsets: ScalarOffsetMap
    /// Byte offset of the start of each line (the first is 0), for line numbers in reports.
    public let lineStarts: [Int]

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.offsets = ScalarOffsetMap(utf8: bytes)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        self.lineStarts = starts
    }

    /// The 1-based line holding a byte offset (binary search over ``lineStarts``).
    public func lineNumber(ofByte byte: Int) -> Int {
        var low = 0, high = lineStarts.count  // invariant: lineStarts[low] <= byte < lineStarts[high]
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= byte { low = middle } else { high = middle }
        }
        return low + 1
    }

    /// Decodes a file's bytes, or says why they are not text: a diagnostic naming the file.
    public static func decode(_ bytes: [UInt8], file: String) -> Result<BratText, BratDiagnostic> {
        if let bad = TextValidation.firstInvalidUTF8(bytes[...]) {
            return .failure(BratDiagnostic(.error, .textFile, file: file,
                                           "invalid UTF-8 at byte \(bad): brat offsets need a UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)"))
        }
        return .success(BratText(String(decoding: bytes, as: UTF8.self)))
    }

    /// Reads and decodes a `.txt`; a missing or unreadable file is a diagnostic naming it.
    public static func read(path: String) -> Result<BratText, BratDiagnostic> {
        guard FileManager.default.fileExists(atPath: path) else {
            return .failure(BratDiagnostic(.error, .textFile, file: path, "missing text file: every .ann needs its .txt beside it"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(BratDiagnostic(.error, .textFile, file: path, "text file cannot be read (permissions?)"))
        }
        return decode([UInt8](data), file: path)
    }

    /// Number of Unicode scalars: the largest valid end offset.
    public var scalarCount: Int { offsets.scalarCount }

    /// The text of a scalar range, or nil when it is out of range.
    public func text(ofScalars range: Range<Int>) -> String? {
        guard range.lowerBound >= 0, let span = offsets.byteSpan(ofScalars: range) else { return nil }
        return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The scalar at a scalar offset, or nil when out of range.
    public func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset >= 0, offset < scalarCount, let from = offsets.byteOffset(ofScalar: offset),
              let to = offsets.byteOffset(ofScalar: offset + 1) else { return nil }
        return String(decoding: bytes[from..<to], as: UTF8.self).unicodeScalars.first
    }

    /// Problems with the text's form that move offsets: CR line ends, a byte-order mark, non-NFC text.
    public func formatProblems() -> [String] {
        var problems = [String]()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            problems.append("the text starts with a byte-order mark, which brat counts as a character (offsets shift by one)")
        }
        if bytes.contains(0x0D) { problems.append("CR line ends: the guideline's texts use LF only, and a CR counts as a character") }
        // Only non-ASCII text can be non-NFC; skip the costly check otherwise.
        if bytes.contains(where: { $0 >= 0x80 }), text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(bytes) == false {
            problems.append("the text is not in Unicode NFC (e.g. an accent stored as a separate combining mark): offsets differ from an NFC copy")
        }
        return problems
    }
}
