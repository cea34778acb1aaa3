import Foundation

/// CPU seconds spent in each stage of the text layer, summed over documents.
public struct StageTimes: Sendable {
    public var folding = 0.0
    public var segmentation = 0.0
    public var tokenRules = 0.0
    public var sections = 0.0
    /// Sentences, and each token's sentence and section.
    public var sentences = 0.0

    /// Normalisation, tokenisation and sentences: the text layer without section detection.
    public var withoutSections: Double { folding + segmentation + tokenRules + sentences }

    public init() {}

    /// The calling thread's CPU time, in seconds.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
