import FouilleFormats

/// The line around one or more marked spans, cut into plain and marked segments, for error reports.
///
/// Built from the UTF-8 bytes and the scalar map, never by slicing a `String`
/// character by character. Long lines are clipped to a window around the marks.
public struct TextContext: Sendable, Equatable {
    /// Which side a marked segment comes from.
    public enum Mark: String, Sendable {
        case gold, prediction
    }

    public struct Segment: Sendable, Equatable {
        public var text: String
        public var mark: Mark?

        public init(text: String, mark: Mark? = nil) {
            self.text = text
            self.mark = mark
        }
    }

    /// 1-based line number, in the `.txt`, of the start of what is shown.
    public var line: Int
    public var segments: [Segment]
    /// True when the line goes on before / after what is shown.
    public var clippedBefore: Bool
    public var clippedAfter: Bool

    public init(line: Int, segments: [Segment], clippedBefore: Bool = false, clippedAfter: Bool = false) {
        self.line = line
        self.segments = segments
        self.clippedBefore = clippedBefore
        self.clippedAfter = clippedAfter
    }

    /// The context of marked scalar ranges; overlapping marks after the first are dropped.
    ///
    /// `around` widens what is shown to a range (default: from the first mark to the last), so
    /// that two contexts of one error — a gold span and its predicted boundary — show the same text.
    public init(text: BratText, marks: [(range: Range<Int>, mark: Mark)], around: Range<Int>? = nil, window: Int = 120) {
        var kept = [(range: Range<Int>, mark: Mark)]()
        for item in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where item.range.lowerBound >= 0 && item.range.upperBound <= text.scalarCount && !item.range.isEmpty {
            if let last = kept.last, last.range.overlaps(item.range) { continue }
            kept.append(item)
        }
        guard let first = kept.first, let last = kept.last else {
            self.init(line: 0, segments: [])
            return
        }
        let shown = min(first.range.lowerBound, around?.lowerBound ?? .max)..<max(last.range.upperBound, around?.upperBound ?? 0)
        guard let firstByte = text.offsets.byteOffset(ofScalar: shown.lowerBound),
              let lastByte = text.offsets.byteOffset(ofScalar: shown.upperBound) else {
            self.init(line: 0, segments: [])
            return
        }
        let bytes = text.bytes
        var lineStartByte = firstByte
        while lineStartByte > 0 && bytes[lineStartByte - 1] != 0x0A { lineStartByte -= 1 }
        var lineEndByte = lastByte
        while lineEndByte < bytes.count && bytes[lineEndByte] != 0x0A { lineEndByte += 1 }
        let lineNumber = text.lineNumber(ofByte: lineStartByte)

        let lineStart = text.offsets.scalarOffset(ofByte: lineStartByte)
        let lineEnd = text.offsets.scalarOffset(ofByte: lineEndByte)
        let from = max(lineStart, shown.lowerBound - window)
        let to = min(lineEnd, shown.upperBound + window)
        var segments = [Segment]()
        var cursor = from
        for item in kept {
            if item.range.lowerBound > cursor {
                segments.append(Segment(text: text.text(ofScalars: cursor..<item.range.lowerBound) ?? ""))
            }
            segments.append(Segment(text: text.text(ofScalars: item.range) ?? "", mark: item.mark))
            cursor = item.range.upperBound
        }
        if to > cursor { segments.append(Segment(text: text.text(ofScalars: cursor..<to) ?? "")) }
        self.init(line: lineNumber, segments: segments, clippedBefore: from > lineStart, clippedAfter: to < lineEnd)
    }
}
