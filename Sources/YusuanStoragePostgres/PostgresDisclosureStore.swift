import Foundation
import Logging
import PostgresNIO
import YusuanCore
import YusuanPostgresSupport
import YusuanStorage

/// The shared ``DisclosureStore``: PostgreSQL through a postgres-nio `PostgresClient` (a connection pool).
///
/// Several instances (processes, machines) may use one database at once: imports lock the disclosure row
/// they add a revision to, department upserts are conflict-safe, and migrations run under an advisory lock.
/// Each store lives in one PostgreSQL schema (`?schema=NAME` in the URL, `public` by default), so several
/// independent stores can share one database.
public final class PostgresDisclosureStore: DisclosureStore {
    let pool: PostgresPool
    var client: PostgresClient { pool.client }
    var logger: Logger { pool.logger }
    /// The PostgreSQL schema the tables live in.
    public var schema: String { pool.schema }

    /// The migrations, by name, in order.
    public static let migrationNames = PostgresSchema.migrations.names

    /// Connects to the database of a `postgres://user:password@host:port/database?schema=NAME` URL and runs the
    /// pending migrations.
    /// - Parameters:
    ///   - url: the URL; the user defaults to `postgres`, the port to 5432, the schema to `public`.
    ///   - maximumConnections: the size of the connection pool.
    ///   - logger: where postgres-nio logs; silent by default.
    /// - Throws: ``StorageError`` `invalidArgument` for a URL that cannot be used, `unavailable` when the
    ///   database cannot be reached or migrated.
    public init(url: String, maximumConnections: Int = 8, logger: Logger? = nil) async throws {
        let settings = try PostgresURL(url)
        do {
            pool = try await PostgresPool.open(
                settings,
                maximumConnections: maximumConnections,
                logger: logger,
                label: "yusuan.postgres",
                migrations: PostgresSchema.migrations
            )
        } catch {
            throw StorageError(.unavailable, "cannot open the PostgreSQL store at \(settings.redacted)", cause: error)
        }
    }

    /// The names of the migrations applied to the database.
    public func appliedMigrations() async throws -> [String] {
        try await PostgresSchema.migrations.applied(on: client, logger: logger)
    }

    /// Drops the store's schema with every table in it (for tests and throwaway stores).
    public func dropSchema() async throws { try await pool.dropSchema() }

    public func importDocument(_ document: PreparedDocument) async throws -> ImportResult {
        let logger = self.logger
        return try await client.withTransaction(logger: logger) { connection in
            try await Self.importDocument(document, connection: connection, logger: logger)
        }
    }

