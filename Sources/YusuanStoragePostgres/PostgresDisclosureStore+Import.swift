import Foundation
import Logging
import PostgresNIO
import Synchronization
import YusuanCore
import YusuanStorage

/// Writing documents: each whole or not at all, in two statements; a batch in one transaction and one statement.
extension PostgresDisclosureStore {
    public func importDocument(_ document: PreparedDocument) async throws -> ImportResult {
        let logger = self.logger
        return try await client.withTransaction(logger: logger) { connection in
            try await Self.importDocument(document, connection: connection, logger: logger)
        }
    }

    /// 32: each transaction ends with a flush of the server's write-ahead log, and a batch's rows are written by a
    /// few set-based statements (``PostgresBatchImport``), whose cost is shared by more documents in a larger batch.
    public var importBatchSize: Int { 32 }

    public func importDocuments(_ documents: [PreparedDocument]) async -> [Result<ImportResult, any Error>] {
        await importDocuments(documents) { _, _ in false }
    }

    /// Imports the documents in order on one connection, in one transaction. With `fsync` on, the commit — one flush
    /// of the write-ahead log — was most of the time of a document imported in a transaction of its own; a batch
    /// shares one. A process killed before the commit leaves none of the batch.
    ///
    /// The batch is first written without a savepoint per document, in one statement
    /// (``PostgresBatchImport/importDocuments(_:connection:logger:)``), called again after each document found
    /// unchanged with an earlier revision's content when `stopsBefore` lets the next one go on (an unchanged document
    /// identical to the latest revision does not end the call: `stopsBefore` is asked after it only when the call
    /// returns, and a stop there writes the batch again one by one, below). When a document fails (or `stopsBefore`
    /// stops before a document already written), that transaction is rolled back whole and the batch written again
    /// with savepoints (``importDocumentsWithSavepoints(_:stoppingBefore:)``), which keeps the others and reports the
    /// failure.
    public func importDocuments(
        _ documents: [PreparedDocument],
        stoppingBefore stopsBefore: @Sendable (_ index: Int, _ outcomes: [Result<ImportResult, any Error>]) -> Bool
    ) async -> [Result<ImportResult, any Error>] {
        guard !documents.isEmpty else { return [] }
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    var results: [Result<ImportResult, any Error>] = []
                    // How many documents the next call gets: all of them first; after a call that ended early (at
                    // a document found unchanged, not the latest), twice as many as it wrote, so that a batch of
                    // unchanged documents is not sent whole once for each of them (a re-import of 1,000 unchanged
                    // documents used 30 % more client CPU than writing them one by one).
                    var chunk = documents.count
                    // The documents found stored already, sent without their content. Asked for once: first thing
                    // after a batch that held one, else after the first call that ends at an unchanged document (a
                    // re-import). A fresh import never asks.
                    var stored: Set<Int> = []
                    var askedStored = false
                    if expectsStoredDocuments.load(ordering: .relaxed) {
                        stored = try await PostgresBatchImport.storedAlready(
                            documents[...],
                            connection: connection,
                            logger: logger
                        )
                        askedStored = true
                    }
                    while results.count < documents.count {
                        let start = results.count
                        if start > 0, stopsBefore(start, results) { break }
                        let end = min(documents.count, start + chunk)
                        let written = try await PostgresBatchImport.importDocuments(
                            documents[start..<end],
                            stored: stored,
                            connection: connection,
                            logger: logger
                        )
                        for (offset, result) in written.enumerated() {
                            // Written already, but the caller wanted to stop before it: written again one by one.
                            if offset > 0, stopsBefore(start + offset, results) {
                                throw StorageError(.invalidArgument, "a batch to write again document by document")
                            }
                            results.append(.success(result))
                        }
                        chunk = results.count < end ? 2 * written.count : 2 * chunk
                        if results.count < end, !askedStored {
                            stored = try await PostgresBatchImport.storedAlready(
                                documents[results.count...],
                                connection: connection,
                                logger: logger
                            )
                            askedStored = true
                        }
                    }
                    try await connection.query("COMMIT", logger: logger)
                    let metStored = results.contains { (try? $0.get())?.status == .unchanged }
                    expectsStoredDocuments.store(metStored, ordering: .relaxed)
                    return results
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch {
            // Nothing of the batch is stored (a failed commit stores nothing either).
            return await importDocumentsWithSavepoints(documents, stoppingBefore: stopsBefore)
        }
    }

