import FouilleFormats

/// Counts of a batch run: no document is silently dropped.
struct BatchTally {
    var read = 0
    var extracted = 0
    var bytes = 0
    var failed = [InputFailure]()

    /// Prints `read N, extracted M, failed K` and the failed inputs, to standard error.
    func report(seconds: Double) {
        let rate = seconds > 0 ? String(format: ", %.1f MB/s", Double(bytes) / 1e6 / seconds) : ""
        Console.error("read \(read), extracted \(extracted), failed \(failed.count) (\(String(format: "%.2f", seconds)) s\(rate))")
        if !failed.isEmpty {
            Console.error("failed documents:")
            for failure in failed { Console.error("  \(failure)") }
        }
    }
}
