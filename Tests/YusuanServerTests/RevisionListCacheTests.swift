import Synchronization
import Testing
import YusuanStorage

@testable import YusuanServer

@Suite("Revision list cache")
struct RevisionListCacheTests {
    static let key = DisclosureKey(department: DepartmentKey(region: "重庆市南岸区", code: "202"), year: 2025)

    static func revision(_ number: Int) -> RevisionInfo {
        RevisionInfo(
            key: RevisionKey(disclosure: key, number: number),
            departmentName: "重庆市南岸区人民政府办公室",
            contentHash: "hash-\(number)",
            source: nil,
            importedAt: "2026-11-23T00:00:00Z",
            factCount: 0,
            findingCount: 0
        )
    }

    /// A store stand-in that counts its reads and can gain revisions.
    final class Source: Sendable {
        let state = Mutex((reads: 0, revisions: [RevisionInfo]()))
        func read() -> [RevisionInfo] {
            state.withLock { state in
                state.reads += 1
                return state.revisions
            }
        }
        var reads: Int { state.withLock { $0.reads } }
        func publish(_ number: Int) { state.withLock { $0.revisions.append(RevisionListCacheTests.revision(number)) } }
    }

    @Test("a list is reused while fresh, read again after the freshness interval and after a local publish")
    func freshness() async throws {
        let now = Mutex<UInt64>(1_000)
        let cache = RevisionListCache(freshness: 1, clock: { now.withLock { $0 } })
        let source = Source()
        source.publish(1)
        #expect(try await cache.revisions(of: Self.key) { source.read() }.map(\.key.number) == [1])
        #expect(try await cache.revisions(of: Self.key) { source.read() }.map(\.key.number) == [1])
        #expect(source.reads == 1)

        // Published by another instance: not seen until the list is one second old.
        source.publish(2)
        now.withLock { $0 += 999_999_999 }
        #expect(try await cache.revisions(of: Self.key) { source.read() }.map(\.key.number) == [1])
        now.withLock { $0 += 1 }
        #expect(try await cache.revisions(of: Self.key) { source.read() }.map(\.key.number) == [1, 2])
        #expect(source.reads == 2)

        // Published through this instance: seen at once.
        source.publish(3)
        cache.invalidate(Self.key)
        #expect(try await cache.revisions(of: Self.key) { source.read() }.map(\.key.number) == [1, 2, 3])
        #expect(source.reads == 3)
    }

    @Test("an unknown disclosure is not remembered, so its first publication anywhere is found at once")
    func missingIsNotCached() async throws {
        let cache = RevisionListCache(freshness: 60)
        let source = Source()
        #expect(try await cache.revisions(of: Self.key) { source.read() }.isEmpty)
        source.publish(1)
        #expect(try await cache.revisions(of: Self.key) { source.read() }.map(\.key.number) == [1])
        #expect(source.reads == 2)
    }
}
