import FouilleLexicon
import FouilleText

/// The extraction pipeline for one worker: text layer, lexicon mentions, span rules.
///
/// Holds ICU state through its ``TextAnalyzer``: not thread-safe, give each
/// worker its own pipeline (they share the immutable ``Lexicon``).
public final class ExtractionPipeline {
    public let lexicon: Lexicon
    private let analyzer: TextAnalyzer

    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        self.analyzer = try TextAnalyzer(sectionRules: lexicon.sectionRules)
    }

    /// Extracts the entities and relations of one document.
    public func extract(_ document: Document) throws -> ExtractionResult {
        let text = try analyzer.analyze(document)
        var mentions = LexicalMentions.mentions(in: text, lexicon: lexicon)
        mentions = SpanRules(text: text, lexicon: lexicon).apply(mentions)
        mentions.sort { $0.entity.span < $1.entity.span }
        return ExtractionResult(text: text, entities: mentions.map(\.entity), relations: [])
    }
}