    /// Imports a document in two statements (plus `BEGIN` and `COMMIT`): round trips, not the server's work,
    /// were most of the time of an import.
    private static func importDocument(
        _ document: PreparedDocument,
        connection: PostgresConnection,
        logger: Logger
    ) async throws -> ImportResult {
        let key = document.key
        let identity = document.disclosure.identity
        let region = key.department.region
        let code = key.department.code
        let name = identity.departmentName
        let year = identity.year
        let level = document.departmentLevel
        let kind = key.kind.rawValue
        // 1. The department (its name follows the most recent year imported) and the disclosure, whose row stays
        //    locked until the commit, so that concurrent imports of one disclosure number their revisions in turn.
        let (disclosureID, count) = try await single(
            connection.query(
                """
                WITH dep AS (
                    INSERT INTO department (region, code, name, name_year, level)
                    VALUES (\(region), \(code), \(name), \(year), \(level))
                    ON CONFLICT (region, code) DO UPDATE SET
                        name = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                            THEN excluded.name ELSE department.name END,
                        level = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                            THEN coalesce(excluded.level, department.level) ELSE department.level END,
                        name_year = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                            THEN excluded.name_year ELSE department.name_year END
                    RETURNING id
                )
                INSERT INTO disclosure (department_id, year, kind) SELECT id, \(year), \(kind) FROM dep
                ON CONFLICT (department_id, year, kind) DO UPDATE SET revision_count = disclosure.revision_count
                RETURNING id, revision_count
                """,
                logger: logger
            ).decode((Int64, Int).self)
        )
        // 2. With the lock held (a new statement sees every revision committed before it): unless a revision has
        //    the same content, the revision, its facts and findings, and the disclosure's pointer, in one statement.
        let number = count + 1
        let json = String(decoding: document.canonicalJSON, as: UTF8.self)
        let facts = document.facts
        let disclosure = document.disclosure
        let units = facts.map { FactsView.unit(of: $0.table, in: disclosure).rawValue }
        let findings = document.findings
        let (identical, _) = try await single(
            connection.query(
                """
                WITH existing AS (
                    SELECT min(number) AS number FROM revision
                    WHERE disclosure_id = \(disclosureID) AND content_hash = \(document.contentHash)
                ), rev AS (
                    INSERT INTO revision (disclosure_id, number, department_name, content_hash, source, document,
                        fact_count, finding_count)
                    SELECT \(disclosureID), \(number), \(name), \(document.contentHash), \(document.source), \(json),
                        \(facts.count), \(findings.count)
                    WHERE (SELECT number FROM existing) IS NULL
                    RETURNING id
                ), facts AS (
                    INSERT INTO fact (revision_id, table_kind, ordinal, row_key, row_kind, row_name, column_name, level,
                        amount, unit)
                    SELECT rev.id, t, o, rk, rt, rn, cn, NULLIF(lv, 0), am::numeric, un
                    FROM rev, unnest(\(facts.map(\.table.rawValue))::int8[], \(Array(facts.indices))::int8[],
                        \(facts.map(\.row))::text[], \(facts.map(\.rowKind.rawValue))::text[], \(facts.map(\.name))::text[],
                        \(facts.map(\.column))::text[], \(facts.map { $0.level?.rawValue ?? 0 })::int8[],
                        \(facts.map(\.amount.plainText))::text[], \(units)::text[]) AS u(t, o, rk, rt, rn, cn, lv, am, un)
                ), findings AS (
                    INSERT INTO finding (revision_id, ordinal, rule_id, severity, message, table_kind, row_key,
                        column_name, line, expected, actual, caption)
                    SELECT rev.id, o, ri, sv, ms, CASE WHEN nl & 1 = 0 THEN tk END, CASE WHEN nl & 2 = 0 THEN rk END,
                        CASE WHEN nl & 4 = 0 THEN cn END, CASE WHEN nl & 8 = 0 THEN ln END,
                        CASE WHEN nl & 16 = 0 THEN ex::numeric END, CASE WHEN nl & 32 = 0 THEN ac::numeric END,
                        CASE WHEN nl & 64 = 0 THEN cp END
                    FROM rev, unnest(\(Array(findings.indices))::int8[], \(findings.map(\.ruleID))::text[],
                        \(findings.map(\.severity))::text[], \(findings.map(\.message))::text[],
                        \(findings.map { $0.table?.rawValue ?? 0 })::int8[], \(findings.map { $0.row ?? "" })::text[],
                        \(findings.map { $0.column ?? "" })::text[], \(findings.map { $0.line ?? 0 })::int8[],
                        \(findings.map { $0.expected?.plainText ?? "" })::text[],
                        \(findings.map { $0.actual?.plainText ?? "" })::text[], \(findings.map(Self.nullMask))::int8[],
                        \(findings.map { $0.caption ?? "" })::text[])
                        AS u(o, ri, sv, ms, tk, rk, cn, ln, ex, ac, nl, cp)
                ), latest AS (
                    UPDATE disclosure SET latest_revision_id = rev.id, revision_count = \(number)
                    FROM rev WHERE disclosure.id = \(disclosureID)
                )
                SELECT (SELECT number FROM existing), (SELECT id FROM rev)
                """,
                logger: logger
            ).decode((Int?, Int64?).self)
        )
        if let identical {
            return ImportResult(status: .unchanged, revision: RevisionKey(disclosure: key, number: identical))
        }
        return ImportResult(
            status: count == 0 ? .created : .revised,
            revision: RevisionKey(disclosure: key, number: number)
        )
    }

    /// Which optional fields of a finding are absent, one bit each: table, row, column, line, expected, actual,
    /// caption.
    static func nullMask(_ finding: StoredFinding) -> Int {
        [
            finding.table == nil, finding.row == nil, finding.column == nil, finding.line == nil,
            finding.expected == nil, finding.actual == nil, finding.caption == nil,
        ].enumerated().reduce(0) { mask, field in field.element ? mask | (1 << field.offset) : mask }
    }

    /// The first row of a result, which must have one.
    private static func single<Element>(_ rows: some AsyncSequence<Element, any Error>) async throws -> Element {
        for try await row in rows { return row }
        throw StorageError(.corrupt, "a query that returns one row returned none")
    }

