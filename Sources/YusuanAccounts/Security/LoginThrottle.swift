import Foundation

/// Counts failed sign-ins per key (an address, a login name) in a sliding window and says when a key must
/// wait: by default 5 failures in 15 minutes block the key until the oldest of them leaves the window.
///
/// The counts live in a ``LoginFailureLog``: the account store's, so that instances sharing one database share
/// them (five tries in the window for the whole deployment, not five per instance), or one in memory.
public struct LoginThrottle: Sendable {
    /// How many failures are allowed in the window.
    public let limit: Int
    /// The window, in seconds.
    public let window: TimeInterval
    /// Where the failures are counted.
    public let log: any LoginFailureLog

    /// Creates a throttle counting in `log` (by default in this process's memory).
    public init(limit: Int = 5, window: TimeInterval = 15 * 60, log: any LoginFailureLog = InMemoryLoginFailureLog()) {
        self.limit = limit
        self.window = window
        self.log = log
    }

    /// How long `keys` must wait at `now`, in seconds (the longest of them), or `nil` when none is blocked.
    public func retryAfter(_ keys: [String], now: Date = Date()) async throws -> TimeInterval? {
        let since = now.addingTimeInterval(-window)
        var longest: TimeInterval?
        for (_, recent) in try await log.loginFailures(keys: keys, since: since) {
            let inWindow = recent.filter { now.timeIntervalSince($0) < window }
            if inWindow.count >= limit, let oldest = inWindow.suffix(limit).first {
                let wait = window - now.timeIntervalSince(oldest)
                longest = max(longest ?? 0, wait)
            }
        }
        return longest
    }

    /// Records a failure for each key.
    public func recordFailure(_ keys: [String], now: Date = Date()) async throws {
        try await log.recordLoginFailure(keys: keys, at: now, forgetBefore: now.addingTimeInterval(-window))
    }

    /// Forgets the failures of a key (after a successful sign-in with that name).
    public func reset(_ key: String) async throws { try await log.clearLoginFailures(key: key) }
}
