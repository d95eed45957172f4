import Foundation
import Logging
import PostgresNIO
import YusuanCore
import YusuanStorage

/// Writing a batch of documents in one statement: the server function `yusuan_import_documents` (migration
/// `v9-batch-import-function`) gets the batch as arrays, one element per document (and one per finding), and writes
/// the documents in order with the statements a single document runs (``PostgresDisclosureStore`` `importDocument`),
/// then the batch's fact packs and findings in one set-based `INSERT … SELECT` each.
///
/// Measured before it (3,000 generated documents, a profile of the server): parsing, analysing and planning the two
/// statements of each document were about a third of the server's time, and the statements' messages most of the
/// client's time in the driver. A function's statements are planned once per connection; a batch is one message.
///
/// The function stops after the first document whose content is stored already but is not its disclosure's latest
/// revision's (unchanged, an earlier revision's content): the caller may want to stop before the next one
/// (``PostgresDisclosureStore/importDocuments(_:stoppingBefore:)``), and calls it again with the rest otherwise. An
/// unchanged document whose content is the latest revision's leaves the latest revision as a write would, and the
/// function goes on (since `v11-batch-goes-on-past-the-latest`).
enum PostgresBatchImport {
    /// The function as `v9-batch-import-function` created it; replaced by ``version10FunctionDefinition`` in
    /// `v10-batch-skips-stored-documents`. A shipped migration's text never changes.
    static let version9FunctionDefinition = """
        CREATE FUNCTION yusuan_import_documents(
            p_region text[], p_code text[], p_name text[], p_year int8[], p_level text[], p_kind text[],
            p_hash text[], p_source text[], p_document text[], p_fact_count int8[], p_finding_count int8[],
            p_nulls int8[], p_facts text[],
            f_document int8[], f_ordinal int8[], f_rule text[], f_severity text[], f_message text[], f_table int8[],
            f_row text[], f_column text[], f_line int8[], f_expected text[], f_actual text[], f_nulls int8[],
            f_caption text[]
        ) RETURNS TABLE (document_position integer, identical_number integer, revision_number integer)
        LANGUAGE plpgsql VOLATILE AS $function$
        #variable_conflict use_column
        DECLARE
            n integer := coalesce(array_length(p_region, 1), 0);
            revision_ids bigint[] := '{}';
            v_department bigint;
            v_disclosure bigint;
            v_count integer;
            v_same integer;
            v_revision bigint;
        BEGIN
            FOR i IN 1..n LOOP
                -- The department (its name follows the most recent year imported) and the disclosure, whose row
                -- stays locked until the commit.
                INSERT INTO department (region, code, name, name_year, level)
                VALUES (p_region[i], p_code[i], p_name[i], p_year[i], CASE WHEN p_nulls[i] & 1 = 0 THEN p_level[i] END)
                ON CONFLICT (region, code) DO UPDATE SET
                    name = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN excluded.name ELSE department.name END,
                    level = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN coalesce(excluded.level, department.level) ELSE department.level END,
                    name_year = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN excluded.name_year ELSE department.name_year END
                RETURNING id INTO v_department;
                INSERT INTO disclosure (department_id, year, kind) VALUES (v_department, p_year[i], p_kind[i])
                ON CONFLICT (department_id, year, kind) DO UPDATE SET revision_count = disclosure.revision_count
                RETURNING id, revision_count INTO v_disclosure, v_count;
                -- With the lock held: a revision with the same content makes the document unchanged.
                SELECT min(number) INTO v_same FROM revision
                WHERE disclosure_id = v_disclosure AND content_hash = p_hash[i];
                IF v_same IS NOT NULL THEN
                    document_position := i;
                    identical_number := v_same;
                    revision_number := NULL;
                    RETURN NEXT;
                    EXIT;
                END IF;
                INSERT INTO revision (disclosure_id, number, department_name, content_hash, source, document,
                    fact_count, finding_count)
                VALUES (v_disclosure, v_count + 1, p_name[i], p_hash[i],
                    CASE WHEN p_nulls[i] & 2 = 0 THEN p_source[i] END, p_document[i], p_fact_count[i],
                    p_finding_count[i])
                RETURNING id INTO v_revision;
                UPDATE disclosure SET latest_revision_id = v_revision, revision_count = v_count + 1
                WHERE id = v_disclosure;
                revision_ids[i] := v_revision;
                document_position := i;
                identical_number := NULL;
                revision_number := v_count + 1;
                RETURN NEXT;
            END LOOP;
            -- The amounts and findings of the revisions written, in one statement each.
            INSERT INTO fact_pack (revision_id, facts)
            SELECT revision_ids[u.i], u.facts::jsonb
            FROM unnest(p_facts) WITH ORDINALITY AS u(facts, i)
            WHERE revision_ids[u.i] IS NOT NULL;
            INSERT INTO finding (revision_id, ordinal, rule_id, severity, message, table_kind, row_key, column_name,
                line, expected, actual, caption)
            SELECT revision_ids[u.d], u.o, u.ri, u.sv, u.ms, CASE WHEN u.nl & 1 = 0 THEN u.tk END,
                CASE WHEN u.nl & 2 = 0 THEN u.rk END, CASE WHEN u.nl & 4 = 0 THEN u.cn END,
                CASE WHEN u.nl & 8 = 0 THEN u.ln END, CASE WHEN u.nl & 16 = 0 THEN u.ex::numeric END,
                CASE WHEN u.nl & 32 = 0 THEN u.ac::numeric END, CASE WHEN u.nl & 64 = 0 THEN u.cp END
            FROM unnest(f_document, f_ordinal, f_rule, f_severity, f_message, f_table, f_row, f_column, f_line,
                f_expected, f_actual, f_nulls, f_caption) AS u(d, o, ri, sv, ms, tk, rk, cn, ln, ex, ac, nl, cp)
            WHERE revision_ids[u.d] IS NOT NULL;
        END
        $function$
        """

