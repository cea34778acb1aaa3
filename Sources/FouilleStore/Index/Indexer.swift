import Dispatch
import FouilleExtraction
import FouilleLexicon
import FouilleText
import Foundation

/// Runs the extraction on every core and stores the results, one writer thread, batched transactions.
///
/// ```
/// reader ─▶ unchanged? (id + hash) ─▶ workers: extract, compress, terms, keys ─▶ queue ─▶ writer: SQLite
/// ```
/// Reports already stored with the same id and content hash skip the
/// extraction. The writer commits every ``IndexOptions/batchSize`` reports
/// together with the run's counts, so a killed run leaves a consistent store
/// that `--resume` completes to the same content as an uninterrupted run.
public final class Indexer {
    public let path: String
    public let lexicon: Lexicon
    public let options: IndexOptions

    public init(path: String, lexicon: Lexicon, options: IndexOptions = IndexOptions()) {
        self.path = path
        self.lexicon = lexicon
        self.options = options
    }

    /// The store's last run when it did not finish (what `--resume` continues), or nil.
    public static func interruptedRun(at path: String) throws -> IndexRun? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let store = try Store(path: path, access: .readWrite)
        guard let run = try IndexRun.latest(store.database), run.finishedAt == nil else { return nil }
        return run
    }

    /// Indexes what `next` yields until it answers nil. `inputs` names them for the run record.
    /// `progress` is called from the writer thread after each committed batch.
    public func run(inputs: [String], next: @escaping () -> IndexInput?,
                    progress: (@Sendable (IndexCounts) -> Void)? = nil) throws -> IndexReport {
        let clock = DispatchTime.now().uptimeNanoseconds
        let store = try Store(path: path, access: .create)
        let db = store.database
        var resumed = false
        var interruptedEarlier: IndexRun?
        var run = try db.transaction(immediate: true) { () -> IndexRun in
            let latest = try IndexRun.latest(db)
            if options.resume, let latest, latest.finishedAt == nil {
                resumed = true
                return try IndexRun.resume(db, latest)
            }
            if let latest, latest.finishedAt == nil { interruptedEarlier = latest }
            return try IndexRun.start(db, inputs: inputs, force: options.force)
        }
        let force = resumed ? run.force : options.force

        // The first reports make the compression dictionary of a new store.
        var buffered = [IndexInput]()
        if store.dictionary.isEmpty, try store.storedTextCount() == 0 {
            while buffered.count < StoreDictionary.sampleCount, let input = next() { buffered.append(input) }
            let texts = buffered.compactMap { input -> String? in if case .document(let d) = input { return d.text } else { return nil } }
            try store.setDictionary(StoreDictionary.make(from: texts))
        }
        let dictionary = store.dictionary

        let checker = try Store(path: path, access: .readWrite)
        let lookup = try StoreWriter.Lookup(store: checker)
        let queue = BoundedQueue<WriterItem>(capacity: 1024)
        let names = try AnnotationNames(store: store)
        let writer = WriterThread(store: store, names: names, run: run, batchSize: options.batchSize, replaceUnchanged: force,
                                  queue: queue, progress: progress)
        writer.start()

        var pending = buffered[...]
        var bytes = 0
        var clocks = [WorkerClock]()
        let runID = run.id
        OrderedParallelMap.run(
            workers: max(1, options.threads),
            next: { () -> IndexWork? in
                while !writer.failed {
                    guard let input = pending.popFirst() ?? next() else { return nil }
                    switch input {
                    case .failure(let failure): return .pass(.failure(failure))
                    case .document(let document):
                        let hash = ContentHash.of(document)
                        guard let stored = try? lookup.stored(document.id), stored.hash == hash else {
                            return .extract(document, hash)
                        }
                        if stored.run == runID { return .pass(resumed ? .alreadyStored : .unchanged) }
                        if force { return .extract(document, hash) }
                        return .pass(.unchanged)
                    }
                }
                return nil
            },
            makeJob: { [lexicon] in
                let pipeline = try? ExtractionPipeline(lexicon: lexicon)
                let compressor = try? TextCompressor(dictionary: dictionary)
                let encoder = AnnotationEncoder(names: names)
                let clock = WorkerClock()
                clocks.append(clock)
                return { work -> WriterItem in
                    switch work {
                    case .pass(let item): return item
                    case .extract(let document, let hash):
                        let source = document.metadata.source ?? document.id
                        guard let pipeline, let compressor else {
                            return .failure(IndexFailure(source: source, reason: "cannot start the extraction (ICU or zstd)"))
                        }
                        do {
                            guard clock.next() else {
                                let result = try pipeline.extract(document)
                                return .prepared(try PreparedDocument(result, hash: hash, compressor: compressor, encoder: encoder))
                            }
                            let start = threadCPUSeconds()
                            let result = try pipeline.extract(document)
                            let extracted = threadCPUSeconds()
                            let prepared = try PreparedDocument(result, hash: hash, compressor: compressor, encoder: encoder)
                            clock.add(extraction: extracted - start, preparation: threadCPUSeconds() - extracted)
                            return .prepared(prepared)
                        } catch {
                            return .failure(IndexFailure(source: source, reason: "extraction failed: \(error)"))
                        }
                    }
                }
            },
            consume: { item in
                if case .prepared(let document) = item { bytes += document.text.count }
                queue.push(item)
            }
        )
        queue.close()
        let outcome = writer.wait()
        if let error = outcome.error { throw error }
        run = outcome.run
        try? db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
        let timings = IndexTimings(extraction: clocks.reduce(0) { $0 + $1.extraction },
                                   preparation: clocks.reduce(0) { $0 + $1.preparation }, writing: outcome.cpuSeconds)
        return IndexReport(run: run, resumed: resumed, interruptedEarlier: interruptedEarlier, failures: outcome.failures,
                           bytesExtracted: bytes, seconds: seconds, timings: timings)
    }
}

/// What the reader side hands to the extraction workers.
enum IndexWork {
    case extract(Document, Int64)
    case pass(WriterItem)
}

/// What the workers hand to the writer, in input order.
enum WriterItem: Sendable {
    case prepared(PreparedDocument)
    /// Already stored with this content: counted, nothing written.
    case unchanged
    /// Stored by this very run before it was interrupted: neither written nor counted again.
    case alreadyStored
    case failure(IndexFailure)
}
