import Foundation

/// Counts failed sign-ins per key (an address, a login name) in a sliding window and says when a key must
/// wait: by default 5 failures in 15 minutes block the key until the oldest of them leaves the window.
///
/// Kept in memory, per process: several instances behind a load balancer each count their own failures.
public actor LoginThrottle {
    /// How many failures are allowed in the window.
    public let limit: Int
    /// The window, in seconds.
    public let window: TimeInterval
    /// The most keys remembered; when full, the oldest failures are forgotten first.
    public let capacity: Int
    private var failures: [String: [Date]] = [:]

    /// Creates a throttle.
    public init(limit: Int = 5, window: TimeInterval = 15 * 60, capacity: Int = 100_000) {
        self.limit = limit
        self.window = window
        self.capacity = capacity
    }

    /// How long `keys` must wait at `now`, in seconds (the longest of them), or `nil` when none is blocked.
    public func retryAfter(_ keys: [String], now: Date = Date()) -> TimeInterval? {
        var longest: TimeInterval?
        for key in keys {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            if recent.count >= limit, let oldest = recent.first {
                let wait = window - now.timeIntervalSince(oldest)
                longest = max(longest ?? 0, wait)
            }
        }
        return longest
    }

    /// Records a failure for each key.
    public func recordFailure(_ keys: [String], now: Date = Date()) {
        if failures.count >= capacity { prune(now: now) }
        for key in keys {
            var recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            recent.append(now)
            failures[key] = Array(recent.suffix(limit))
        }
    }

    /// Forgets the failures of a key (after a successful sign-in with that name).
    public func reset(_ key: String) { failures[key] = nil }

    private func prune(now: Date) {
        failures = failures.filter { _, dates in dates.contains { now.timeIntervalSince($0) < window } }
        if failures.count >= capacity {
            let newest = failures.sorted { ($0.value.last ?? .distantPast) > ($1.value.last ?? .distantPast) }
            failures = Dictionary(uniqueKeysWithValues: newest.prefix(capacity / 2).map { ($0.key, $0.value) })
        }
    }
}