    /// The function as `v10-batch-skips-stored-documents` replaced it; dropped and created again by
    /// ``functionDefinition`` in `v11-batch-goes-on-past-the-latest`. A shipped migration's text never changes.
    static let version10FunctionDefinition = """
        CREATE OR REPLACE FUNCTION yusuan_import_documents(
            p_region text[], p_code text[], p_name text[], p_year int8[], p_level text[], p_kind text[],
            p_hash text[], p_source text[], p_document text[], p_fact_count int8[], p_finding_count int8[],
            p_nulls int8[], p_facts text[],
            f_document int8[], f_ordinal int8[], f_rule text[], f_severity text[], f_message text[], f_table int8[],
            f_row text[], f_column text[], f_line int8[], f_expected text[], f_actual text[], f_nulls int8[],
            f_caption text[]
        ) RETURNS TABLE (document_position integer, identical_number integer, revision_number integer)
        LANGUAGE plpgsql VOLATILE AS $function$
        #variable_conflict use_column
        DECLARE
            n integer := coalesce(array_length(p_region, 1), 0);
            revision_ids bigint[] := '{}';
            v_department bigint;
            v_disclosure bigint;
            v_count integer;
            v_same integer;
            v_revision bigint;
        BEGIN
            FOR i IN 1..n LOOP
                -- The department (its name follows the most recent year imported) and the disclosure, whose row
                -- stays locked until the commit.
                INSERT INTO department (region, code, name, name_year, level)
                VALUES (p_region[i], p_code[i], p_name[i], p_year[i], CASE WHEN p_nulls[i] & 1 = 0 THEN p_level[i] END)
                ON CONFLICT (region, code) DO UPDATE SET
                    name = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN excluded.name ELSE department.name END,
                    level = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN coalesce(excluded.level, department.level) ELSE department.level END,
                    name_year = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN excluded.name_year ELSE department.name_year END
                RETURNING id INTO v_department;
                INSERT INTO disclosure (department_id, year, kind) VALUES (v_department, p_year[i], p_kind[i])
                ON CONFLICT (department_id, year, kind) DO UPDATE SET revision_count = disclosure.revision_count
                RETURNING id, revision_count INTO v_disclosure, v_count;
                -- With the lock held: a revision with the same content makes the document unchanged.
                SELECT min(number) INTO v_same FROM revision
                WHERE disclosure_id = v_disclosure AND content_hash = p_hash[i];
                IF v_same IS NOT NULL THEN
                    document_position := i;
                    identical_number := v_same;
                    revision_number := NULL;
                    RETURN NEXT;
                    EXIT;
                END IF;
                -- A document sent without its content (bit 4 of its mask) was found stored by the caller just before;
                -- revisions are never deleted, so it cannot be new here: if it is, nothing of the batch is kept.
                IF p_nulls[i] & 4 <> 0 THEN
                    RAISE EXCEPTION 'document % of the batch was sent without its content but is not stored', i;
                END IF;
                INSERT INTO revision (disclosure_id, number, department_name, content_hash, source, document,
                    fact_count, finding_count)
                VALUES (v_disclosure, v_count + 1, p_name[i], p_hash[i],
                    CASE WHEN p_nulls[i] & 2 = 0 THEN p_source[i] END, p_document[i], p_fact_count[i],
                    p_finding_count[i])
                RETURNING id INTO v_revision;
                UPDATE disclosure SET latest_revision_id = v_revision, revision_count = v_count + 1
                WHERE id = v_disclosure;
                revision_ids[i] := v_revision;
                document_position := i;
                identical_number := NULL;
                revision_number := v_count + 1;
                RETURN NEXT;
            END LOOP;
            -- The amounts and findings of the revisions written, in one statement each.
            INSERT INTO fact_pack (revision_id, facts)
            SELECT revision_ids[u.i], u.facts::jsonb
            FROM unnest(p_facts) WITH ORDINALITY AS u(facts, i)
            WHERE revision_ids[u.i] IS NOT NULL;
            INSERT INTO finding (revision_id, ordinal, rule_id, severity, message, table_kind, row_key, column_name,
                line, expected, actual, caption)
            SELECT revision_ids[u.d], u.o, u.ri, u.sv, u.ms, CASE WHEN u.nl & 1 = 0 THEN u.tk END,
                CASE WHEN u.nl & 2 = 0 THEN u.rk END, CASE WHEN u.nl & 4 = 0 THEN u.cn END,
                CASE WHEN u.nl & 8 = 0 THEN u.ln END, CASE WHEN u.nl & 16 = 0 THEN u.ex::numeric END,
                CASE WHEN u.nl & 32 = 0 THEN u.ac::numeric END, CASE WHEN u.nl & 64 = 0 THEN u.cp END
            FROM unnest(f_document, f_ordinal, f_rule, f_severity, f_message, f_table, f_row, f_column, f_line,
                f_expected, f_actual, f_nulls, f_caption) AS u(d, o, ri, sv, ms, tk, rk, cn, ln, ex, ac, nl, cp)
            WHERE revision_ids[u.d] IS NOT NULL;
        END
        $function$
        """