    /// Imports the documents in order on one connection, in one transaction with a savepoint per document: a
    /// document that fails is rolled back to its savepoint (nothing of it stays) and the next ones go on. A process
    /// killed before the commit leaves none of the batch.
    ///
    /// A document held up by a deadlock with another importer (the batch holds the rows of the departments and
    /// disclosures it wrote until its commit) is not failed: the documents before it are committed, which releases
    /// their locks, and it is tried again at the start of a new transaction.
    func importDocumentsWithSavepoints(
        _ documents: [PreparedDocument],
        stoppingBefore stopsBefore: @Sendable (_ index: Int, _ outcomes: [Result<ImportResult, any Error>]) -> Bool
    ) async -> [Result<ImportResult, any Error>] {
        let logger = self.logger
        var results: [Result<ImportResult, any Error>] = []
        // The documents from `uncommitted` up to `attempted` are in the open transaction.
        var uncommitted = 0
        var attempted = 0
        do {
            try await client.withConnection { connection in
                var stopped = false
                while results.count < documents.count, !stopped {
                    try await connection.query("BEGIN", logger: logger)
                    uncommitted = results.count
                    do {
                        while results.count < documents.count {
                            let index = results.count
                            if index > 0, stopsBefore(index, results) {
                                stopped = true
                                break
                            }
                            attempted = index + 1
                            try await connection.query("SAVEPOINT document", logger: logger)
                            do {
                                let result = try await Self.importDocument(
                                    documents[index],
                                    connection: connection,
                                    logger: logger
                                )
                                try await connection.query("RELEASE SAVEPOINT document", logger: logger)
                                results.append(.success(result))
                            } catch {
                                try await connection.query("ROLLBACK TO SAVEPOINT document", logger: logger)
                                // Committing the documents before it releases the locks the other importer waits
                                // for; it is tried again first in the next transaction.
                                if Self.isLockConflict(error), index > uncommitted { break }
                                results.append(.failure(error))
                            }
                        }
                        try await connection.query("COMMIT", logger: logger)
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        throw error
                    }
                }
            }
        } catch {
            // The transaction was rolled back (or the connection lost): none of its documents is stored.
            results.removeSubrange(uncommitted...)
            results += repeatElement(.failure(error), count: max(attempted, uncommitted + 1) - uncommitted)
        }
        return results
    }

    /// Whether an error is PostgreSQL's answer to a deadlock or a serialization failure, which a transaction may
    /// retry.
    static func isLockConflict(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        return state == "40P01" || state == "40001"
    }

    /// Imports a document in two statements (plus `BEGIN` and `COMMIT`): round trips, not the server's work,
    /// were most of the time of an import.
    static func importDocument(
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
        let findings = document.findings
        let (identical, latestIsIdentical, _) = try await single(
            connection.query(
                """
                WITH existing AS (
                    SELECT min(number) AS number FROM revision
                    WHERE disclosure_id = \(disclosureID) AND content_hash = \(document.contentHash)
                ), latest_content AS (
                    SELECT content_hash = \(document.contentHash) AS same FROM revision
                    WHERE disclosure_id = \(disclosureID) AND number = \(count)
                ), rev AS (
                    INSERT INTO revision (disclosure_id, number, department_name, content_hash, source, document,
                        fact_count, finding_count)
                    SELECT \(disclosureID), \(number), \(name), \(document.contentHash), \(document.source), \(json),
                        \(facts.count), \(findings.count)
                    WHERE (SELECT number FROM existing) IS NULL
                    RETURNING id
                ), facts AS (
                    INSERT INTO fact_pack (revision_id, facts) SELECT rev.id, \(document.factRowsJSON)::jsonb FROM rev
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
                SELECT (SELECT number FROM existing), (SELECT same FROM latest_content), (SELECT id FROM rev)
                """,
                logger: logger
            ).decode((Int?, Bool?, Int64?).self)
        )
        if let identical {
            return ImportResult(
                status: .unchanged,
                revision: RevisionKey(disclosure: key, number: identical),
                contentIsLatest: latestIsIdentical ?? false
            )
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
    static func single<Element>(_ rows: some AsyncSequence<Element, any Error>) async throws -> Element {
        for try await row in rows { return row }
        throw StorageError(.corrupt, "a query that returns one row returned none")
    }
}
