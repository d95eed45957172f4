import GRDB
import YusuanCore
import YusuanStorage

/// A disclosure and its first revision written as the store wrote them before the fact packs held every fact (the
/// `disclosure` and `revision` tables have kept their columns since `v1`): the migration tests write older files
/// with it.
enum OldSQLiteRevision {
    /// Inserts the document's disclosure under the department with `departmentID` and its revision 1 (the latest),
    /// and returns the revision's id.
    static func insert(_ document: PreparedDocument, departmentID: Int64?, in db: GRDB.Database) throws -> Int64 {
        let key = document.key
        try db.execute(
            sql: "INSERT INTO disclosure (department_id, year, kind, revision_count) VALUES (?, ?, ?, 1)",
            arguments: [departmentID, key.year, key.kind.rawValue]
        )
        let disclosureID = db.lastInsertedRowID
        try db.execute(
            sql: """
                INSERT INTO revision (disclosure_id, number, department_name, content_hash, source, imported_at,
                    document, fact_count, finding_count)
                VALUES (?, 1, ?, ?, NULL, '2026-01-01T00:00:00.000Z', ?, ?, 0)
                """,
            arguments: [
                disclosureID, document.disclosure.identity.departmentName, document.contentHash,
                document.canonicalJSON, document.facts.count,
            ]
        )
        let revisionID = db.lastInsertedRowID
        try db.execute(
            sql: "UPDATE disclosure SET latest_revision_id = ? WHERE id = ?",
            arguments: [revisionID, disclosureID]
        )
        return revisionID
    }
}