    /// The function, created by the migrations `v9-batch-import-function` and `v10-batch-skips-stored-documents` (in
    /// the store's schema, the first of the connections' `search_path`). The per-document statements are those of the
    /// single-document import; each sees the revisions committed before it (a volatile function's statements take a
    /// snapshot each), so a concurrent import of the same disclosure, which waits for the disclosure row's lock,
    /// numbers its revision after this one's. Since v10 a document sent without its content (found stored by
    /// ``storedAlready(_:connection:logger:)``) must be stored, else the statement fails. Since v11 it says of an
    /// unchanged document whether the disclosure's latest revision has its content, and goes on past one that does
    /// (a re-import ended a call at every document); it stops after one whose content is only an earlier revision's.
    /// The result's columns changed, so v11 drops the function first (``droppedFunction``).
    static let functionDefinition = """
        CREATE FUNCTION yusuan_import_documents(
            p_region text[], p_code text[], p_name text[], p_year int8[], p_level text[], p_kind text[],
            p_hash text[], p_source text[], p_document text[], p_fact_count int8[], p_finding_count int8[],
            p_nulls int8[], p_facts text[],
            f_document int8[], f_ordinal int8[], f_rule text[], f_severity text[], f_message text[], f_table int8[],
            f_row text[], f_column text[], f_line int8[], f_expected text[], f_actual text[], f_nulls int8[],
            f_caption text[]
        ) RETURNS TABLE (document_position integer, identical_number integer, identical_is_latest boolean,
            revision_number integer)
        LANGUAGE plpgsql VOLATILE AS $function$
        #variable_conflict use_column
        DECLARE
            n integer := coalesce(array_length(p_region, 1), 0);
            revision_ids bigint[] := '{}';
            v_department bigint;
            v_disclosure bigint;
            v_count integer;
            v_same integer;
            v_latest boolean;
            v_revision bigint;
        BEGIN
            FOR i IN 1..n LOOP
                -- The department (its name follows the most recent year imported) and the disclosure, whose row
                -- stays locked until the commit.
                INSERT INTO department (region, code, name, name_year, level)
                VALUES (p_region[i], p_code[i], p_name[i], p_year[i], CASE WHEN p_nulls[i] & 1 = 0 THEN p_level[i] END)
                ON CONFLICT (region, code) DO UPDATE SET
                    name = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN excluded.name ELSE department.name END,
                    level = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN coalesce(excluded.level, department.level) ELSE department.level END,
                    name_year = CASE WHEN department.name_year IS NULL OR excluded.name_year >= department.name_year
                        THEN excluded.name_year ELSE department.name_year END
                RETURNING id INTO v_department;
                INSERT INTO disclosure (department_id, year, kind) VALUES (v_department, p_year[i], p_kind[i])
                ON CONFLICT (department_id, year, kind) DO UPDATE SET revision_count = disclosure.revision_count
                RETURNING id, revision_count INTO v_disclosure, v_count;
                -- With the lock held: a revision with the same content makes the document unchanged.
                SELECT min(number) INTO v_same FROM revision
                WHERE disclosure_id = v_disclosure AND content_hash = p_hash[i];
                -- The caller may want to stop before the next document when this content is not the latest revision's
                -- (it validated the next year's document against this one).
                IF v_same IS NOT NULL THEN
                    SELECT content_hash = p_hash[i] INTO v_latest FROM revision
                    WHERE disclosure_id = v_disclosure AND number = v_count;
                    document_position := i;
                    identical_number := v_same;
                    identical_is_latest := coalesce(v_latest, false);
                    revision_number := NULL;
                    RETURN NEXT;
                    IF identical_is_latest THEN
                        CONTINUE;
                    END IF;
                    EXIT;
                END IF;
                -- A document sent without its content (bit 4 of its mask) was found stored by the caller just before;
                -- revisions are never deleted, so it cannot be new here: if it is, nothing of the batch is kept.
                IF p_nulls[i] & 4 <> 0 THEN
                    RAISE EXCEPTION 'document % of the batch was sent without its content but is not stored', i;
                END IF;
                INSERT INTO revision (disclosure_id, number, department_name, content_hash, source, document,
                    fact_count, finding_count)
                VALUES (v_disclosure, v_count + 1, p_name[i], p_hash[i],
                    CASE WHEN p_nulls[i] & 2 = 0 THEN p_source[i] END, p_document[i], p_fact_count[i],
                    p_finding_count[i])
                RETURNING id INTO v_revision;
                UPDATE disclosure SET latest_revision_id = v_revision, revision_count = v_count + 1
                WHERE id = v_disclosure;
                revision_ids[i] := v_revision;
                document_position := i;
                identical_number := NULL;
                identical_is_latest := NULL;
                revision_number := v_count + 1;
                RETURN NEXT;
            END LOOP;
            -- The amounts and findings of the revisions written, in one statement each.
            INSERT INTO fact_pack (revision_id, facts)
            SELECT revision_ids[u.i], u.facts::jsonb
            FROM unnest(p_facts) WITH ORDINALITY AS u(facts, i)
            WHERE revision_ids[u.i] IS NOT NULL;
            INSERT INTO finding (revision_id, ordinal, rule_id, severity, message, table_kind, row_key, column_name,
                line, expected, actual, caption)
            SELECT revision_ids[u.d], u.o, u.ri, u.sv, u.ms, CASE WHEN u.nl & 1 = 0 THEN u.tk END,
                CASE WHEN u.nl & 2 = 0 THEN u.rk END, CASE WHEN u.nl & 4 = 0 THEN u.cn END,
                CASE WHEN u.nl & 8 = 0 THEN u.ln END, CASE WHEN u.nl & 16 = 0 THEN u.ex::numeric END,
                CASE WHEN u.nl & 32 = 0 THEN u.ac::numeric END, CASE WHEN u.nl & 64 = 0 THEN u.cp END
            FROM unnest(f_document, f_ordinal, f_rule, f_severity, f_message, f_table, f_row, f_column, f_line,
                f_expected, f_actual, f_nulls, f_caption) AS u(d, o, ri, sv, ms, tk, rk, cn, ln, ex, ac, nl, cp)
            WHERE revision_ids[u.d] IS NOT NULL;
        END
        $function$
        """

