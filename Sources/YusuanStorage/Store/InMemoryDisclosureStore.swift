import Foundation
import YusuanCore

/// A ``DisclosureStore`` in memory, for tests and previews. It behaves like the database stores: revisions are
/// append-only, an identical import is `unchanged`, and every import is all-or-nothing.
public actor InMemoryDisclosureStore: DisclosureStore {
    private struct StoredRevision {
        var info: RevisionInfo
        var canonicalJSON: Data
        var facts: [Fact]
        var findings: [StoredFinding]
        /// The order in which revisions were stored (1, 2, 3 … across the store).
        var id: Int64 = 0
        /// The unit of each table's facts.
        var units: [TableKind: AmountUnit] = [:]
        /// The amounts of the generic tables.
        var genericFacts: [GenericFact] = []
    }

    private var revisionCount: Int64 = 0

    private var departmentsByKey: [DepartmentKey: Department] = [:]
    /// The year of the document that gave each department its name.
    private var nameYears: [DepartmentKey: Int] = [:]
    private var revisionsByKey: [DisclosureKey: [StoredRevision]] = [:]
    private var events: [LineageEvent] = []

    /// Creates an empty store.
    public init() {}

    public func importDocument(_ document: PreparedDocument) async throws -> ImportResult {
        let key = document.key
        let existing = revisionsByKey[key] ?? []
        if let identical = existing.first(where: { $0.info.contentHash == document.contentHash }) {
            return ImportResult(
                status: .unchanged,
                revision: identical.info.key,
                contentIsLatest: existing.last?.info.contentHash == document.contentHash
            )
        }
        let identity = document.disclosure.identity
        let departmentKey = key.department
        if var department = departmentsByKey[departmentKey] {
            if identity.year >= (nameYears[departmentKey] ?? Int.min) {
                department.name = identity.departmentName
                department.level = document.departmentLevel ?? department.level
                nameYears[departmentKey] = identity.year
            }
            departmentsByKey[departmentKey] = department
        } else {
            departmentsByKey[departmentKey] = Department(
                key: departmentKey,
                name: identity.departmentName,
                level: document.departmentLevel
            )
            nameYears[departmentKey] = identity.year
        }
        let revision = RevisionKey(disclosure: key, number: existing.count + 1)
        let info = RevisionInfo(
            key: revision,
            departmentName: identity.departmentName,
            contentHash: document.contentHash,
            source: document.source,
            importedAt: StorageClock.timestamp(),
            factCount: document.facts.count,
            findingCount: document.findings.count
        )
        revisionCount += 1
        var units: [TableKind: AmountUnit] = [:]
        for table in TableKind.allCases { units[table] = FactsView.unit(of: table, in: document.disclosure) }
        revisionsByKey[key, default: []].append(
            StoredRevision(
                info: info,
                canonicalJSON: document.canonicalJSON,
                facts: document.facts,
                findings: document.findings,
                id: revisionCount,
                units: units,
                genericFacts: document.genericFacts
            )
        )
        return ImportResult(status: existing.isEmpty ? .created : .revised, revision: revision)
    }

    public func registerDepartment(_ department: Department) async throws {
        if var existing = departmentsByKey[department.key] {
            existing.name = department.name
            existing.level = department.level ?? existing.level
            existing.parentCode = department.parentCode ?? existing.parentCode
            departmentsByKey[department.key] = existing
        } else {
            departmentsByKey[department.key] = department
        }
    }

    public func departments(region: String?) async throws -> [Department] {
        departmentsByKey.values.filter { region == nil || $0.region == region }.sorted { $0.key < $1.key }
    }

    public func disclosures(region: String?, year: Int?) async throws -> [DisclosureListing] {
        revisionsByKey.compactMap { key, revisions -> DisclosureListing? in
            guard region == nil || key.department.region == region, year == nil || key.year == year,
                let last = revisions.last
            else { return nil }
            return DisclosureListing(
                key: key,
                departmentName: last.info.departmentName,
                latestRevision: last.info.key.number,
                revisionCount: revisions.count
            )
        }.sorted { $0.key < $1.key }
    }

    public func revisions(of key: DisclosureKey) async throws -> [RevisionInfo] {
        (revisionsByKey[key] ?? []).map(\.info)
    }

    private func stored(_ revision: RevisionKey) throws -> StoredRevision {
        guard let revisions = revisionsByKey[revision.disclosure], revision.number >= 1,
            revision.number <= revisions.count
        else { throw StorageError(.notFound, "no revision \(revision) is stored") }
        return revisions[revision.number - 1]
    }

    public func document(_ revision: RevisionKey) async throws -> Disclosure {
        try CanonicalJSON.decode(stored(revision).canonicalJSON)
    }

    public func facts(_ revision: RevisionKey) async throws -> [Fact] { try stored(revision).facts }

    public func findings(_ revision: RevisionKey) async throws -> [StoredFinding] { try stored(revision).findings }

    public func latestFacts(of keys: [DisclosureKey], tables: Set<TableKind>?) async throws -> [DisclosureFacts] {
        keys.compactMap { key in
            guard let last = revisionsByKey[key]?.last else { return nil }
            let facts = tables.map { wanted in last.facts.filter { wanted.contains($0.table) } } ?? last.facts
            return DisclosureFacts(revision: last.info.key, departmentName: last.info.departmentName, facts: facts)
        }
    }

    public func latestFacts(region: String, year: Int, kind: DocumentKind, tables: Set<TableKind>?) async throws
        -> [DisclosureFacts]
    {
        let keys = revisionsByKey.keys.filter { $0.department.region == region && $0.year == year && $0.kind == kind }
        return try await latestFacts(of: keys.sorted(), tables: tables)
    }

    /// The stored revisions that pass a filter's region, year and revisions, in the order they were stored.
    private func revisions(passing filter: FactFilter) -> [(revision: StoredRevision, isLatest: Bool)] {
        var found: [(revision: StoredRevision, isLatest: Bool)] = []
        for (key, revisions) in revisionsByKey
        where (filter.region == nil || key.department.region == filter.region)
            && (filter.year == nil || key.year == filter.year)
        {
            for (index, revision) in revisions.enumerated() where !filter.latestOnly || index == revisions.count - 1 {
                found.append((revision, index == revisions.count - 1))
            }
        }
        return found.sorted { $0.revision.id < $1.revision.id }
    }

    public func factRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FactRow>
    {
        var rows: [FactRow] = []
        var last: RowPosition?
        for (revision, isLatest) in revisions(passing: filter) where revision.id >= position?.revisionID ?? 0 {
            // By table, then in stored order, then the generic tables' amounts in their order, as the database
            // stores give them.
            let typed = revision.facts.enumerated().sorted {
                ($0.element.table, $0.offset) < ($1.element.table, $1.offset)
            }.map(\.element)
            let amounts =
                typed.map { fact in
                    FactRow(
                        revision: revision.info.key,
                        departmentName: revision.info.departmentName,
                        isLatest: isLatest,
                        fact: fact,
                        unit: revision.units[fact.table] ?? .tenThousandYuan
                    )
                }
                + revision.genericFacts.map { fact in
                    FactRow(
                        revision: revision.info.key,
                        departmentName: revision.info.departmentName,
                        isLatest: isLatest,
                        generic: fact
                    )
                }
            for (ordinal, row) in amounts.enumerated() where filter.admits(row) {
                if let position, revision.id == position.revisionID, ordinal <= position.ordinal { continue }
                if rows.count == limit { return RowPage(rows: rows, next: last) }
                rows.append(row)
                let table = row.table.number ?? FactsView.genericTableNumber
                last = RowPosition(revisionID: revision.id, table: table, ordinal: ordinal)
            }
        }
        return RowPage(rows: rows, next: nil)
    }

    public func findingRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FindingRow>
    {
        var rows: [FindingRow] = []
        var last: RowPosition?
        for (revision, isLatest) in revisions(passing: filter) where revision.id >= position?.revisionID ?? 0 {
            for (ordinal, finding) in revision.findings.enumerated() {
                if let position, revision.id == position.revisionID, ordinal <= position.ordinal { continue }
                if rows.count == limit { return RowPage(rows: rows, next: last) }
                rows.append(
                    FindingRow(
                        revision: revision.info.key,
                        departmentName: revision.info.departmentName,
                        isLatest: isLatest,
                        finding: finding
                    )
                )
                last = RowPosition(revisionID: revision.id, table: 0, ordinal: ordinal)
            }
        }
        return RowPage(rows: rows, next: nil)
    }

    public func addLineageEvent(_ event: LineageEvent) async throws -> LineageEvent {
        try LineageEvent.validate(event)
        var stored = event
        stored.id = Int64(events.count + 1)
        events.append(stored)
        return stored
    }

    public func lineageEvents(region: String?) async throws -> [LineageEvent] {
        events.filter { region == nil || $0.region == region }.sorted {
            ($0.effectiveYear, $0.id) < ($1.effectiveYear, $1.id)
        }
    }

    public func close() async throws {}
}

/// Timestamps for stored rows.
public enum StorageClock {
    /// The current time as ISO 8601 in UTC with milliseconds (`2025-03-01T08:30:00.123Z`).
    public static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}

extension LineageEvent {
    /// Checks that an event can be stored: codes on both sides, no code twice on one side.
    /// - Throws: ``StorageError`` `invalidArgument` otherwise.
    public static func validate(_ event: LineageEvent) throws {
        guard !event.fromCodes.isEmpty, !event.toCodes.isEmpty else {
            throw StorageError(.invalidArgument, "a lineage event needs at least one code before and one after")
        }
        guard Set(event.fromCodes).count == event.fromCodes.count, Set(event.toCodes).count == event.toCodes.count
        else {
            throw StorageError(.invalidArgument, "a lineage event lists a code twice on one side")
        }
        if event.kind == .rename, event.fromCodes.count != 1 || event.toCodes.count != 1 {
            throw StorageError(.invalidArgument, "a rename has exactly one code before and one after")
        }
    }
}
