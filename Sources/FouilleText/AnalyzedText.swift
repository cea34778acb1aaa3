/// A document after the text layer: tokens, sentences, sections and the folded view.
public struct AnalyzedText: Sendable {
    public let document: Document
    /// The original text's UTF-8 bytes; every span indexes them.
    public let bytes: [UInt8]
    /// The folded view used for matching, with its map back to `bytes`.
    public let folded: NormalizedText
    public let tokens: [Token]
    public let sentences: [TextSpan]
    public let sections: [Section]

    public init(document: Document, bytes: [UInt8], folded: NormalizedText,
                tokens: [Token], sentences: [TextSpan], sections: [Section]) {
        self.document = document
        self.bytes = bytes
        self.folded = folded
        self.tokens = tokens
        self.sentences = sentences
        self.sections = sections
    }

    /// The original text of a span.
    public func text(of span: TextSpan) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The folded bytes of a token (`Métastases` → `metastases`).
    public func foldedBytes(of token: Token) -> ArraySlice<UInt8> {
        folded.bytes[folded.viewRange(of: token.span)]
    }

    /// The folded text of a span.
    public func foldedText(of span: TextSpan) -> String {
        String(decoding: folded.bytes[folded.viewRange(of: span)], as: UTF8.self)
    }

    /// The section a token belongs to.
    public func section(of token: Token) -> Section { sections[Int(token.section)] }
}