    /// What v11 runs before ``functionDefinition``: the function's result gained a column, which `CREATE OR REPLACE`
    /// cannot change.
    static let droppedFunction = """
        DROP FUNCTION yusuan_import_documents(text[], text[], text[], int8[], text[], text[], text[], text[], text[],
            int8[], int8[], int8[], text[], int8[], int8[], text[], text[], text[], int8[], text[], text[], int8[],
            text[], text[], int8[], text[])
        """

    /// The indices of the documents whose content is stored already (a revision of their disclosure with the same
    /// content hash), in one query: the batch statement gets them without their content (their canonical JSON, fact
    /// pack and findings), which a store would not keep. A re-import of unchanged documents ends a statement at each
    /// of them (see ``PostgresDisclosureStore/importDocuments(_:stoppingBefore:)``) and was sent the rest of its
    /// batch whole each time. Revisions are never deleted, so what this finds stays true until the batch is written.
    static func storedAlready(
        _ documents: ArraySlice<PreparedDocument>,
        connection: PostgresConnection,
        logger: Logger
    ) async throws -> Set<Int> {
        guard !documents.isEmpty else { return [] }
        let regions = documents.map(\.key.department.region)
        let codes = documents.map(\.key.department.code)
        let years = documents.map(\.disclosure.identity.year)
        let kinds = documents.map(\.key.kind.rawValue)
        let hashes = documents.map(\.contentHash)
        let rows = try await connection.query(
            """
            SELECT u.i FROM unnest(\(regions)::text[], \(codes)::text[], \(years)::int8[], \(kinds)::text[],
                \(hashes)::text[]) WITH ORDINALITY AS u(rg, cd, yr, kd, hs, i)
            WHERE EXISTS (
                SELECT 1 FROM department dep JOIN disclosure d ON d.department_id = dep.id
                JOIN revision r ON r.disclosure_id = d.id
                WHERE dep.region = u.rg AND dep.code = u.cd AND d.year = u.yr AND d.kind = u.kd
                    AND r.content_hash = u.hs)
            """,
            logger: logger
        )
        var result: Set<Int> = []
        for try await position in rows.decode(Int.self) {
            guard position >= 1, position <= documents.count else {
                throw StorageError(
                    .corrupt,
                    "the stored-content query returned document \(position) of \(documents.count)"
                )
            }
            result.insert(documents.startIndex + position - 1)
        }
        return result
    }

