import CICU

/// A derived view of a text (normalised or folded) with a map back to the original.
///
/// The original text is never changed: a view is a separate byte buffer, and
/// `originalOffset(ofView:)` / `viewOffset(ofOriginal:)` translate positions,
/// so a match found in the folded view is reported at its place in the report.
///
/// ```
/// original: "Métastases hépatiques"   folded: "metastases hepatiques"
/// ```
public struct NormalizedText: Sendable {
    /// Which view.
    public enum Form: Sendable {
        /// NFC, compatibility characters and typographic punctuation unified; case and accents kept.
        case normalised
        /// The normalised view, lower-cased, accents removed, `œ` → `oe`.
        case folded
    }

    public let form: Form
    /// The view's UTF-8 bytes.
    public let bytes: [UInt8]
    /// For each view byte (plus one for the end), the original byte offset it comes from.
    private let toOriginal: [Int32]
    /// For each original byte (plus one for the end), the view offset where its code point's output starts.
    private let toView: [Int32]

    /// Builds the view of valid UTF-8 `original` bytes.
    public init(original: UnsafeBufferPointer<UInt8>, form: Form) {
        let folding = form == .folded
        let table = CodePointFolding.shared
        let n = original.count
        let capacity = n * CodePointFolding.maxExpansion + 1
        var viewCount = 0
        // Every entry is written below (toOriginal up to the view's end): no zero-filling.
        var toOriginal = [Int32]()
        var viewBytes = [UInt8]()
        let toView = [Int32](unsafeUninitializedCapacity: n + 1) { toView, toViewCount in
            toOriginal = [Int32](unsafeUninitializedCapacity: capacity) { toOriginal, toOriginalCount in
                let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, initialized in
                    var o = 0
                    var i = 0
                    var previousCodePoint: UInt32 = 0
                    var previousOutputStart = -1
                    while i < n {
                        let b = original[i]
                        if b < 0x80 {
                            // ASCII (most of a report): a run at a time, only upper-case letters change.
                            let runEnd = Self.asciiRun(original, from: i, fold: folding, to: out.baseAddress! + o)
                            Self.writeIdentityMaps(count: runEnd - i, original: i, view: o,
                                                   toView: toView.baseAddress! + i, toOriginal: toOriginal.baseAddress! + o)
                            o += runEnd - i
                            previousCodePoint = UInt32(original[runEnd - 1])
                            previousOutputStart = o - 1
                            i = runEnd
                            continue
                        }
                        toView[i] = Int32(o)
                        let (cp, size) = Self.decode(original, at: i)
                        for k in 1..<size where i + k < n { toView[i + k] = Int32(o) }
                        if !folding, previousOutputStart >= 0, CodePointFolding.isCombiningMark(cp) {
                            // NFC: compose a decomposed accent with its base letter.
                            let composed = fouille_compose_pair(Int32(previousCodePoint), Int32(cp))
                            if composed >= 0 {
                                let baseOrigin = toOriginal[previousOutputStart]
                                o = previousOutputStart
                                let length = table.write(UInt32(composed), folding: false, to: out.baseAddress! + o)
                                for k in 0..<length { toOriginal[o + k] = baseOrigin }
                                o += length
                                previousCodePoint = UInt32(composed)
                                i += size
                                continue
                            }
                        }
                        let length = table.write(cp, folding: folding, to: out.baseAddress! + o)
                        for k in 0..<length { toOriginal[o + k] = Int32(i) }
                        if length > 0 {
                            previousCodePoint = cp
                            previousOutputStart = o
                        }
                        o += length
                        i += size
                    }
                    toView[n] = Int32(o)
                    toOriginal[o] = Int32(n)
                    viewCount = o
                    initialized = o
                }
                viewBytes = bytes
                toOriginalCount = viewCount + 1
            }
            toViewCount = n + 1
        }
        self.form = form
        self.bytes = viewBytes
        self.toOriginal = toOriginal
        self.toView = toView
    }

    /// The offset maps of an ASCII run: byte k of the run maps to byte k of its
    /// copy. On local pointers with wrapping arithmetic, so the loop has no
    /// overflow checks or reloads and the compiler can vectorise it.
    @inline(__always)
    private static func writeIdentityMaps(count: Int, original: Int, view: Int,
                                          toView: UnsafeMutablePointer<Int32>, toOriginal: UnsafeMutablePointer<Int32>) {
        let originalStart = Int32(truncatingIfNeeded: original)
        let viewStart = Int32(truncatingIfNeeded: view)
        var k: Int32 = 0
        let n = Int32(truncatingIfNeeded: count)
        while k < n {
            toView[Int(k)] = viewStart &+ k
            toOriginal[Int(k)] = originalStart &+ k
            k &+= 1
        }
    }

    /// Copies the ASCII bytes from `start` (itself ASCII) to `out`, lower-cased
    /// when folding, and answers where they end: eight bytes a time while all are ASCII.
    @inline(__always)
    private static func asciiRun(_ p: UnsafeBufferPointer<UInt8>, from start: Int, fold: Bool, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let n = p.count
        let base = p.baseAddress!
        var i = start
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            guard word & 0x8080_8080_8080_8080 == 0 else { break }
            var folded = word
            if fold {
                // Per byte (each below 0x80, so no carry crosses bytes): high bit of
                // b + 0x3F says b >= 'A', of b + 0x25 says b > 'Z': the first without the second marks A-Z.
                let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
                folded = word | (upper >> 2)
            }
            UnsafeMutableRawPointer(out + (i - start)).storeBytes(of: folded, as: UInt64.self)
            i += 8
        }
        while i < n {
            let b = base[i]
            guard b < 0x80 else { break }
            out[i - start] = fold && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            i += 1
        }
        return i
    }

    public init(_ text: String, form: Form) {
        var copy = text
        self = copy.withUTF8 { NormalizedText(original: $0, form: form) }
    }

    /// The view as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    @inline(__always)
    public func originalOffset(ofView offset: Int) -> Int { Int(toOriginal[offset]) }

    @inline(__always)
    public func viewOffset(ofOriginal offset: Int) -> Int { Int(toView[offset]) }

    /// Runs `body` with the view offset of every original byte (plus one for the end):
    /// for loops mapping many spans, without a bounds check per look-up.
    public func withViewOffsets<R>(_ body: (UnsafeBufferPointer<Int32>) throws -> R) rethrows -> R {
        try toView.withUnsafeBufferPointer(body)
    }

    /// The view bytes of an original span.
    @inline(__always)
    public func viewRange(of span: TextSpan) -> Range<Int> {
        viewOffset(ofOriginal: span.start)..<viewOffset(ofOriginal: span.end)
    }

    /// The original span covering a view range; its end is the end of the last code point used.
    public func originalSpan(ofView range: Range<Int>) -> TextSpan {
        let start = originalOffset(ofView: range.lowerBound)
        guard range.upperBound > range.lowerBound else { return TextSpan(start: start, end: start) }
        // The end is where the next code point starts in the original.
        let last = originalOffset(ofView: range.upperBound - 1)
        var end = last + 1
        while end < toView.count - 1, toView[end] == toView[last] { end += 1 }
        return TextSpan(start: start, end: max(end, start))
    }

    /// Decodes one scalar of valid UTF-8 (invalid bytes read as U+FFFD, one byte).
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = p[i]
        let n = p.count
        if b >= 0xF0, i + 3 < n {
            return ((UInt32(b & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F), 4)
        } else if b >= 0xE0, i + 2 < n {
            return ((UInt32(b & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F), 3)
        } else if b >= 0xC0, i + 1 < n {
            return ((UInt32(b & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }
}
