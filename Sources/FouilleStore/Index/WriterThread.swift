import Foundation

/// The one thread that writes: drains the queue into batched transactions.
///
/// Each commit holds a batch of reports (at most `batchSize`) and the run's
/// counts, so the run row always matches the store. On an error the thread stops, abandons the queue
/// (the reader side sees ``failed`` and stops reading) and rolls the batch back.
final class WriterThread: @unchecked Sendable {
    struct Outcome {
        var run: IndexRun
        var failures: [IndexFailure]
        var error: Error?
        /// CPU time of the writer thread.
        var cpuSeconds = 0.0
    }

    private let store: Store
    private let names: AnnotationNames
    private let batchSize: Int
    private let replaceUnchanged: Bool
    private let queue: BoundedQueue<WriterItem>
    private let progress: (@Sendable (IndexCounts) -> Void)?
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Outcome
    private let lock = NSLock()
    private var stopped = false

    init(store: Store, names: AnnotationNames, run: IndexRun, batchSize: Int, replaceUnchanged: Bool, queue: BoundedQueue<WriterItem>,
         progress: (@Sendable (IndexCounts) -> Void)?) {
        self.store = store
        self.names = names
        self.batchSize = max(1, batchSize)
        self.replaceUnchanged = replaceUnchanged
        self.queue = queue
        self.progress = progress
        self.outcome = Outcome(run: run, failures: [], error: nil)
    }

    /// True once the writer has stopped on an error.
    var failed: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    func start() {
        let thread = Thread { [self] in
            let start = threadCPUSeconds()
            defer { outcome.cpuSeconds = threadCPUSeconds() - start; done.signal() }
            do { try loop() } catch {
                try? store.database.execute("ROLLBACK")
                outcome.error = error
                lock.lock(); stopped = true; lock.unlock()
                queue.abandon()
            }
        }
        thread.name = "fouille-store-writer"
        thread.start()
    }

    /// Waits for the writer to drain the closed queue and finish the run.
    func wait() -> Outcome {
        done.wait()
        return outcome
    }

    /// A transaction is open only while there is work: the writer waits (outside any transaction) for a
    /// full batch or a quarter of a second, then writes what is waiting, up to `batchSize`, and commits.
    /// Between batches the store is free, so a search can record its audit row while a long run goes
    /// on; and a slow extraction does not turn into one commit per report.
    private func loop() throws {
        let db = store.database
        let writer = try StoreWriter(store: store, names: names)
        while true {
            queue.wait(forItems: batchSize, timeout: 0.25)
            guard let first = queue.pop() else { break }
            try db.execute("BEGIN IMMEDIATE")
            var item: WriterItem? = first
            var inBatch = 0
            while let current = item {
                try write(current, writer)
                inBatch += 1
                item = inBatch < batchSize ? queue.tryPop() : nil
            }
            try IndexRun.save(db, outcome.run, finished: false)
            try db.execute("COMMIT")
            progress?(outcome.run.counts)
        }
        try db.transaction(immediate: true) { try IndexRun.save(db, outcome.run, finished: true) }
        outcome.run.finishedAt = Store.now()
    }

    private func write(_ item: WriterItem, _ writer: StoreWriter) throws {
        switch item {
        case .prepared(let document):
            outcome.run.counts.read += 1
            switch try writer.write(document, run: outcome.run.id, replaceUnchanged: replaceUnchanged) {
            case .added: outcome.run.counts.added += 1
            case .replaced: outcome.run.counts.replaced += 1
            case .unchanged: outcome.run.counts.unchanged += 1
            }
        case .unchanged:
            outcome.run.counts.read += 1
            outcome.run.counts.unchanged += 1
        case .alreadyStored:
            break
        case .failure(let failure):
            outcome.run.counts.read += 1
            outcome.run.counts.failed += 1
            outcome.failures.append(failure)
            try IndexRun.recordFailure(store.database, run: outcome.run.id, failure)
        }
    }
}
