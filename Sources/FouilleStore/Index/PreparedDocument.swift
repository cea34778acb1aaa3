import FouilleExtraction
import FouilleText

/// A report ready to be written: everything CPU-heavy done by an extraction worker.
///
/// The writer thread only binds these values into SQLite: the text is
/// already compressed, its index terms computed (from the extraction's own
/// tokens), its entities and relations written as their row's JSON (``AnnotationEncoder``),
/// its fact keys laid out. The analysed text (folded
/// view, offset maps) is dropped here, so the queue to the writer holds a few
/// kilobytes per report.
struct PreparedDocument: Sendable {
    var id: String
    var metadata: DocumentMetadata
    var hash: Int64
    /// The original UTF-8 text, for FTS5 (which tokenises it through ``FTSTokenizerContext/pending``).
    var text: [UInt8]
    var compressed: [UInt8]
    var terms: TermStream
    var entityCount: Int
    /// The `annotations` row's `entities` and `relations` JSON texts.
    var entitiesJSON: [UInt8]
    var relationsJSON: [UInt8]
    var factKeys: String

    init(_ result: ExtractionResult, hash: Int64, compressor: TextCompressor, encoder: AnnotationEncoder) throws {
        guard result.entities.count <= EntityKey.maximumPerDocument else {
            throw StoreError(.failed, "\(result.entities.count) entities, more than the \(EntityKey.maximumPerDocument) a stored report may hold; split the report")
        }
        id = result.document.id
        metadata = result.document.metadata
        self.hash = hash
        text = result.text.bytes
        compressed = try text.withUnsafeBufferPointer { try compressor.compress($0) }
        var stream = TermStream(expectedTokens: result.text.tokens.count)
        IndexTerms.append(result.text, to: &stream)
        terms = stream
        let entities = StoredEntity.all(of: result)
        let relations = result.relations.map { StoredRelation(label: $0.label, source: $0.from, target: $0.to) }
        entityCount = entities.count
        entitiesJSON = encoder.entities(entities)
        relationsJSON = encoder.relations(relations)
        factKeys = FactKeys.keys(entities, relations)
    }
}
