import Foundation
import Logging
import PostgresNIO
import YusuanCore
import YusuanStorage

/// Reading the stored amounts: of a revision, of the latest revisions, and page by page for the `facts` view.
extension PostgresDisclosureStore {
    public func facts(_ revision: RevisionKey) async throws -> [Fact] {
        let id = try await revisionID(revision)
        return try await facts(revisionIDs: [id], tables: nil)[id] ?? []
    }

    /// The amounts of the packs of `fact_pack p` (``FactRowsJSON``), one row each: `f.value` the amount's array,
    /// `f.ordinal` its place in the pack (from 1; the packs go table by table), `t.number` its typed table's number
    /// (NULL for a generic table's amount, whose first element is its table's identifier).
    static let packedFacts = """
        CROSS JOIN LATERAL jsonb_array_elements(p.facts) WITH ORDINALITY AS f(value, ordinal)
        CROSS JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(f.value -> 0) = 'number' THEN (f.value ->> 0)::integer END
            AS number) t
        """

    /// The facts of several revisions, by revision id.
    private func facts(revisionIDs: [Int64], tables: Set<TableKind>?) async throws -> [Int64: [Fact]] {
        guard !revisionIDs.isEmpty else { return [:] }
        let tableFilter =
            tables.map { " AND t.number IN (\($0.map { String($0.rawValue) }.sorted().joined(separator: ",")))" }
            ?? " AND t.number IS NOT NULL"
        let rows = try await client.query(
            """
            SELECT p.revision_id, t.number, f.value ->> 1, f.value ->> 2, f.value ->> 3, f.value ->> 4, f.value ->> 5
            FROM fact_pack p \(unescaped: Self.packedFacts)
            WHERE p.revision_id = ANY(\(revisionIDs)::int8[])\(unescaped: tableFilter) ORDER BY p.revision_id, f.ordinal
            """,
            logger: logger
        )
        var result: [Int64: [Fact]] = [:]
        for try await (revision, table, row, rowKind, name, column, amount) in rows.decode(
            (Int64, Int, String, String, String, String, String).self
        ) {
            result[revision, default: []].append(try Self.fact(table, row, rowKind, name, column, amount))
        }
        return result
    }

    static func fact(_ table: Int, _ row: String, _ rowKind: String, _ name: String, _ column: String, _ amount: String)
        throws
        -> Fact
    {
        guard let tableKind = TableKind(rawValue: table), let kind = Fact.RowKind(rawValue: rowKind),
            let value = Amount(amount)
        else {
            throw StorageError(.corrupt, "a stored fact has table \(table), row kind '\(rowKind)', amount '\(amount)'")
        }
        return Fact(table: tableKind, row: row, rowKind: kind, name: name, column: column, amount: value)
    }

    public func latestFacts(of keys: [DisclosureKey], tables: Set<TableKind>?) async throws -> [DisclosureFacts] {
        var found: [(DisclosureKey, Int64, Int, String)] = []
        for key in keys {
            let (region, code, year, kind) = (key.department.region, key.department.code, key.year, key.kind.rawValue)
            let rows = try await client.query(
                """
                SELECT r.id, r.number, r.department_name FROM disclosure d
                JOIN department dep ON dep.id = d.department_id JOIN revision r ON r.id = d.latest_revision_id
                WHERE dep.region = \(region) AND dep.code = \(code) AND d.year = \(year) AND d.kind = \(kind)
                """,
                logger: logger
            )
            for try await (id, number, name) in rows.decode((Int64, Int, String).self) {
                found.append((key, id, number, name))
            }
        }
        let facts = try await facts(revisionIDs: found.map(\.1), tables: tables)
        return found.map { key, id, number, name in
            DisclosureFacts(
                revision: RevisionKey(disclosure: key, number: number),
                departmentName: name,
                facts: facts[id] ?? []
            )
        }
    }

    public func latestFacts(region: String, year: Int, kind: DocumentKind, tables: Set<TableKind>?) async throws
        -> [DisclosureFacts]
    {
        let kindText = kind.rawValue
        let tableFilter =
            tables.map { " AND t.number IN (\($0.map { String($0.rawValue) }.sorted().joined(separator: ",")))" }
            ?? " AND t.number IS NOT NULL"
        let rows = try await client.query(
            """
            SELECT r.id, dep.code, r.number, r.department_name, t.number, f.value ->> 1, f.value ->> 2, f.value ->> 3,
                f.value ->> 4, f.value ->> 5
            FROM disclosure d JOIN department dep ON dep.id = d.department_id
            JOIN revision r ON r.id = d.latest_revision_id
            JOIN fact_pack p ON p.revision_id = r.id \(unescaped: Self.packedFacts)
            WHERE dep.region = \(region) AND d.year = \(year) AND d.kind = \(kindText)\(unescaped: tableFilter)
            ORDER BY dep.code COLLATE "C", f.ordinal
            """,
            logger: logger
        )
        var result: [DisclosureFacts] = []
        var current: Int64 = -1
        for try await (id, code, number, name, table, row, rowKind, rowName, column, amount) in rows.decode(
            (Int64, String, Int, String, Int, String, String, String, String, String).self
        ) {
            if id != current {
                current = id
                let key = DisclosureKey(department: DepartmentKey(region: region, code: code), year: year, kind: kind)
                result.append(
                    DisclosureFacts(
                        revision: RevisionKey(disclosure: key, number: number),
                        departmentName: name,
                        facts: []
                    )
                )
            }
            result[result.count - 1].facts.append(try Self.fact(table, row, rowKind, rowName, column, amount))
        }
        return result
    }

