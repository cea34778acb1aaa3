import FouilleExtraction
import FouilleText

/// What the indexer reads: a report, or an input that could not be read.
public enum IndexInput: Sendable {
    case document(Document)
    case failure(IndexFailure)
}

/// How an index run goes.
public struct IndexOptions: Sendable {
    /// Extraction threads (the writer thread comes on top).
    public var threads = OrderedParallelMap.defaultWorkers
    /// At most this many reports per transaction: a kill loses at most one batch of work, never consistency.
    public var batchSize = 500
    /// Continue the store's last run if it was interrupted, with its counts.
    public var resume = false
    /// Extract and store again reports whose id and content are already stored (after a lexicon change).
    public var force = false

    public init() {}
}
