import Foundation
import HTTPTypes
import Synchronization
import YusuanRender

/// Prints PDF downloads with Chromium away from the server's request threads, a few at a time.
///
/// A print takes seconds and blocks the thread that waits for Chromium, so it runs on its own thread, never on
/// the concurrency pool that answers the other requests. At most `concurrent` Chromium processes run at once;
/// up to `waiting` more requests queue for a free slot; beyond that the request gets 503 (the server is busy
/// printing) instead of piling up processes. A printed PDF is cached per revision by the caller, so each
/// revision is printed once.
public final class PDFPrintQueue: Sendable {
    private struct State {
        var running = 0
        var waiters: [CheckedContinuation<Void, any Error>] = []
    }

    private let state = Mutex(State())
    /// Chromium processes allowed at once.
    public let concurrent: Int
    /// Requests allowed to wait for a free slot.
    public let waiting: Int
    private let print: @Sendable (Data) throws -> Data

    /// Creates a queue. `print` turns a page into a PDF (blocking); the default prints with Chromium.
    public init(
        concurrent: Int = 2,
        waiting: Int = 8,
        print: @escaping @Sendable (Data) throws -> Data = { try ChromiumPDFPrinter.pdf(html: $0) }
    ) {
        self.concurrent = max(1, concurrent)
        self.waiting = max(0, waiting)
        self.print = print
    }

    /// The PDF of `html`, printed on a thread of its own once a slot is free.
    /// - Throws: `PortalError` 503 when `concurrent` prints run and `waiting` requests already wait.
    public func pdf(html: Data) async throws -> Data {
        try await acquire()
        defer { release() }
        let print = self.print
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try print(html) })
            }
            thread.name = "yusuan-pdf"
            thread.start()
        }
    }

    private enum Admission {
        case run, wait, refuse
    }

    /// Takes a free slot, or waits in line for one, or — with `waiting` requests already in line — refuses.
    /// The decision and the enqueueing happen under one lock, so the line never grows past `waiting`.
    private func acquire() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let admission = state.withLock { state -> Admission in
                if state.running < concurrent {
                    state.running += 1
                    return .run
                }
                guard state.waiters.count < waiting else { return .refuse }
                state.waiters.append(continuation)
                return .wait
            }
            switch admission {
            case .run: continuation.resume()
            case .refuse:
                continuation.resume(
                    throwing: PortalError(
                        .serviceUnavailable,
                        code: "busy",
                        message: "服务器正在生成其他 PDF，请稍后再试（同时最多 \(concurrent) 份，排队最多 \(waiting) 份）"
                    )
                )
            case .wait: break  // resumed by `release()`
            }
        }
    }

    /// Hands the slot to the first waiter, or frees it.
    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            if state.waiters.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }

    /// Prints running and requests waiting, for tests and logs.
    public var load: (running: Int, waiting: Int) {
        state.withLock { ($0.running, $0.waiters.count) }
    }
}
