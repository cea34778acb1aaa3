import FouilleExtraction
import FouilleFormats
import FouilleLexicon

/// One worker's job in a batch: a read result in, an extraction or the reason it failed out.
enum ExtractionJob {
    /// Builds a job with its own pipeline (pipelines are not thread-safe; the lexicon is shared).
    static func make(lexicon: Lexicon) throws -> (ReadResult) -> Result<ExtractionResult, InputFailure> {
        let pipeline = try ExtractionPipeline(lexicon: lexicon)
        return { item in
            switch item {
            case .failure(let failure): return .failure(failure)
            case .document(let document):
                do { return .success(try pipeline.extract(document)) } catch {
                    return .failure(InputFailure(source: document.metadata.source ?? document.id, reason: "extraction failed: \(error)"))
                }
            }
        }
    }
}
