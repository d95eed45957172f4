import Foundation
import GRDB
import YusuanCore
import YusuanStorage

/// The schema of the SQLite store as named, append-only migrations, run when a store is opened.
///
/// Never edit a migration that has shipped: add a new one at the end.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-departments-disclosures-revisions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE department (
                        id INTEGER PRIMARY KEY,
                        region TEXT NOT NULL,
                        code TEXT NOT NULL,
                        name TEXT NOT NULL,
                        name_year INTEGER,
                        level TEXT,
                        parent_code TEXT,
                        UNIQUE (region, code)
                    );
                    CREATE TABLE disclosure (
                        id INTEGER PRIMARY KEY,
                        department_id INTEGER NOT NULL REFERENCES department(id),
                        year INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        latest_revision_id INTEGER,
                        revision_count INTEGER NOT NULL DEFAULT 0,
                        UNIQUE (department_id, year, kind)
                    );
                    CREATE INDEX disclosure_by_year ON disclosure (year, kind);
                    CREATE TABLE revision (
                        id INTEGER PRIMARY KEY,
                        disclosure_id INTEGER NOT NULL REFERENCES disclosure(id),
                        number INTEGER NOT NULL,
                        department_name TEXT NOT NULL,
                        content_hash TEXT NOT NULL,
                        source TEXT,
                        imported_at TEXT NOT NULL,
                        document BLOB NOT NULL,
                        fact_count INTEGER NOT NULL,
                        finding_count INTEGER NOT NULL,
                        UNIQUE (disclosure_id, number)
                    );
                    """
            )
        }
        migrator.registerMigration("v2-facts-findings") { db in
            // Amounts are exact: integer minor units and the written scale (2829.73 = 282973, 2); never REAL.
            try db.execute(
                sql: """
                    CREATE TABLE fact (
                        revision_id INTEGER NOT NULL REFERENCES revision(id),
                        table_kind INTEGER NOT NULL,
                        ordinal INTEGER NOT NULL,
                        row_key TEXT NOT NULL,
                        row_kind TEXT NOT NULL,
                        row_name TEXT NOT NULL,
                        column_name TEXT NOT NULL,
                        level INTEGER,
                        minor_units INTEGER NOT NULL,
                        scale INTEGER NOT NULL CHECK (scale BETWEEN 0 AND 6),
                        PRIMARY KEY (revision_id, table_kind, ordinal)
                    ) WITHOUT ROWID;
                    CREATE TABLE finding (
                        revision_id INTEGER NOT NULL REFERENCES revision(id),
                        ordinal INTEGER NOT NULL,
                        rule_id TEXT NOT NULL,
                        severity TEXT NOT NULL,
                        message TEXT NOT NULL,
                        table_kind INTEGER,
                        row_key TEXT,
                        column_name TEXT,
                        line INTEGER,
                        expected TEXT,
                        actual TEXT,
                        PRIMARY KEY (revision_id, ordinal)
                    ) WITHOUT ROWID;
                    """
            )
        }
        migrator.registerMigration("v3-lineage") { db in
            try db.execute(
                sql: """
                    CREATE TABLE lineage_event (
                        id INTEGER PRIMARY KEY,
                        region TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        from_codes TEXT NOT NULL,
                        to_codes TEXT NOT NULL,
                        effective_year INTEGER NOT NULL,
                        note TEXT,
                        recorded_at TEXT NOT NULL
                    );
                    CREATE INDEX lineage_event_by_region ON lineage_event (region, effective_year);
                    """
            )
        }
        migrator.registerMigration("v4-fact-packs") { db in
            // One row of packed facts per revision (`FactPack`) instead of one row per fact: the fact rows were most
            // of an import's writing. The facts stored so far are packed in the order the queries read them.
            try db.execute(
                sql: """
                    CREATE TABLE fact_pack (
                        revision_id INTEGER PRIMARY KEY REFERENCES revision(id),
                        facts BLOB NOT NULL
                    );
                    """
            )
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT table_kind, row_key, row_kind, row_name, column_name, minor_units, scale, revision_id
                    FROM fact ORDER BY revision_id, table_kind, ordinal
                    """
            )
            var revisionID: Int64?
            var facts: [Fact] = []
            func pack() throws {
                guard let revisionID, !facts.isEmpty else { return }
                try db.execute(
                    sql: "INSERT INTO fact_pack (revision_id, facts) VALUES (?, ?)",
                    arguments: [revisionID, Data(FactPack.encode(facts))]
                )
            }
            while let row = try rows.next() {
                let id: Int64 = row[7]
                if id != revisionID {
                    try pack()
                    revisionID = id
                    facts.removeAll(keepingCapacity: true)
                }
                let table: Int = row[0]
                guard let kind = TableKind(rawValue: table) else {
                    throw StorageError(.corrupt, "unknown table \(table) in a fact")
                }
                facts.append(try SQLiteDisclosureStore.fact(kind, row))
            }
            try pack()
            try db.execute(sql: "DROP TABLE fact")
        }
        migrator.registerMigration("v5-facts-view") { db in
            // The facts as JSON text beside each pack, and the `facts` view over them: SQL users (sqlite3,
            // Datasette, DuckDB) see every amount without decoding the packs.
            try db.execute(sql: "ALTER TABLE fact_pack ADD COLUMN facts_json TEXT")
            let packs = try Row.fetchCursor(
                db,
                sql: """
                    SELECT p.revision_id, p.facts, r.document FROM fact_pack p JOIN revision r ON r.id = p.revision_id
                    ORDER BY p.revision_id
                    """
            )
            while let row = try packs.next() {
                let id: Int64 = row[0]
                let facts = try SQLiteDisclosureStore.unpack(row, column: 1, tables: nil)
                let documentData: Data = row[2]
                let document = try CanonicalJSON.decode(documentData)
                try db.execute(
                    sql: "UPDATE fact_pack SET facts_json = ? WHERE revision_id = ?",
                    arguments: [FactRowsJSON.encode(facts) { FactsView.unit(of: $0, in: document) }, id]
                )
            }
            try db.execute(sql: FactRowsJSON.viewSQL)
        }
        migrator.registerMigration("v6-finding-caption") { db in
            // The table as each finding names it (its printed caption or title); NULL for findings stored before.
            try db.execute(sql: "ALTER TABLE finding ADD COLUMN caption TEXT")
        }
        migrator.registerMigration("v7-generic-facts") { db in
            // The amounts of the generic tables (``GenericFact``) in `facts_json` after the typed ones, and the view
            // that shows them (table_number NULL, table_id and table_name the table's identifier and title). The
            // revisions stored before get theirs from their documents; a revision with only generic amounts gets a
            // pack with no typed facts.
            try db.execute(sql: "DROP VIEW facts")
            let revisions = try Row.fetchCursor(
                db,
                sql: """
                    SELECT r.id, r.document, p.facts FROM revision r LEFT JOIN fact_pack p ON p.revision_id = r.id
                    ORDER BY r.id
                    """
            )
            // Written once the reading is done: a revision's new pack is not read again.
            var packs: [(id: Int64, hasPack: Bool, json: String)] = []
            while let row = try revisions.next() {
                let id: Int64 = row[0]
                let documentData: Data = row[1]
                let document = try CanonicalJSON.decode(documentData)
                let generic = FactExtractor.genericFacts(of: document)
                guard !generic.isEmpty else { continue }
                let hasPack = !row.hasNull(atIndex: 2)
                let facts = hasPack ? try SQLiteDisclosureStore.unpack(row, column: 2, tables: nil) : []
                let json = FactRowsJSON.encode(facts, generic: generic) { FactsView.unit(of: $0, in: document) }
                packs.append((id, hasPack, json))
            }
            for pack in packs {
                if pack.hasPack {
                    try db.execute(
                        sql: "UPDATE fact_pack SET facts_json = ? WHERE revision_id = ?",
                        arguments: [pack.json, pack.id]
                    )
                } else {
                    try db.execute(
                        sql: "INSERT INTO fact_pack (revision_id, facts, facts_json) VALUES (?, ?, ?)",
                        arguments: [pack.id, Data(FactPack.encode([])), pack.json]
                    )
                }
            }
            try db.execute(sql: FactRowsJSON.viewSQL)
        }
        return migrator
    }
}
