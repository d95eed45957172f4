import Foundation
import Synchronization

/// A bounded cache of values derived from immutable revisions (decoded documents, rendered pages, JSON bodies).
/// A revision's content never changes, so an entry keyed by its content hash never goes stale. Shared by all
/// requests; thread-safe.
public final class RevisionCache<Value: Sendable>: Sendable {
    private let entries = Mutex<[String: Value]>([:])
    private let limit: Int

    /// Creates a cache holding at most `limit` entries (when full, it is emptied and refills with what is asked).
    public init(limit: Int = 512) {
        self.limit = limit
    }

    /// The cached value for `key`, or the result of `make`, stored for next time.
    public func value(for key: String, make: () throws -> Value) rethrows -> Value {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let value = try make()
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }

    /// The cached value for `key`, or the result of `make` (which may suspend), stored for next time.
    public func asyncValue(for key: String, make: () async throws -> Value) async rethrows -> Value {
        if let hit = value(ifPresent: key) { return hit }
        let value = try await make()
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }

    /// The cached value for `key`, or `nil`.
    public func value(ifPresent key: String) -> Value? { entries.withLock { $0[key] } }

    /// The number of entries held.
    public var count: Int { entries.withLock { $0.count } }
}

/// A body ready to send with its strong entity tag.
public struct TaggedBody: Sendable {
    public var data: Data
    /// The entity tag, quoted (`"3f2a…"`).
    public var etag: String
    public var contentType: String

    /// Creates a tagged body.
    public init(data: Data, etag: String, contentType: String) {
        self.data = data
        self.etag = etag
        self.contentType = contentType
    }
}
