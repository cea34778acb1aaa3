import Foundation

/// What an index run did.
public struct IndexReport: Sendable {
    public var run: IndexRun
    /// The run continued an interrupted one (`--resume`).
    public var resumed: Bool
    /// An earlier run was interrupted and this one started afresh (stored reports were skipped either way).
    public var interruptedEarlier: IndexRun?
    /// Failures of this run, in input order.
    public var failures: [IndexFailure]
    /// UTF-8 bytes of the reports extracted and written by this invocation.
    public var bytesExtracted: Int
    public var seconds: Double
    /// CPU time per stage, summed over threads.
    public var timings: IndexTimings
}

/// CPU seconds spent in each stage of an index run, summed over the threads that ran it.
public struct IndexTimings: Sendable {
    /// The extraction pipeline (text layer, lexicons, patterns, context), on the workers
    /// (estimated from one report in ``WorkerClock/sampling``).
    public var extraction = 0.0
    /// Compression, index terms, entity rows and fact keys, on the workers (estimated likewise).
    public var preparation = 0.0
    /// The writer thread: SQLite (tables, both FTS indexes, commits).
    public var writing = 0.0
}

/// Thread CPU time, which other processes on the machine do not inflate.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// One worker's share of ``IndexTimings`` (each worker writes only its own).
///
/// Reading a thread's CPU clock is a system call (no vDSO for thread clocks):
/// three per report cost ~1 % of indexing, so one report in ``sampling`` is
/// timed and the sums are scaled by the reports seen over the reports timed.
final class WorkerClock: @unchecked Sendable {
    static let sampling = 8
    private var timedExtraction = 0.0
    private var timedPreparation = 0.0
    private var seen = 0
    private var timed = 0

    /// True when the next report is timed; counts it.
    func next() -> Bool {
        seen += 1
        guard seen % Self.sampling == 1 else { return false }
        timed += 1
        return true
    }

    func add(extraction: Double, preparation: Double) {
        timedExtraction += extraction
        timedPreparation += preparation
    }

    private var scale: Double { timed == 0 ? 0 : Double(seen) / Double(timed) }
    /// Estimated CPU seconds of extraction and preparation for every report seen.
    var extraction: Double { timedExtraction * scale }
    var preparation: Double { timedPreparation * scale }
}
