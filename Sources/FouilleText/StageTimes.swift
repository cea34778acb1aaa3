import Foundation

/// CPU seconds spent in each stage of the text layer, summed over documents.
public struct StageTimes: Sendable {
    public var folding = 0.0
    public var segmentation = 0.0
    public var tokenRules = 0.0
    public var sentencesAndSections = 0.0

    public init() {}

    /// The calling thread's CPU time, in seconds.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
