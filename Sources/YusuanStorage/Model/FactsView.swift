import YusuanCore

/// The `facts` view both stores offer SQL users: one row per stored amount of every revision, with its region,
/// department, year, kind, revision (and whether it is the latest), table, row, column, amount and unit.
///
/// Columns, in order: `region, department_code, department_name, year, kind, revision, is_latest, table_number,
/// table_id, table_name, row_code, row_kind, row_name, column_name, amount, unit`. `amount` is exact: decimal text in
/// SQLite (`"2197.40"`), `NUMERIC` in PostgreSQL. The amounts of generic tables (``GenericFact``) are rows too: their
/// `table_number` is NULL, `table_id` the table's identifier (`final-expenditure`) and `table_name` its printed title.
public enum FactsView {
    /// The names of the view's columns, in order.
    public static let columns = [
        "region", "department_code", "department_name", "year", "kind", "revision", "is_latest", "table_number",
        "table_id", "table_name", "row_code", "row_kind", "row_name", "column_name", "amount", "unit",
    ]

    /// The table number a generic table's amounts have in a ``RowPosition`` and in PostgreSQL's `fact.table_kind`:
    /// after the eleven typed tables, so that they come after them; the view shows no `table_number` for them.
    public static let genericTableNumber = 100

    /// `CASE number WHEN 1 THEN '…' … END`: a table's property by its number, for the views' SQL.
    public static func tableCase(_ number: String, _ property: (TableKind) -> String) -> String {
        "CASE " + number + " "
            + TableKind.allCases.map { "WHEN \($0.rawValue) THEN '\(property($0))'" }.joined(separator: " ")
            + " END"
    }

    /// The unit of a document's facts in a table: the table's own unit line, else the document's.
    public static func unit(of table: TableKind, in disclosure: Disclosure) -> AmountUnit {
        disclosure.tables.header(of: table)?.unit ?? disclosure.identity.unit
    }
}
