import Foundation
import HTTPTypes
import Synchronization
import Testing

@testable import YusuanServer

@Suite("PDF print queue")
struct PDFPrintQueueTests {
    /// A printer stand-in that blocks until released and counts how many print at once.
    final class Printer: Sendable {
        let gate = DispatchSemaphore(value: 0)
        let counts = Mutex((now: 0, most: 0, done: 0))
        func print(_ html: Data) throws -> Data {
            counts.withLock {
                $0.now += 1
                $0.most = max($0.most, $0.now)
            }
            gate.wait()
            counts.withLock {
                $0.now -= 1
                $0.done += 1
            }
            return Data("%PDF-".utf8) + html
        }
    }

    static func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
        #expect(condition())
    }

    @Test("two prints at once, one waiting, the next refused with 503; all admitted prints finish")
    func admission() async throws {
        let printer = Printer()
        let queue = PDFPrintQueue(concurrent: 2, waiting: 1, print: { try printer.print($0) })
        let admitted = (0..<3).map { index in
            Task { try await queue.pdf(html: Data("page \(index)".utf8)) }
        }
        try await Self.waitUntil { queue.load == (2, 1) && printer.counts.withLock { $0.now } == 2 }

        do {
            _ = try await queue.pdf(html: Data("one too many".utf8))
            Issue.record("the fourth print should have been refused")
        } catch let error as PortalError {
            #expect(error.status == .serviceUnavailable)
            #expect(error.code == "busy")
        }

        for _ in 0..<3 { printer.gate.signal() }
        var outputs: [String] = []
        for task in admitted { outputs.append(String(decoding: try await task.value, as: UTF8.self)) }
        #expect(outputs == ["%PDF-page 0", "%PDF-page 1", "%PDF-page 2"])
        #expect(printer.counts.withLock { $0.most } == 2)
        #expect(printer.counts.withLock { $0.done } == 3)
        #expect(queue.load == (0, 0))
    }

    @Test("a failing print frees its slot and reports the failure")
    func failure() async throws {
        struct PrintFailed: Error {}
        let queue = PDFPrintQueue(concurrent: 1, waiting: 0, print: { _ in throw PrintFailed() })
        await #expect(throws: PrintFailed.self) { try await queue.pdf(html: Data()) }
        #expect(queue.load == (0, 0))
        await #expect(throws: PrintFailed.self) { try await queue.pdf(html: Data()) }
    }
}
