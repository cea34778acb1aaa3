import FouilleExtraction
import FouilleText

/// A report ready to be written: everything CPU-heavy done by an extraction worker.
///
/// The writer thread only binds these values into SQLite: the text is
/// already compressed, its index terms computed (from the extraction's own
/// tokens), its entities and fact keys laid out. The analysed text (folded
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
    var entities: [StoredEntity]
    var relations: [StoredRelation]
    var factKeys: String

    init(_ result: ExtractionResult, hash: Int64, compressor: TextCompressor) throws {
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
        entities = StoredEntity.all(of: result)
        relations = result.relations.map { StoredRelation(label: $0.label, source: $0.from, target: $0.to) }
        factKeys = FactKeys.keys(entities, relations)
    }
}
