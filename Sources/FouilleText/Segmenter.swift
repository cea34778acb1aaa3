import CICU

/// ICU word and sentence break iteration over UTF-8, answered in UTF-8 byte offsets.
///
/// Wraps the C shim (ICU cannot be imported into Swift here, see
/// `SWIFT-NOTES.md`). Holds ICU iterators and buffers reused from one
/// document to the next: not thread-safe, use one per thread.
public final class Segmenter {
    private let handle: OpaquePointer
    private var scratchCapacity = 0
    private var wordScratch = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
    private var sentenceScratch = UnsafeMutablePointer<Int32>.allocate(capacity: 0)

    /// Opens ICU's French word and sentence rules.
    public init(locale: String = "fr_FR") throws {
        var error = [CChar](repeating: 0, count: 64)
        guard let handle = fouille_segmenter_open(locale, &error, Int32(error.count)) else {
            throw TextError.icu(String(cString: error))
        }
        self.handle = handle
    }

    deinit {
        fouille_segmenter_close(handle)
        wordScratch.deallocate()
        sentenceScratch.deallocate()
    }

    /// Word boundaries of valid UTF-8 bytes (first 0, last `count`), and the
    /// sentence-start candidates where ICU's sentence rules break (see
    /// ``SentenceSplitter`` for the clinical adjustments).
    public func boundaries(of bytes: UnsafeBufferPointer<UInt8>, words: inout [Int32], sentences: inout [Int32]) throws {
        // ICU's shim writes into scratch buffers kept between documents: only
        // the boundaries found are copied out, nothing is zeroed per document.
        let capacity = bytes.count + 1
        if scratchCapacity < capacity {
            wordScratch.deallocate()
            sentenceScratch.deallocate()
            scratchCapacity = max(capacity, scratchCapacity * 2)
            wordScratch = .allocate(capacity: scratchCapacity)
            sentenceScratch = .allocate(capacity: scratchCapacity)
        }
        var wordCount: Int32 = 0
        var sentenceCount: Int32 = 0
        let status = fouille_segment(handle, bytes.baseAddress, Int32(bytes.count), wordScratch, &wordCount, sentenceScratch, &sentenceCount)
        guard status == 0 else { throw TextError.icu("ICU break iteration failed with code \(-status)") }
        words.removeAll(keepingCapacity: true)
        words.append(contentsOf: UnsafeBufferPointer(start: wordScratch, count: Int(wordCount)))
        sentences.removeAll(keepingCapacity: true)
        sentences.append(contentsOf: UnsafeBufferPointer(start: sentenceScratch, count: Int(sentenceCount)))
    }

    /// Word boundaries from ICU alone over the whole text, without the
    /// byte-level fast path: the reference the fast path must agree with.
    public func icuWordBoundaries(of bytes: UnsafeBufferPointer<UInt8>) throws -> [Int32] {
        var words = [Int32](repeating: 0, count: bytes.count + 1)
        let count = words.withUnsafeMutableBufferPointer { w in
            fouille_icu_word_boundaries(handle, bytes.baseAddress, Int32(bytes.count), w.baseAddress)
        }
        guard count >= 0 else { throw TextError.icu("ICU break iteration failed with code \(-count)") }
        return Array(words[0..<Int(count)])
    }

    /// ICU's own sentence decision at a byte offset of the text last segmented (the reference for tests).
    public func icuSentenceBoundary(at offset: Int) -> Bool {
        fouille_icu_is_sentence_boundary(handle, Int32(offset)) != 0
    }

    /// The ICU version linked in.
    public static var icuVersion: String { String(cString: fouille_icu_version()) }
}

/// Failures of the text layer.
public enum TextError: Error, CustomStringConvertible, Equatable {
    case icu(String)

    public var description: String {
        switch self {
        case .icu(let message): return "ICU: \(message)"
        }
    }
}
