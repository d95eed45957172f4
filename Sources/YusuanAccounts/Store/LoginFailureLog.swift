import Foundation

/// Where failed sign-ins are counted, per key (`ip:192.0.2.1`, `user:zhang`), for the ``LoginThrottle``.
///
/// Every ``AccountStore`` is one, so instances sharing a database (several `yusuan serve` against one
/// PostgreSQL) share their counts: an attacker gets the same five tries in 15 minutes however many instances
/// answer. ``InMemoryLoginFailureLog`` keeps them for one process.
public protocol LoginFailureLog: Sendable {
    /// Records a failed sign-in at `date` under each key, and forgets every failure before `forgetBefore`.
    func recordLoginFailure(keys: [String], at date: Date, forgetBefore: Date) async throws

    /// The failures of each key at or after `since`, oldest first; keys without any are absent.
    func loginFailures(keys: [String], since: Date) async throws -> [String: [Date]]

    /// Forgets the failures of a key (after a successful sign-in with that name).
    func clearLoginFailures(key: String) async throws
}

/// Failed sign-ins in memory, for one process (a bounded number of keys: when full, the oldest are forgotten).
public actor InMemoryLoginFailureLog: LoginFailureLog {
    private var failures = LoginFailureTable()

    /// Creates an empty log remembering at most `capacity` keys.
    public init(capacity: Int = 100_000) {
        failures.capacity = capacity
    }

    public func recordLoginFailure(keys: [String], at date: Date, forgetBefore: Date) {
        failures.record(keys: keys, at: date, forgetBefore: forgetBefore)
    }

    public func loginFailures(keys: [String], since: Date) -> [String: [Date]] {
        failures.failures(keys: keys, since: since)
    }

    public func clearLoginFailures(key: String) { failures.clear(key) }
}

/// The in-memory table behind ``InMemoryLoginFailureLog`` and ``InMemoryAccountStore``.
struct LoginFailureTable: Sendable {
    var capacity = 100_000
    private var dates: [String: [Date]] = [:]
    /// Old failures of every key are forgotten at most once a minute (of the callers' clock), not on each record.
    private var nextSweep = Date.distantPast

    mutating func record(keys: [String], at date: Date, forgetBefore: Date) {
        if dates.count >= capacity || forgetBefore >= nextSweep {
            prune(before: forgetBefore)
            nextSweep = forgetBefore.addingTimeInterval(60)
        }
        let stored = StoredTime.rounded(date)
        for key in keys {
            var recent = (dates[key] ?? []).filter { $0 >= forgetBefore }
            recent.append(stored)
            dates[key] = recent
        }
    }

    func failures(keys: [String], since: Date) -> [String: [Date]] {
        var found: [String: [Date]] = [:]
        for key in Set(keys) {
            let recent = (dates[key] ?? []).filter { $0 >= since }.sorted()
            if !recent.isEmpty { found[key] = recent }
        }
        return found
    }

    mutating func clear(_ key: String) { dates[key] = nil }

    private mutating func prune(before date: Date) {
        dates = dates.compactMapValues { dates in
            let recent = dates.filter { $0 >= date }
            return recent.isEmpty ? nil : recent
        }
        if dates.count >= capacity {
            let newest = dates.sorted { ($0.value.last ?? .distantPast) > ($1.value.last ?? .distantPast) }
            dates = Dictionary(uniqueKeysWithValues: newest.prefix(capacity / 2).map { ($0.key, $0.value) })
        }
    }
}
