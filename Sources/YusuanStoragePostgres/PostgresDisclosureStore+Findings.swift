import Foundation
import Logging
import PostgresNIO
import YusuanCore
import YusuanStorage

/// Reading the stored findings: of a revision, and page by page for `db export`.
extension PostgresDisclosureStore {
    /// The columns of a stored finding in the order ``finding(_:from:)`` reads them, of the table aliased `f`.
    static let findingColumns = """
        f.rule_id, f.severity, f.message, f.table_kind, f.row_key, f.column_name, f.line, f.expected::text,
            f.actual::text, f.caption
        """

    /// The finding in the ten columns of `row` from `start` (``findingColumns``): rule_id, severity, message,
    /// table_kind, row_key, column_name, line, expected, actual, caption.
    static func finding(_ row: PostgresRandomAccessRow, from start: Int) throws -> StoredFinding {
        let table = try row[start + 3].decode(Int?.self)
        let expected = try row[start + 7].decode(String?.self)
        let actual = try row[start + 8].decode(String?.self)
        return StoredFinding(
            ruleID: try row[start].decode(String.self),
            severity: try row[start + 1].decode(String.self),
            message: try row[start + 2].decode(String.self),
            table: table.flatMap(TableKind.init(rawValue:)),
            row: try row[start + 4].decode(String?.self),
            column: try row[start + 5].decode(String?.self),
            line: try row[start + 6].decode(Int?.self),
            expected: expected.flatMap(Amount.init),
            actual: actual.flatMap(Amount.init),
            caption: try row[start + 9].decode(String?.self)
        )
    }

    public func findings(_ revision: RevisionKey) async throws -> [StoredFinding] {
        let id = try await revisionID(revision)
        let rows = try await client.query(
            "SELECT \(unescaped: Self.findingColumns) FROM finding f WHERE f.revision_id = \(id) ORDER BY f.ordinal",
            logger: logger
        )
        var result: [StoredFinding] = []
        for try await row in rows {
            result.append(try Self.finding(row.makeRandomAccess(), from: 0))
        }
        return result
    }

    public func findingRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FindingRow>
    {
        let (afterRevision, afterOrdinal) = (position?.revisionID ?? 0, position.map { $0.ordinal } ?? -1)
        let (region, year, latestOnly, count) = (filter.region, filter.year, filter.latestOnly, limit + 1)
        let rows = try await client.query(
            """
            SELECT f.revision_id, f.ordinal, dep.region, dep.code, d.year, d.kind, r.number, r.department_name,
                d.latest_revision_id = r.id, \(unescaped: Self.findingColumns)
            FROM finding f JOIN revision r ON r.id = f.revision_id JOIN disclosure d ON d.id = r.disclosure_id
            JOIN department dep ON dep.id = d.department_id
            WHERE (f.revision_id, f.ordinal) > (\(afterRevision), \(afterOrdinal))
                AND (\(region)::text IS NULL OR dep.region = \(region)) AND (\(year)::int8 IS NULL OR d.year = \(year))
                AND (NOT \(latestOnly) OR d.latest_revision_id = r.id)
            ORDER BY f.revision_id, f.ordinal LIMIT \(count)
            """,
            logger: logger
        )
        var result: [FindingRow] = []
        var last: RowPosition?
        for try await row in rows {
            if result.count == limit { return RowPage(rows: result, next: last) }
            let (id, ordinal, region, code, year, kind, number, name, latest) = try row.decode(
                (Int64, Int, String, String, Int, String, Int, String, Bool).self
            )
            let key = try Self.disclosureKey(region: region, code: code, year: year, kind: kind)
            result.append(
                FindingRow(
                    revision: RevisionKey(disclosure: key, number: number),
                    departmentName: name,
                    isLatest: latest,
                    finding: try Self.finding(row.makeRandomAccess(), from: 9)
                )
            )
            last = RowPosition(revisionID: id, table: 0, ordinal: ordinal)
        }
        return RowPage(rows: result, next: nil)
    }
}
