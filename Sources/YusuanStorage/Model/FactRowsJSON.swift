import Foundation
import YusuanCore

/// The facts of one revision as JSON text that SQL can read, the `facts_json` column of `fact_pack` behind the
/// `facts` view: one array per amount, `[table, row code, row kind, row name, column, amount, unit]`, in the order
/// of the pack (by table, then stored order); then the amounts of the generic tables (``GenericFact``), each
/// `[table identifier, row code, row kind, row name, column, amount, unit, table title]`, in their order. A typed
/// table is its number, a generic table its identifier (a string): the view tells them apart by the JSON type.
///
/// Prepared with the document (``PreparedDocument/factRowsJSON``), so that the SQLite writer only stores it.
/// `fact_pack.facts` (`FactPack`) stays the SQLite store's own form — compact, and a rollup decodes only the tables it
/// asks for; this text is for `sqlite3`, Datasette and DuckDB, which read it with SQLite's `json_each`. Each amount
/// is a string, exactly as written (`"2197.40"`), never a floating-point number.
public enum FactRowsJSON {
    /// The JSON array of the facts, each with the unit of its table.
    ///
    /// Written by ``JSONTextWriter`` (each value's bytes once, no string per value) with the unit looked up once per
    /// table; the facts go table by table (`TableKind` order), in their order within a table.
    public static func encode(_ facts: [Fact], generic: [GenericFact] = [], unit: (TableKind) -> AmountUnit)
        -> String
    {
        var writer = JSONTextWriter(capacity: (facts.count + generic.count) * 96)
        writer.beginArray()
        for table in TableKind.allCases {
            var tableUnit: String?
            for fact in facts where fact.table == table {
                let unitText = tableUnit ?? unit(table).rawValue
                tableUnit = unitText
                writer.beginArray()
                writer.write(table.rawValue)
                writer.write(fact.row)
                writer.write(fact.rowKind.rawValue)
                writer.write(fact.name)
                writer.write(fact.column)
                writer.write(fact.amount)
                writer.write(unitText)
                writer.endArray()
            }
        }
        for fact in generic {
            writer.beginArray()
            writer.write(fact.table)
            writer.write(fact.row)
            writer.write(fact.rowKind.rawValue)
            writer.write(fact.name)
            writer.write(fact.column)
            writer.write(fact.amount)
            writer.write(fact.unit.rawValue)
            writer.write(fact.tableTitle)
            writer.endArray()
        }
        writer.endArray()
        return writer.text
    }

    /// One amount of the text: a typed table's fact or a generic table's, with its unit.
    public enum Entry: Sendable, Hashable {
        case typed(Fact, AmountUnit)
        case generic(GenericFact)
    }

    /// The typed tables' facts of the text ``encode(_:generic:unit:)`` wrote, each with its unit, in order.
    /// - Throws: ``StorageError`` `corrupt` when the text is not such an array.
    public static func decode(_ text: String) throws -> [(fact: Fact, unit: AmountUnit)] {
        try entries(text).compactMap { entry in
            if case .typed(let fact, let unit) = entry { (fact, unit) } else { nil }
        }
    }

    /// Every amount of the text ``encode(_:generic:unit:)`` wrote, typed and generic, in order.
    /// - Throws: ``StorageError`` `corrupt` when the text is not such an array.
    public static func entries(_ text: String) throws -> [Entry] {
        guard let rows = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]] else {
            throw StorageError(.corrupt, "a stored facts_json is not an array of facts")
        }
        return try rows.map { row in
            guard row.count == 7 || row.count == 8,
                let code = row[1] as? String, let kind = (row[2] as? String).flatMap(Fact.RowKind.init(rawValue:)),
                let name = row[3] as? String, let column = row[4] as? String,
                let amount = (row[5] as? String).flatMap(Amount.init),
                let unit = (row[6] as? String).flatMap(AmountUnit.init(rawValue:))
            else { throw StorageError(.corrupt, "a stored facts_json holds a damaged fact") }
            if row.count == 8, let identifier = row[0] as? String, let title = row[7] as? String {
                return .generic(
                    GenericFact(
                        table: identifier,
                        tableTitle: title,
                        row: code,
                        rowKind: kind,
                        name: name,
                        column: column,
                        amount: amount,
                        unit: unit
                    )
                )
            }
            guard row.count == 7, !(row[0] is String),
                let table = (row[0] as? NSNumber).flatMap({ TableKind(rawValue: $0.intValue) })
            else { throw StorageError(.corrupt, "a stored facts_json holds a damaged fact") }
            return .typed(
                Fact(table: table, row: code, rowKind: kind, name: name, column: column, amount: amount),
                unit
            )
        }
    }

    /// The SQL of the `facts` view over `fact_pack.facts_json`: one row per stored amount of every revision.
    ///
    /// The integer columns computed here are `CAST … AS INTEGER`: a cast gives an expression INTEGER affinity, as a
    /// declared column has, so that a filter that binds text (`table_number = '8'`, what Datasette sends for
    /// `?table_number=8`) matches as it does on `year`; a bare `json_extract` or `CASE` has none and matches nothing.
    public static let viewSQL = """
        CREATE VIEW facts AS
        SELECT dep.region AS region,
            dep.code AS department_code,
            r.department_name AS department_name,
            d.year AS year,
            d.kind AS kind,
            r.number AS revision,
            CAST(CASE WHEN d.latest_revision_id = r.id THEN 1 ELSE 0 END AS INTEGER) AS is_latest,
            CAST(CASE WHEN json_type(f.value, '$[0]') = 'integer' THEN json_extract(f.value, '$[0]') END AS INTEGER)
                AS table_number,
            coalesce(\(FactsView.tableCase("json_extract(f.value, '$[0]')", \.identifier)), json_extract(f.value, '$[0]'))
                AS table_id,
            coalesce(\(FactsView.tableCase("json_extract(f.value, '$[0]')", \.chineseName)), json_extract(f.value, '$[7]'))
                AS table_name,
            json_extract(f.value, '$[1]') AS row_code,
            json_extract(f.value, '$[2]') AS row_kind,
            json_extract(f.value, '$[3]') AS row_name,
            json_extract(f.value, '$[4]') AS column_name,
            json_extract(f.value, '$[5]') AS amount,
            json_extract(f.value, '$[6]') AS unit
        FROM fact_pack p
        JOIN revision r ON r.id = p.revision_id
        JOIN disclosure d ON d.id = r.disclosure_id
        JOIN department dep ON dep.id = d.department_id
        JOIN json_each(p.facts_json) f
        """
}