    public func registerDepartment(_ department: Department) async throws {
        try await client.query(
            """
            INSERT INTO department (region, code, name, level, parent_code)
            VALUES (\(department.region), \(department.code), \(department.name), \(department.level), \(department.parentCode))
            ON CONFLICT (region, code) DO UPDATE SET name = excluded.name,
                level = coalesce(excluded.level, department.level),
                parent_code = coalesce(excluded.parent_code, department.parent_code)
            """,
            logger: logger
        )
    }

    public func departments(region: String?) async throws -> [Department] {
        var result: [Department] = []
        let rows = try await client.query(
            """
            SELECT region, code, name, level, parent_code FROM department
            WHERE \(region)::text IS NULL OR region = \(region) ORDER BY region COLLATE "C", code COLLATE "C"
            """,
            logger: logger
        )
        for try await (region, code, name, level, parent) in rows.decode(
            (String, String, String, String?, String?).self
        ) {
            result.append(
                Department(key: DepartmentKey(region: region, code: code), name: name, level: level, parentCode: parent)
            )
        }
        return result
    }

    public func disclosures(region: String?, year: Int?) async throws -> [DisclosureListing] {
        var result: [DisclosureListing] = []
        let rows = try await client.query(
            """
            SELECT dep.region, dep.code, d.year, d.kind, r.department_name, d.revision_count
            FROM disclosure d JOIN department dep ON dep.id = d.department_id
            JOIN revision r ON r.id = d.latest_revision_id
            WHERE (\(region)::text IS NULL OR dep.region = \(region)) AND (\(year)::int8 IS NULL OR d.year = \(year))
            ORDER BY dep.region COLLATE "C", dep.code COLLATE "C", d.year, d.kind COLLATE "C"
            """,
            logger: logger
        )
        for try await (region, code, year, kind, name, count) in rows.decode(
            (String, String, Int, String, String, Int).self
        ) {
            result.append(
                DisclosureListing(
                    key: try Self.disclosureKey(region: region, code: code, year: year, kind: kind),
                    departmentName: name,
                    latestRevision: count,
                    revisionCount: count
                )
            )
        }
        return result
    }

    static func disclosureKey(region: String, code: String, year: Int, kind: String) throws -> DisclosureKey {
        guard let kind = DocumentKind(rawValue: kind) else {
            throw StorageError(.corrupt, "unknown disclosure kind '\(kind)' stored for \(region)/\(code) \(year)")
        }
        return DisclosureKey(department: DepartmentKey(region: region, code: code), year: year, kind: kind)
    }

    public func revisions(of key: DisclosureKey) async throws -> [RevisionInfo] {
        let (region, code, year, kind) = (key.department.region, key.department.code, key.year, key.kind.rawValue)
        let rows = try await client.query(
            """
            SELECT r.number, r.department_name, r.content_hash, r.source,
                to_char(r.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), r.fact_count, r.finding_count
            FROM revision r JOIN disclosure d ON d.id = r.disclosure_id JOIN department dep ON dep.id = d.department_id
            WHERE dep.region = \(region) AND dep.code = \(code) AND d.year = \(year) AND d.kind = \(kind)
            ORDER BY r.number
            """,
            logger: logger
        )
        var result: [RevisionInfo] = []
        for try await (number, name, hash, source, importedAt, facts, findings) in rows.decode(
            (Int, String, String, String?, String, Int, Int).self
        ) {
            result.append(
                RevisionInfo(
                    key: RevisionKey(disclosure: key, number: number),
                    departmentName: name,
                    contentHash: hash,
                    source: source,
                    importedAt: importedAt,
                    factCount: facts,
                    findingCount: findings
                )
            )
        }
        return result
    }

    private func revisionID(_ revision: RevisionKey) async throws -> Int64 {
        let key = revision.disclosure
        let (region, code, year, kind, number) = (
            key.department.region, key.department.code, key.year, key.kind.rawValue, revision.number
        )
        let rows = try await client.query(
            """
            SELECT r.id FROM revision r JOIN disclosure d ON d.id = r.disclosure_id
            JOIN department dep ON dep.id = d.department_id
            WHERE dep.region = \(region) AND dep.code = \(code) AND d.year = \(year) AND d.kind = \(kind)
                AND r.number = \(number)
            """,
            logger: logger
        )
        for try await id in rows.decode(Int64.self) { return id }
        throw StorageError(.notFound, "no revision \(revision) is stored")
    }

