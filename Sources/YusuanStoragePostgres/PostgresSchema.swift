import YusuanCore
import YusuanPostgresSupport
import YusuanStorage

/// The schema of the PostgreSQL store as named, append-only migrations, run when a store is opened.
///
/// Each migration is a list of single statements (the extended protocol runs one statement per query). Never
/// edit a migration that has shipped: add a new one at the end.
enum PostgresSchema {
    typealias Migration = PostgresMigrations.Migration

    /// The migrations, recorded in `yusuan_migration`, under the advisory lock (7_365_002, the schema's hash): the account
    /// store uses another key.
    static let migrations = PostgresMigrations(
        recordTable: "yusuan_migration",
        advisoryLock: 7_365_002,
        migrations: list
    )

    private static let list: [Migration] = [
        Migration(
            name: "v1-departments-disclosures-revisions",
            statements: [
                """
                CREATE TABLE department (
                    id BIGSERIAL PRIMARY KEY,
                    region TEXT NOT NULL,
                    code TEXT NOT NULL,
                    name TEXT NOT NULL,
                    name_year INTEGER,
                    level TEXT,
                    parent_code TEXT,
                    UNIQUE (region, code)
                )
                """,
                """
                CREATE TABLE disclosure (
                    id BIGSERIAL PRIMARY KEY,
                    department_id BIGINT NOT NULL REFERENCES department(id),
                    year INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    latest_revision_id BIGINT,
                    revision_count INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (department_id, year, kind)
                )
                """,
                "CREATE INDEX disclosure_by_year ON disclosure (year, kind)",
                """
                CREATE TABLE revision (
                    id BIGSERIAL PRIMARY KEY,
                    disclosure_id BIGINT NOT NULL REFERENCES disclosure(id),
                    number INTEGER NOT NULL,
                    department_name TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    source TEXT,
                    imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    document TEXT NOT NULL,
                    fact_count INTEGER NOT NULL,
                    finding_count INTEGER NOT NULL,
                    UNIQUE (disclosure_id, number)
                )
                """,
            ]
        ),
        Migration(
            name: "v2-facts-findings",
            statements: [
                // NUMERIC keeps the value and the written scale exactly (2197.4 stays 2197.4, 2197.40 stays 2197.40).
                """
                CREATE TABLE fact (
                    revision_id BIGINT NOT NULL REFERENCES revision(id),
                    table_kind INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    row_key TEXT NOT NULL,
                    row_kind TEXT NOT NULL,
                    row_name TEXT NOT NULL,
                    column_name TEXT NOT NULL,
                    level INTEGER,
                    amount NUMERIC NOT NULL,
                    PRIMARY KEY (revision_id, table_kind, ordinal)
                )
                """,
                """
                CREATE TABLE finding (
                    revision_id BIGINT NOT NULL REFERENCES revision(id),
                    ordinal INTEGER NOT NULL,
                    rule_id TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    message TEXT NOT NULL,
                    table_kind INTEGER,
                    row_key TEXT,
                    column_name TEXT,
                    line INTEGER,
                    expected NUMERIC,
                    actual NUMERIC,
                    PRIMARY KEY (revision_id, ordinal)
                )
                """,
            ]
        ),
        Migration(
            name: "v3-lineage",
            statements: [
                """
                CREATE TABLE lineage_event (
                    id BIGSERIAL PRIMARY KEY,
                    region TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    from_codes TEXT[] NOT NULL,
                    to_codes TEXT[] NOT NULL,
                    effective_year INTEGER NOT NULL,
                    note TEXT,
                    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """,
                "CREATE INDEX lineage_event_by_region ON lineage_event (region, effective_year)",
            ]
        ),
        Migration(
            name: "v4-facts-view",
            statements: [
                // Each fact's unit: its table's unit line, else the document's (``FactsView/unit(of:in:)``).
                "ALTER TABLE fact ADD COLUMN unit TEXT",
                """
                UPDATE fact SET unit = coalesce(
                    CASE fact.table_kind
                        WHEN 1 THEN r.doc #>> '{disclosure,tables,financialSummary,header,unit}'
                        WHEN 2 THEN r.doc #>> '{disclosure,tables,generalBudgetExpenditure,header,unit}'
                        WHEN 3 THEN r.doc #>> '{disclosure,tables,generalBudgetBasicExpenditure,header,unit}'
                        WHEN 4 THEN r.doc #>> '{disclosure,tables,threePublicExpenditure,header,unit}'
                        WHEN 5 THEN r.doc #>> '{disclosure,tables,governmentFundExpenditure,header,unit}'
                        WHEN 6 THEN r.doc #>> '{disclosure,tables,departmentSummary,header,unit}'
                        WHEN 7 THEN r.doc #>> '{disclosure,tables,departmentIncome,header,unit}'
                        WHEN 8 THEN r.doc #>> '{disclosure,tables,departmentExpenditure,header,unit}'
                        WHEN 9 THEN r.doc #>> '{disclosure,tables,procurement,header,unit}'
                        WHEN 10 THEN r.doc #>> '{disclosure,tables,overallPerformance,header,unit}'
                        WHEN 11 THEN r.doc #>> '{disclosure,tables,projectPerformance,0,header,unit}'
                    END,
                    r.doc #>> '{disclosure,identity,unit}')
                FROM (SELECT id, document::jsonb AS doc FROM revision) r WHERE r.id = fact.revision_id
                """,
                """
                CREATE VIEW facts AS
                SELECT dep.region AS region,
                    dep.code AS department_code,
                    r.department_name AS department_name,
                    d.year AS year,
                    d.kind AS kind,
                    r.number AS revision,
                    (d.latest_revision_id = r.id) AS is_latest,
                    f.table_kind AS table_number,
                    \(FactsView.tableCase("f.table_kind", \.identifier)) AS table_id,
                    \(FactsView.tableCase("f.table_kind", \.chineseName)) AS table_name,
                    f.row_key AS row_code,
                    f.row_kind AS row_kind,
                    f.row_name AS row_name,
                    f.column_name AS column_name,
                    f.amount AS amount,
                    f.unit AS unit
                FROM fact f
                JOIN revision r ON r.id = f.revision_id
                JOIN disclosure d ON d.id = r.disclosure_id
                JOIN department dep ON dep.id = d.department_id
                """,
            ]
        ),
        Migration(
            name: "v5-finding-caption",
            statements: [
                // The table as each finding names it (its printed caption or title); NULL for findings stored before.
                "ALTER TABLE finding ADD COLUMN caption TEXT"
            ]
        ),
        Migration(
            name: "v6-generic-facts",
            statements: [
                // The amounts of the generic tables (``GenericFact``) are `fact` rows of table kind
                // ``FactsView/genericTableNumber`` with their table's identifier and printed title; the view shows
                // them with no table_number. Revisions stored before keep their typed facts only.
                "ALTER TABLE fact ADD COLUMN table_id TEXT, ADD COLUMN table_title TEXT",
                "DROP VIEW facts",
                """
                CREATE VIEW facts AS
                SELECT dep.region AS region,
                    dep.code AS department_code,
                    r.department_name AS department_name,
                    d.year AS year,
                    d.kind AS kind,
                    r.number AS revision,
                    (d.latest_revision_id = r.id) AS is_latest,
                    CASE WHEN f.table_kind < \(FactsView.genericTableNumber) THEN f.table_kind END AS table_number,
                    coalesce(\(FactsView.tableCase("f.table_kind", \.identifier)), f.table_id) AS table_id,
                    coalesce(\(FactsView.tableCase("f.table_kind", \.chineseName)), f.table_title) AS table_name,
                    f.row_key AS row_code,
                    f.row_kind AS row_kind,
                    f.row_name AS row_name,
                    f.column_name AS column_name,
                    f.amount AS amount,
                    f.unit AS unit
                FROM fact f
                JOIN revision r ON r.id = f.revision_id
                JOIN disclosure d ON d.id = r.disclosure_id
                JOIN department dep ON dep.id = d.department_id
                """,
            ]
        ),
        Migration(
            name: "v7-fact-packs",
            statements: [
                // The amounts of a revision in one row: the JSON array ``FactRowsJSON`` writes (what the SQLite
                // store keeps in `fact_pack.facts_json`), as `jsonb`. One row per document instead of hundreds was
                // most of the time of an import; the `facts` view expands the arrays, with the same columns and
                // values as over the `fact` rows. Each amount is a JSON string as written, read back as NUMERIC of
                // the same scale (`"2197.40"` is 2197.40).
                """
                CREATE TABLE fact_pack (
                    revision_id BIGINT PRIMARY KEY REFERENCES revision(id),
                    facts JSONB NOT NULL
                )
                """,
                """
                INSERT INTO fact_pack (revision_id, facts)
                SELECT revision_id, jsonb_agg(
                    CASE WHEN table_kind < \(FactsView.genericTableNumber)
                        THEN jsonb_build_array(table_kind, row_key, row_kind, row_name, column_name, amount::text, unit)
                        ELSE jsonb_build_array(table_id, row_key, row_kind, row_name, column_name, amount::text, unit,
                            table_title)
                    END ORDER BY table_kind, ordinal)
                FROM fact GROUP BY revision_id
                """,
                "DROP VIEW facts",
                "DROP TABLE fact",
                """
                CREATE VIEW facts AS
                SELECT dep.region AS region,
                    dep.code AS department_code,
                    r.department_name AS department_name,
                    d.year AS year,
                    d.kind AS kind,
                    r.number AS revision,
                    (d.latest_revision_id = r.id) AS is_latest,
                    t.number AS table_number,
                    coalesce(\(FactsView.tableCase("t.number", \.identifier)), f.value ->> 0) AS table_id,
                    coalesce(\(FactsView.tableCase("t.number", \.chineseName)), f.value ->> 7) AS table_name,
                    f.value ->> 1 AS row_code,
                    f.value ->> 2 AS row_kind,
                    f.value ->> 3 AS row_name,
                    f.value ->> 4 AS column_name,
                    (f.value ->> 5)::numeric AS amount,
                    f.value ->> 6 AS unit
                FROM fact_pack p
                JOIN revision r ON r.id = p.revision_id
                JOIN disclosure d ON d.id = r.disclosure_id
                JOIN department dep ON dep.id = d.department_id
                CROSS JOIN LATERAL jsonb_array_elements(p.facts) AS f(value)
                CROSS JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(f.value -> 0) = 'number'
                    THEN (f.value ->> 0)::integer END AS number) t
                """,
            ]
        ),
        Migration(
            name: "v8-lz4-compression",
            statements: [
                // The two large values of a revision (its canonical JSON, about 45 kB for a budget, and its fact
                // pack, about 12 kB) are compressed with lz4 instead of the default pglz: the server's compression
                // was most of its time per imported document (500 generated budgets copied into a table: 2.11 s
                // with pglz, 1.27 s with lz4, on a loaded 2-core machine). Values stored before keep their pglz
                // compression (both are read alike). A server built without lz4 (or before PostgreSQL 14) keeps
                // pglz: the statements run as dynamic SQL so that their error can be caught.
                """
                DO $$
                BEGIN
                    EXECUTE 'ALTER TABLE revision ALTER COLUMN document SET COMPRESSION lz4';
                    EXECUTE 'ALTER TABLE fact_pack ALTER COLUMN facts SET COMPRESSION lz4';
                EXCEPTION WHEN feature_not_supported OR syntax_error OR invalid_parameter_value THEN
                    RAISE NOTICE 'lz4 compression is not available: the default compression is kept';
                END
                $$
                """
            ]
        ),
        Migration(
            name: "v9-batch-import-function",
            statements: [PostgresBatchImport.version9FunctionDefinition]
        ),
        Migration(
            name: "v10-batch-skips-stored-documents",
            statements: [
                // The batch function takes documents found stored already without their content (their canonical
                // JSON, fact pack and findings): a re-import of unchanged documents no longer sends them whole.
                PostgresBatchImport.version10FunctionDefinition
            ]
        ),
        Migration(
            name: "v11-batch-goes-on-past-the-latest",
            statements: [
                // The batch function says whether an unchanged document's content is its disclosure's latest
                // revision's, and goes on past it when it is: a re-import no longer ends a call at each document.
                PostgresBatchImport.droppedFunction,
                PostgresBatchImport.functionDefinition,
            ]
        ),
    ]
}
