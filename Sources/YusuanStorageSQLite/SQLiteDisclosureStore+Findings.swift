import Foundation
import GRDB
import YusuanCore
import YusuanStorage

/// Reading the stored findings: of a revision, and page by page for `db export`.
extension SQLiteDisclosureStore {
    public func findings(_ revision: RevisionKey) async throws -> [StoredFinding] {
        try await pool.read { db in
            let id = try Self.revisionID(revision, db: db)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT rule_id, severity, message, table_kind, row_key, column_name, line, expected, actual, caption
                    FROM finding WHERE revision_id = ? ORDER BY ordinal
                    """,
                arguments: [id]
            ).map { Self.finding($0, from: 0) }
        }
    }

    /// The finding in the ten columns of `row` from `start`: rule_id, severity, message, table_kind, row_key,
    /// column_name, line, expected, actual, caption.
    private static func finding(_ row: Row, from start: Int) -> StoredFinding {
        let table: Int? = row[start + 3]
        let expected: String? = row[start + 7]
        let actual: String? = row[start + 8]
        return StoredFinding(
            ruleID: row[start],
            severity: row[start + 1],
            message: row[start + 2],
            table: table.flatMap(TableKind.init(rawValue:)),
            row: row[start + 4],
            column: row[start + 5],
            line: row[start + 6],
            expected: expected.flatMap(Amount.init),
            actual: actual.flatMap(Amount.init),
            caption: row[start + 9]
        )
    }

    public func findingRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FindingRow>
    {
        try await pool.read { db in
            let found = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.revision_id, f.ordinal, dep.region, dep.code, d.year, d.kind, r.number, r.department_name,
                        d.latest_revision_id = r.id, f.rule_id, f.severity, f.message, f.table_kind, f.row_key,
                        f.column_name, f.line, f.expected, f.actual, f.caption
                    FROM finding f JOIN revision r ON r.id = f.revision_id JOIN disclosure d ON d.id = r.disclosure_id
                    JOIN department dep ON dep.id = d.department_id
                    WHERE (f.revision_id > ?1 OR (f.revision_id = ?1 AND f.ordinal > ?2))
                        AND (?3 IS NULL OR dep.region = ?3) AND (?4 IS NULL OR d.year = ?4)
                        AND (?5 = 0 OR d.latest_revision_id = r.id)
                    ORDER BY f.revision_id, f.ordinal LIMIT ?6
                    """,
                arguments: [
                    position?.revisionID ?? 0, position?.ordinal ?? -1, filter.region, filter.year, filter.latestOnly,
                    limit + 1,
                ]
            )
            var rows: [FindingRow] = []
            var last: RowPosition?
            for row in found {
                if rows.count == limit { return RowPage(rows: rows, next: last) }
                let key = try Self.disclosureKey(region: row[2], code: row[3], year: row[4], kind: row[5])
                rows.append(
                    FindingRow(
                        revision: RevisionKey(disclosure: key, number: row[6]),
                        departmentName: row[7],
                        isLatest: row[8],
                        finding: Self.finding(row, from: 9)
                    )
                )
                last = RowPosition(revisionID: row[0], table: 0, ordinal: row[1])
            }
            return RowPage(rows: rows, next: nil)
        }
    }
}
