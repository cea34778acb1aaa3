import FouilleLexicon
import FouilleText

/// The extraction pipeline for one worker.
///
/// text layer → lexicon mentions → span rules → biomarker values and their
/// markers → stage, grade, size, dose and date patterns → dose links →
/// context attributes → entities sorted, never overlapping.
///
/// Holds ICU state through its ``TextAnalyzer``: not thread-safe, give each
/// worker its own pipeline (they share the immutable ``Lexicon``).
public final class ExtractionPipeline {
    public let lexicon: Lexicon
    private let analyzer: TextAnalyzer
    private let contextQualifier: ContextQualifier
    private let cueTable: CueMarks.Table

    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        self.analyzer = try TextAnalyzer(sectionRules: lexicon.sectionRules)
        self.contextQualifier = ContextQualifier(lexicon: lexicon)
        self.cueTable = CueMarks.Table(lexicon: lexicon)
    }

    /// Extracts the entities and relations of one document.
    public func extract(_ document: Document) throws -> ExtractionResult {
        let text = try analyzer.analyze(document)
        // Folding and key building happen once here, for every matcher and rule below.
        let keys = lexicon.tokenKeys(TokenKeyText(text))
        let words = TokenWords(text)
        let marks = CueMarks(cueTable, text: text, keys: keys)
        var mentions = SpanRules(text: text, lexicon: lexicon, keys: keys, words: words, cues: marks)
            .apply(LexicalMentions.mentions(in: text, lexicon: lexicon, keys: keys))
        var nextID = 0
        for index in mentions.indices { mentions[index].id = nextID; nextID += 1 }

        var context = PatternContext(text: text, lexicon: lexicon, mentions: mentions, keys: keys, words: words, marks: marks)
        var values = BiomarkerValues()
        values.run(&context, mentions: &mentions, nextID: &nextID)
        mentions += values.values
        var relations = values.relations.map { (label: RelationLabel.hasValue, from: $0.marker, to: $0.value) }

        for pattern in [StagePattern.mentions, GradePattern.mentions, SizePattern.mentions, DosePattern.mentions, DatePattern.mentions] {
            for var mention in pattern(&context) {
                guard mention.tokens.allSatisfy({ context.covered[$0] == nil }) else { continue }
                mention.id = nextID
                nextID += 1
                for t in mention.tokens { context.covered[t] = mention.entity.type }
                mentions.append(mention)
            }
        }
        relations += DoseLinks.relations(mentions, text: text).map { (label: RelationLabel.hasDose, from: $0.treatment, to: $0.dose) }
        contextQualifier.apply(&mentions, text: text, keys: keys, words: words)

        // Text order, by sorting indices (stable, like sorting the mentions, without moving them).
        let order = mentions.indices.sorted { mentions[$0].entity.span < mentions[$1].entity.span }
        // Ids run from 0 to nextID: an array maps each to its entity's position.
        var positionOfID = [Int](repeating: -1, count: nextID)
        for (position, index) in order.enumerated() { positionOfID[mentions[index].id] = position }
        let links = relations.compactMap { relation -> Relation? in
            let from = positionOfID[relation.from], to = positionOfID[relation.to]
            guard from >= 0, to >= 0 else { return nil }
            return Relation(label: relation.label, from: from, to: to)
        }
        return ExtractionResult(text: text, entities: order.map { mentions[$0].entity }, relations: links)
    }
}
