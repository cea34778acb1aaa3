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
    /// The extraction pipeline (text layer, lexicons, patterns, context), on the workers.
    public var extraction = 0.0
    /// Compression, index terms, entity rows and fact keys, on the workers.
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
final class WorkerClock: @unchecked Sendable {
    var extraction = 0.0
    var preparation = 0.0
}