    public func document(_ revision: RevisionKey) async throws -> Disclosure {
        let id = try await revisionID(revision)
        for try await text in try await client.query("SELECT document FROM revision WHERE id = \(id)", logger: logger)
            .decode(String.self)
        {
            do {
                return try CanonicalJSON.decode(Data(text.utf8))
            } catch {
                throw StorageError(.corrupt, "the stored document of \(revision) cannot be decoded", cause: error)
            }
        }
        throw StorageError(.notFound, "no revision \(revision) is stored")
    }

    public func facts(_ revision: RevisionKey) async throws -> [Fact] {
        let id = try await revisionID(revision)
        return try await facts(revisionIDs: [id], tables: nil)[id] ?? []
    }

    /// The facts of several revisions, by revision id.
    private func facts(revisionIDs: [Int64], tables: Set<TableKind>?) async throws -> [Int64: [Fact]] {
        guard !revisionIDs.isEmpty else { return [:] }
        let tableFilter =
            tables.map { " AND table_kind IN (\($0.map { String($0.rawValue) }.sorted().joined(separator: ",")))" }
            ?? ""
        let rows = try await client.query(
            """
            SELECT revision_id, table_kind, row_key, row_kind, row_name, column_name, amount::text FROM fact
            WHERE revision_id = ANY(\(revisionIDs)::int8[])\(unescaped: tableFilter) ORDER BY revision_id, table_kind, ordinal
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

    public func findings(_ revision: RevisionKey) async throws -> [StoredFinding] {
        let id = try await revisionID(revision)
        let rows = try await client.query(
            """
            SELECT rule_id, severity, message, table_kind, row_key, column_name, line, expected::text, actual::text,
                caption
            FROM finding WHERE revision_id = \(id) ORDER BY ordinal
            """,
            logger: logger
        )
        var result: [StoredFinding] = []
        for try await (rule, severity, message, table, row, column, line, expected, actual, caption) in rows.decode(
            (String, String, String, Int?, String?, String?, Int?, String?, String?, String?).self
        ) {
            result.append(
                StoredFinding(
                    ruleID: rule,
                    severity: severity,
                    message: message,
                    table: table.flatMap(TableKind.init(rawValue:)),
                    row: row,
                    column: column,
                    line: line,
                    expected: expected.flatMap(Amount.init),
                    actual: actual.flatMap(Amount.init),
                    caption: caption
                )
            )
        }
        return result
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
            tables.map { " AND f.table_kind IN (\($0.map { String($0.rawValue) }.sorted().joined(separator: ",")))" }
            ?? ""
        let rows = try await client.query(
            """
            SELECT r.id, dep.code, r.number, r.department_name, f.table_kind, f.row_key, f.row_kind, f.row_name,
                f.column_name, f.amount::text
            FROM disclosure d JOIN department dep ON dep.id = d.department_id
            JOIN revision r ON r.id = d.latest_revision_id
            JOIN fact f ON f.revision_id = r.id\(unescaped: tableFilter)
            WHERE dep.region = \(region) AND d.year = \(year) AND d.kind = \(kindText)
            ORDER BY dep.code COLLATE "C", f.table_kind, f.ordinal
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

    public func factRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FactRow>
    {
        let (afterRevision, afterTable, afterOrdinal) = (
            position?.revisionID ?? 0, position?.table ?? 0, position.map { $0.ordinal } ?? -1
        )
        let (region, year, latestOnly) = (filter.region, filter.year, filter.latestOnly)
        let (table, code, count) = (filter.table?.rawValue, filter.rowCode, limit + 1)
        let rows = try await client.query(
            """
            SELECT f.revision_id, f.table_kind, f.ordinal, dep.region, dep.code, d.year, d.kind, r.number,
                r.department_name, d.latest_revision_id = r.id, f.row_key, f.row_kind, f.row_name, f.column_name,
                f.amount::text, coalesce(f.unit, '')
            FROM fact f JOIN revision r ON r.id = f.revision_id JOIN disclosure d ON d.id = r.disclosure_id
            JOIN department dep ON dep.id = d.department_id
            WHERE (f.revision_id, f.table_kind, f.ordinal) > (\(afterRevision), \(afterTable), \(afterOrdinal))
                AND (\(region)::text IS NULL OR dep.region = \(region)) AND (\(year)::int8 IS NULL OR d.year = \(year))
                AND (NOT \(latestOnly) OR d.latest_revision_id = r.id)
                AND (\(table)::int8 IS NULL OR f.table_kind = \(table)) AND (\(code)::text IS NULL OR f.row_key = \(code))
            ORDER BY f.revision_id, f.table_kind, f.ordinal LIMIT \(count)
            """,
            logger: logger
        )
        var result: [FactRow] = []
        var last: RowPosition?
        for try await (
            id, tableKind, ordinal, region, code, year, kind, number, name, latest, row, rowKind, rowName, column,
            amount, unit
        )
            in rows.decode(
                (
                    Int64, Int, Int, String, String, Int, String, Int, String, Bool, String, String, String, String,
                    String, String
                ).self
            )
        {
            if result.count == limit { return RowPage(rows: result, next: last) }
            let key = try Self.disclosureKey(region: region, code: code, year: year, kind: kind)
            let fact = try Self.fact(tableKind, row, rowKind, rowName, column, amount)
            guard let amountUnit = AmountUnit(rawValue: unit) else {
                throw StorageError(.corrupt, "a stored fact of \(key) has unit '\(unit)'")
            }
            result.append(
                FactRow(
                    revision: RevisionKey(disclosure: key, number: number),
                    departmentName: name,
                    isLatest: latest,
                    fact: fact,
                    unit: amountUnit
                )
            )
            last = RowPosition(revisionID: id, table: tableKind, ordinal: ordinal)
        }
        return RowPage(rows: result, next: nil)
    }

    public func findingRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FindingRow>
    {
        let (afterRevision, afterOrdinal) = (position?.revisionID ?? 0, position.map { $0.ordinal } ?? -1)
        let (region, year, latestOnly, count) = (filter.region, filter.year, filter.latestOnly, limit + 1)
        let rows = try await client.query(
            """
            SELECT f.revision_id, f.ordinal, dep.region, dep.code, d.year, d.kind, r.number, r.department_name,
                d.latest_revision_id = r.id, f.rule_id, f.severity, f.message, f.table_kind, f.row_key, f.column_name,
                f.line, f.expected::text, f.actual::text, f.caption
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
        for try await (
            id, ordinal, region, code, year, kind, number, name, latest, rule, severity, message, table, row, column,
            line, expected, actual, caption
        )
            in rows.decode(
                (
                    Int64, Int, String, String, Int, String, Int, String, Bool, String, String, String, Int?, String?,
                    String?, Int?, String?, String?, String?
                ).self
            )
        {
            if result.count == limit { return RowPage(rows: result, next: last) }
            let key = try Self.disclosureKey(region: region, code: code, year: year, kind: kind)
            result.append(
                FindingRow(
                    revision: RevisionKey(disclosure: key, number: number),
                    departmentName: name,
                    isLatest: latest,
                    finding: StoredFinding(
                        ruleID: rule,
                        severity: severity,
                        message: message,
                        table: table.flatMap(TableKind.init(rawValue:)),
                        row: row,
                        column: column,
                        line: line,
                        expected: expected.flatMap(Amount.init),
                        actual: actual.flatMap(Amount.init),
                        caption: caption
                    )
                )
            )
            last = RowPosition(revisionID: id, table: 0, ordinal: ordinal)
        }
        return RowPage(rows: result, next: nil)
    }

    public func addLineageEvent(_ event: LineageEvent) async throws -> LineageEvent {
        try LineageEvent.validate(event)
        let rows = try await client.query(
            """
            INSERT INTO lineage_event (region, kind, from_codes, to_codes, effective_year, note)
            VALUES (\(event.region), \(event.kind.rawValue), \(event.fromCodes)::text[], \(event.toCodes)::text[],
                \(event.effectiveYear), \(event.note))
            RETURNING id
            """,
            logger: logger
        )
        var stored = event
        stored.id = try await Self.single(rows.decode(Int64.self))
        return stored
    }

    public func lineageEvents(region: String?) async throws -> [LineageEvent] {
        let rows = try await client.query(
            """
            SELECT id, kind, region, from_codes, to_codes, effective_year, note FROM lineage_event
            WHERE \(region)::text IS NULL OR region = \(region) ORDER BY effective_year, id
            """,
            logger: logger
        )
        var result: [LineageEvent] = []
        for try await (id, kind, region, from, to, year, note) in rows.decode(
            (Int64, String, String, [String], [String], Int, String?).self
        ) {
            guard let kind = LineageEvent.Kind(rawValue: kind) else {
                throw StorageError(.corrupt, "unknown lineage kind '\(kind)'")
            }
            result.append(
                LineageEvent(
                    id: id,
                    kind: kind,
                    region: region,
                    fromCodes: from,
                    toCodes: to,
                    effectiveYear: year,
                    note: note
                )
            )
        }
        return result
    }

    public func close() async throws { await pool.close() }
}
