import Foundation
import Testing

@testable import yusuan

/// The ordered pipeline hands `consume` runs of the requested length, whatever order the work finishes in.
@Suite struct OrderedPipelineTests {
    /// Runs the pipeline over `count` inputs whose work finishes in index order, one at a time (each input waits a
    /// little longer than the one before), and returns the lengths of the runs consumed.
    static func runLengths(count: Int, window: Int, minimumRun: Int) async throws -> (runs: [Int], order: [Int]) {
        var runs: [Int] = []
        var order: [Int] = []
        try await OrderedPipeline.run(count: count, window: window, minimumRun: minimumRun) { index in
            // Later inputs finish later: the first result arrives alone, as on a loaded machine.
            try? await Task.sleep(for: .milliseconds(2 * (index % window) + 1))
            return index
        } consume: { first, outputs in
            #expect(outputs.first == first)
            runs.append(outputs.count)
            order += outputs
        }
        return (runs, order)
    }

    /// Before, a run was consumed whenever the window was full, which it is again as soon as it has been refilled:
    /// `db import` wrote batches of one document (2,796 transactions for 3,000 documents into PostgreSQL).
    @Test func runsAreAtLeastTheMinimumExceptTheLast() async throws {
        let (runs, order) = try await Self.runLengths(count: 100, window: 32, minimumRun: 16)
        #expect(order == Array(0..<100))
        #expect(runs.dropLast().allSatisfy { $0 >= 16 }, "runs: \(runs)")
        #expect(runs.count <= 100 / 16 + 1, "runs: \(runs)")
    }

    /// A window smaller than the minimum run cannot hold a run that long: whatever is done is consumed, nothing
    /// waits forever.
    @Test func aWindowSmallerThanTheMinimumRunStillEnds() async throws {
        let (runs, order) = try await Self.runLengths(count: 20, window: 4, minimumRun: 8)
        #expect(order == Array(0..<20))
        #expect(runs.allSatisfy { $0 <= 4 }, "runs: \(runs)")
        #expect(runs.reduce(0, +) == 20)
    }
}
