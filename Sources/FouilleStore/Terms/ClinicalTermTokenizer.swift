import FouilleText

/// Tokenises any text into index terms: the text layer's clinical tokens, then ``IndexTerms``.
///
/// Used where no extraction ran: queries, snippets and highlights, and the
/// removal of a replaced document from the index. Indexing itself reuses the
/// tokens the extraction computed (see ``FTSTokenizerContext``). Holds ICU
/// state: one per connection or thread.
public final class ClinicalTermTokenizer {
    private let analyzer: TextAnalyzer

    public init() throws {
        // Sections do not change tokens: no section rules needed here.
        analyzer = try TextAnalyzer(sectionRules: SectionRules())
    }

    /// The terms of a text, colocated variants included.
    public func terms(of text: String) throws -> TermStream {
        let analyzed = try analyzer.analyze(Document(id: "", text: text))
        var stream = TermStream(expectedTokens: analyzed.tokens.count)
        IndexTerms.append(analyzed, to: &stream)
        return stream
    }

    /// The terms of UTF-8 bytes (as FTS5 hands them over).
    func terms(of bytes: UnsafeBufferPointer<UInt8>) throws -> TermStream {
        try terms(of: String(decoding: bytes, as: UTF8.self))
    }
}
