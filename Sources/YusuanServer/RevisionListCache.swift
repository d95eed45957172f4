import Foundation
import Synchronization
import YusuanStorage

/// The revision lists of disclosures, kept for a short time so a busy page or API answer does not ask the store
/// for them on every request (the lookup of the latest revision was the one store query per cached answer).
///
/// A list is reused for `freshness` seconds after it was read. A publish through this instance drops its entry at
/// once (``invalidate(_:)``); a revision published by another instance sharing the same PostgreSQL appears here at
/// most `freshness` seconds later. Older revisions never change, so the only staleness is a missing newest one.
public final class RevisionListCache: Sendable {
    private struct Entry {
        var revisions: [RevisionInfo]
        var readAt: UInt64
    }

    private let entries = Mutex<[DisclosureKey: Entry]>([:])
    private let freshnessNanoseconds: UInt64
    private let limit: Int
    private let clock: @Sendable () -> UInt64

    /// Creates a cache reusing a list for `freshness` seconds, holding at most `limit` lists. `clock` gives
    /// monotonic nanoseconds (tests pass their own).
    public init(
        freshness: Double = 1,
        limit: Int = 4_096,
        clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
    ) {
        self.freshnessNanoseconds = UInt64(max(0, freshness) * 1e9)
        self.limit = limit
        self.clock = clock
    }

    /// The revisions of `key` (oldest first): the cached list while fresh, otherwise the result of `read`.
    /// An empty list (no such disclosure) is not kept, so a disclosure published elsewhere is found at once.
    public func revisions(
        of key: DisclosureKey,
        read: () async throws -> [RevisionInfo]
    ) async throws -> [RevisionInfo] {
        let now = clock()
        if let entry = entries.withLock({ $0[key] }), now &- entry.readAt < freshnessNanoseconds {
            return entry.revisions
        }
        let revisions = try await read()
        guard !revisions.isEmpty else { return revisions }
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(revisions: revisions, readAt: now)
        }
        return revisions
    }

    /// Forgets the list of `key` (after a publish through this instance).
    public func invalidate(_ key: DisclosureKey) {
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }
}
