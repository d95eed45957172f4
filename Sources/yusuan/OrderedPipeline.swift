import Foundation

/// Work on many inputs in parallel with a bounded number in flight, the results consumed in input order.
///
/// At most `window` inputs are started and not yet handed to `consume`, so memory holds that many results (and the
/// run being consumed) whatever the number of inputs; a slow input holds back the consumption of the ones after it,
/// not their work.
enum OrderedPipeline {
    /// The default window: eight inputs per core, at least 16.
    static var defaultWindow: Int { max(16, ProcessInfo.processInfo.activeProcessorCount * 8) }

    /// Runs `work` for the indices `0..<count` in parallel and hands the results to `consume` in index order.
    /// - Parameters:
    ///   - count: the number of inputs.
    ///   - window: how many inputs may be started and not yet consumed.
    ///   - minimumRun: `consume` gets runs of at least this many consecutive results, unless every input started
    ///     is done (then whatever is ready in order: the window is smaller than the run, or the inputs end).
    ///   - work: the work on one input, run on any thread.
    ///   - consume: called on the caller's task with the index of the first result of a run and the run.
    static func run<Output: Sendable>(
        count: Int,
        window: Int = defaultWindow,
        minimumRun: Int = 1,
        work: @escaping @Sendable (Int) async -> Output,
        consume: (_ first: Int, _ outputs: [Output]) async throws -> Void
    ) async throws {
        let window = max(1, window)
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            var taken = 0
            var pending: [Int: Output] = [:]
            func submit() {
                while next < count, next - taken < window {
                    let index = next
                    group.addTask { (index, await work(index)) }
                    next += 1
                }
            }
            submit()
            while let (index, output) = try await group.next() {
                pending[index] = output
                var end = taken
                while pending[end] != nil { end += 1 }
                // A shorter run is consumed only when nothing started after it is still running (every input
                // started is done: the window is full or every input has been started). Waiting for the input at
                // `end` is safe: it was started and has not finished. (Consuming whenever the window was full made
                // runs of one result on a loaded machine: the window is full again as soon as it is refilled.)
                if end > taken, end - taken >= minimumRun || end == next {
                    let outputs = (taken..<end).compactMap { pending.removeValue(forKey: $0) }
                    let first = taken
                    taken = end
                    // The window refilled first: the workers go on while `consume` writes (a store's writer takes
                    // a while), so at most `window` results wait beside the run being consumed.
                    submit()
                    try await consume(first, outputs)
                }
                submit()
            }
        }
    }
}
