/// Runs the text layer on documents: folding, ICU segmentation, clinical tokens, sentences, sections.
///
/// Keeps ICU iterators and buffers between documents, so allocation is per
/// document, not per token. Not thread-safe: give each worker its own.
public final class TextAnalyzer {
    public let sectionRules: SectionRules
    private let segmenter: Segmenter
    private var wordBoundaries = [Int32]()
    private var sentenceCandidates = [Int32]()

    /// When set, CPU time spent in each stage is added here (for `fouille bench`).
    public var stageTimes: StageTimes?

    public init(sectionRules: SectionRules = SectionRules()) throws {
        self.sectionRules = sectionRules
        self.segmenter = try Segmenter()
    }

    /// Analyses one document. Its text is valid UTF-8 by construction (a Swift `String`).
    public func analyze(_ document: Document) throws -> AnalyzedText {
        let bytes = Array(document.text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var clock = stageTimes.map { _ in StageTimes.now() }
            func lap(_ stage: WritableKeyPath<StageTimes, Double>) {
                guard let started = clock else { return }
                let now = StageTimes.now()
                stageTimes![keyPath: stage] += now - started
                clock = now
            }
            let folded = NormalizedText(original: buffer, form: .folded)
            lap(\.folding)
            try segmenter.boundaries(of: buffer, words: &wordBoundaries, sentences: &sentenceCandidates)
            lap(\.segmentation)
            var tokens = [Token]()
            tokens.reserveCapacity(buffer.count / 5)
            Tokenizer.tokens(of: buffer, wordBoundaries: wordBoundaries, into: &tokens)
            lap(\.tokenRules)
            let sections = SectionDetector(rules: sectionRules).sections(of: buffer, folded: folded)
            lap(\.sections)
            let sentences = Self.splitAtSections(
                SentenceSplitter.sentences(of: buffer, candidates: sentenceCandidates), sections: sections, buffer)
            Self.assign(&tokens, sentences: sentences, sections: sections)
            lap(\.sentences)
            return AnalyzedText(document: document, bytes: bytes, folded: folded,
                                tokens: tokens, sentences: sentences, sections: sections)
        }
    }

    /// A header never shares a sentence with the text around it: sentences are cut
    /// at each header's start, and after a header that stands alone on its line.
    private static func splitAtSections(_ sentences: [TextSpan], sections: [Section], _ buffer: UnsafeBufferPointer<UInt8>) -> [TextSpan] {
        let s = ByteScanner(p: buffer)
        var cuts = [Int]()
        for section in sections {
            guard let heading = section.heading else { continue }
            cuts.append(heading.start)
            var end = heading.end
            while end < buffer.count, s.byte(end) == 0x3A || s.byte(end) == 0x20 || s.byte(end) == 0x09 { end += 1 }
            if end >= buffer.count || s.byte(end) == 0x0A || s.byte(end) == 0x0D { cuts.append(end) }
        }
        guard !cuts.isEmpty else { return sentences }
        var out = [TextSpan]()
        out.reserveCapacity(sentences.count + cuts.count)
        var k = 0
        for sentence in sentences {
            var current = sentence
            while k < cuts.count, cuts[k] <= current.start { k += 1 }
            while k < cuts.count, cuts[k] < current.end {
                let piece = trimmed(TextSpan(start: current.start, end: cuts[k]), s)
                if !piece.isEmpty { out.append(piece) }
                current = TextSpan(start: cuts[k], end: current.end)
                k += 1
            }
            let rest = trimmed(current, s)
            if !rest.isEmpty { out.append(rest) }
        }
        return out
    }

    private static func trimmed(_ span: TextSpan, _ s: ByteScanner) -> TextSpan {
        var start = span.start, end = span.end
        while start < end, s.whitespaceLength(start) > 0 { start += s.whitespaceLength(start) }
        while end > start, s.byte(end - 1) == 0x20 || s.byte(end - 1) == 0x0A || s.byte(end - 1) == 0x09 || s.byte(end - 1) == 0x0D { end -= 1 }
        return TextSpan(start: start, end: end)
    }

    private static func assign(_ tokens: inout [Token], sentences: [TextSpan], sections: [Section]) {
        // On raw buffers: one pass, no bounds or uniqueness checks per token.
        tokens.withUnsafeMutableBufferPointer { tokens in
            sentences.withUnsafeBufferPointer { sentences in
                sections.withUnsafeBufferPointer { sections in
                    var sentence = 0
                    var section = 0
                    for t in tokens.indices {
                        let start = tokens[t].span.start
                        while sentence + 1 < sentences.count, sentences[sentence].end <= start { sentence += 1 }
                        while section + 1 < sections.count, sections[section].span.end <= start { section += 1 }
                        tokens[t].sentence = Int32(truncatingIfNeeded: sentence)
                        tokens[t].section = Int32(truncatingIfNeeded: section)
                    }
                }
            }
        }
    }
}