    /// The amounts in the order of revision ids, then of their packs, after `position`: the revisions are taken a
    /// few at a time in id order (their primary key) and only their packs expanded, so that a page costs the same
    /// wherever it starts (sorting the expanded amounts of every later revision made paging through a store quadratic).
    public func factRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FactRow>
    {
        let (afterRevision, afterOrdinal) = (position?.revisionID ?? 0, position.map { $0.ordinal } ?? 0)
        var result: [FactRow] = []
        var last: RowPosition?
        var lowest = afterRevision
        // Few revisions fill a page of every amount; a narrow filter needs more of them.
        var batch = max(8, limit / 128)
        while true {
            let revisions = try await nextRevisions(filter, from: lowest, count: batch)
            guard let highest = revisions.last else { return RowPage(rows: result, next: nil) }
            let rows = try await factRows(filter, of: revisions, after: (afterRevision, afterOrdinal))
            for row in rows {
                if result.count == limit { return RowPage(rows: result, next: last) }
                result.append(row.row)
                last = row.position
            }
            if revisions.count < batch { return RowPage(rows: result, next: nil) }
            lowest = highest + 1
            batch = min(batch * 4, 4096)
        }
    }

    /// The ids of the next `count` revisions with a pack from `lowest` on that pass the filter's region, year and
    /// latest, in order.
    private func nextRevisions(_ filter: FactFilter, from lowest: Int64, count: Int) async throws -> [Int64] {
        let (region, year, latestOnly) = (filter.region, filter.year, filter.latestOnly)
        let rows = try await client.query(
            """
            SELECT p.revision_id FROM fact_pack p JOIN revision r ON r.id = p.revision_id
            JOIN disclosure d ON d.id = r.disclosure_id JOIN department dep ON dep.id = d.department_id
            WHERE p.revision_id >= \(lowest)
                AND (\(region)::text IS NULL OR dep.region = \(region)) AND (\(year)::int8 IS NULL OR d.year = \(year))
                AND (NOT \(latestOnly) OR d.latest_revision_id = r.id)
            ORDER BY p.revision_id LIMIT \(count)
            """,
            logger: logger
        )
        var ids: [Int64] = []
        for try await id in rows.decode(Int64.self) { ids.append(id) }
        return ids
    }

    /// The amounts of some revisions that pass the filter's table and row, after a position, in order, each with its
    /// position: the revision and the amount's place in its pack (from 1; the table is for the record).
    private func factRows(_ filter: FactFilter, of revisions: [Int64], after: (revision: Int64, ordinal: Int))
        async throws -> [(row: FactRow, position: RowPosition)]
    {
        let (table, code, genericTable) = (filter.table?.rawValue, filter.rowCode, filter.genericTable)
        let rows = try await client.query(
            """
            SELECT p.revision_id, coalesce(t.number, \(FactsView.genericTableNumber)), f.ordinal, dep.region, dep.code,
                d.year, d.kind, r.number, r.department_name, d.latest_revision_id = r.id, f.value ->> 1, f.value ->> 2,
                f.value ->> 3, f.value ->> 4, f.value ->> 5, coalesce(f.value ->> 6, ''),
                CASE WHEN t.number IS NULL THEN f.value ->> 0 ELSE '' END, coalesce(f.value ->> 7, '')
            FROM fact_pack p JOIN revision r ON r.id = p.revision_id JOIN disclosure d ON d.id = r.disclosure_id
            JOIN department dep ON dep.id = d.department_id \(unescaped: Self.packedFacts)
            WHERE p.revision_id = ANY(\(revisions)::int8[]) AND (p.revision_id, f.ordinal) > (\(after.revision), \(after.ordinal))
                AND (\(table)::int8 IS NULL OR t.number = \(table)) AND (\(code)::text IS NULL OR f.value ->> 1 = \(code))
                AND (\(genericTable)::text IS NULL OR (t.number IS NULL AND f.value ->> 0 = \(genericTable)))
            ORDER BY p.revision_id, f.ordinal
            """,
            logger: logger
        )
        var result: [(row: FactRow, position: RowPosition)] = []
        for try await (
            id, tableKind, ordinal, region, code, year, kind, number, name, latest, row, rowKind, rowName, column,
            amount, unit, tableID, tableTitle
        )
            in rows.decode(
                (
                    Int64, Int, Int, String, String, Int, String, Int, String, Bool, String, String, String, String,
                    String, String, String, String
                ).self
            )
        {
            let key = try Self.disclosureKey(region: region, code: code, year: year, kind: kind)
            guard let amountUnit = AmountUnit(rawValue: unit) else {
                throw StorageError(.corrupt, "a stored fact of \(key) has unit '\(unit)'")
            }
            let revision = RevisionKey(disclosure: key, number: number)
            let position = RowPosition(revisionID: id, table: tableKind, ordinal: ordinal)
            if tableKind == FactsView.genericTableNumber {
                guard let kindValue = Fact.RowKind(rawValue: rowKind), let value = Amount(amount), !tableID.isEmpty
                else {
                    throw StorageError(
                        .corrupt,
                        "a stored fact of \(key) has table '\(tableID)', row kind '\(rowKind)', amount '\(amount)'"
                    )
                }
                let fact = GenericFact(
                    table: tableID,
                    tableTitle: tableTitle,
                    row: row,
                    rowKind: kindValue,
                    name: rowName,
                    column: column,
                    amount: value,
                    unit: amountUnit
                )
                result.append(
                    (FactRow(revision: revision, departmentName: name, isLatest: latest, generic: fact), position)
                )
            } else {
                let fact = try Self.fact(tableKind, row, rowKind, rowName, column, amount)
                result.append(
                    (
                        FactRow(
                            revision: revision,
                            departmentName: name,
                            isLatest: latest,
                            fact: fact,
                            unit: amountUnit
                        ),
                        position
                    )
                )
            }
        }
        return result
    }
}