    /// Writes documents in order in the open transaction, up to and including the first one whose content is stored
    /// already but not as its disclosure's latest revision (see ``ImportResult/contentIsLatest``). The
    /// documents whose indices are in `stored` (found stored by ``storedAlready(_:connection:logger:)`` in this
    /// transaction) are sent without their content; the statement fails if one of them turns out not stored.
    /// - Returns: the outcome of each document written, at least one.
    static func importDocuments(
        _ slice: ArraySlice<PreparedDocument>,
        stored: Set<Int> = [],
        connection: PostgresConnection,
        logger: Logger
    ) async throws -> [ImportResult] {
        let documents = Array(slice)
        var regions: [String] = []
        var codes: [String] = []
        var names: [String] = []
        var years: [Int] = []
        var levels: [String] = []
        var kinds: [String] = []
        var hashes: [String] = []
        var sources: [String] = []
        var texts: [String] = []
        var factCounts: [Int] = []
        var findingCounts: [Int] = []
        var nulls: [Int] = []
        var facts: [String] = []
        var findingDocuments: [Int] = []
        var ordinals: [Int] = []
        var rules: [String] = []
        var severities: [String] = []
        var messages: [String] = []
        var tables: [Int] = []
        var rows: [String] = []
        var columns: [String] = []
        var lines: [Int] = []
        var expected: [String] = []
        var actual: [String] = []
        var findingNulls: [Int] = []
        var captions: [String] = []
        for (offset, document) in documents.enumerated() {
            let key = document.key
            let level = document.departmentLevel
            let omitted = stored.contains(slice.startIndex + offset)
            regions.append(key.department.region)
            codes.append(key.department.code)
            names.append(document.disclosure.identity.departmentName)
            years.append(document.disclosure.identity.year)
            levels.append(level ?? "")
            kinds.append(key.kind.rawValue)
            hashes.append(document.contentHash)
            sources.append(document.source ?? "")
            texts.append(omitted ? "" : String(decoding: document.canonicalJSON, as: UTF8.self))
            factCounts.append(document.facts.count)
            findingCounts.append(document.findings.count)
            nulls.append((level == nil ? 1 : 0) | (document.source == nil ? 2 : 0) | (omitted ? 4 : 0))
            facts.append(omitted ? "[]" : document.factRowsJSON)
            for (ordinal, finding) in document.findings.enumerated() where !omitted {
                findingDocuments.append(offset + 1)
                ordinals.append(ordinal)
                rules.append(finding.ruleID)
                severities.append(finding.severity)
                messages.append(finding.message)
                tables.append(finding.table?.rawValue ?? 0)
                rows.append(finding.row ?? "")
                columns.append(finding.column ?? "")
                lines.append(finding.line ?? 0)
                expected.append(finding.expected?.plainText ?? "")
                actual.append(finding.actual?.plainText ?? "")
                findingNulls.append(PostgresDisclosureStore.nullMask(finding))
                captions.append(finding.caption ?? "")
            }
        }
        let rowsReturned = try await connection.query(
            """
            SELECT document_position, identical_number, identical_is_latest, revision_number
            FROM yusuan_import_documents(
                \(regions)::text[], \(codes)::text[], \(names)::text[], \(years)::int8[], \(levels)::text[],
                \(kinds)::text[], \(hashes)::text[], \(sources)::text[], \(texts)::text[], \(factCounts)::int8[],
                \(findingCounts)::int8[], \(nulls)::int8[], \(facts)::text[],
                \(findingDocuments)::int8[], \(ordinals)::int8[], \(rules)::text[], \(severities)::text[],
                \(messages)::text[], \(tables)::int8[], \(rows)::text[], \(columns)::text[], \(lines)::int8[],
                \(expected)::text[], \(actual)::text[], \(findingNulls)::int8[], \(captions)::text[])
            ORDER BY document_position
            """,
            logger: logger
        ).decode((Int, Int?, Bool?, Int?).self)
        var results: [ImportResult] = []
        for try await (position, identical, identicalIsLatest, number) in rowsReturned {
            guard position == results.count + 1, position <= documents.count else {
                throw StorageError(.corrupt, "the batch import returned document \(position) out of order")
            }
            let key = documents[position - 1].key
            if let identical {
                results.append(
                    ImportResult(
                        status: .unchanged,
                        revision: RevisionKey(disclosure: key, number: identical),
                        contentIsLatest: identicalIsLatest ?? false
                    )
                )
            } else if let number {
                results.append(
                    ImportResult(
                        status: number == 1 ? .created : .revised,
                        revision: RevisionKey(disclosure: key, number: number)
                    )
                )
            } else {
                throw StorageError(.corrupt, "the batch import returned no revision for document \(position)")
            }
        }
        guard !results.isEmpty else {
            throw StorageError(.corrupt, "the batch import of \(documents.count) documents returned no outcome")
        }
        return results
    }
}
