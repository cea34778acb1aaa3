import Dispatch
import Foundation

/// Runs a job on every core over a stream of inputs, handing results back in input order.
///
/// Inputs are pulled a chunk at a time, so memory holds one chunk however long
/// the stream; each worker gets its own job instance (pipelines are not
/// thread-safe), built once.
public enum OrderedParallelMap {
    /// The number of cores available.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Pulls inputs with `next` until it answers nil, runs `job` on them with
    /// `workers` threads, and calls `consume` with each output in input order.
    public static func run<Input, Output>(
        workers: Int = defaultWorkers,
        chunkSize: Int = 256,
        next: () -> Input?,
        makeJob: () throws -> (Input) -> Output,
        consume: (Output) -> Void
    ) rethrows {
        let workers = max(1, workers)
        let jobs = try (0..<workers).map { _ in try makeJob() }
        var chunk = [Input]()
        chunk.reserveCapacity(chunkSize)
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < chunkSize, let input = next() { chunk.append(input) }
            if chunk.isEmpty { return }
            if workers == 1 || chunk.count == 1 {
                for input in chunk { consume(jobs[0](input)) }
                continue
            }
            let outputs = UnsafeMutableBufferPointer<Output?>.allocate(capacity: chunk.count)
            outputs.initialize(repeating: nil)
            let count = chunk.count
            chunk.withUnsafeBufferPointer { inputs in
                // Worker w takes items w, w + workers, ...: no two threads write the same slot.
                DispatchQueue.concurrentPerform(iterations: min(workers, count)) { w in
                    var i = w
                    while i < count {
                        outputs[i] = jobs[w](inputs[i])
                        i += workers
                    }
                }
            }
            for i in 0..<count { consume(outputs[i]!) }
            outputs.deinitialize()
            outputs.deallocate()
        }
    }
}
