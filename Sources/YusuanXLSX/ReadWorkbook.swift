/// A workbook as read from an `.xlsx` file: its sheets in tab order.
public struct XLSXReadWorkbook: Sendable, Hashable {
    public var sheets: [XLSXReadSheet]

    public init(sheets: [XLSXReadSheet]) {
        self.sheets = sheets
    }

    /// The sheet with this name.
    public func sheet(named name: String) -> XLSXReadSheet? { sheets.first { $0.name == name } }
}

/// One sheet as read: its cells, row by row, and its merged ranges.
public struct XLSXReadSheet: Sendable, Hashable {
    public var name: String
    /// The cells that hold a value, ordered by row and column.
    public var cells: [XLSXReadCell]
    public var merges: [XLSXRange]

    public init(name: String, cells: [XLSXReadCell], merges: [XLSXRange] = []) {
        self.name = name
        self.cells = cells
        self.merges = merges
    }

    /// The rows from row 1 to the last row with a value; each row holds its cells from column A (nil where empty).
    public var rows: [[XLSXReadCell?]] {
        guard let lastRow = cells.map(\.row).max() else { return [] }
        var result: [[XLSXReadCell?]] = Array(repeating: [], count: lastRow)
        for cell in cells {
            var row = result[cell.row - 1]
            if row.count < cell.column { row += Array(repeating: nil, count: cell.column - row.count) }
            row[cell.column - 1] = cell
            result[cell.row - 1] = row
        }
        return result
    }

    /// The largest column that holds a value.
    public var columnCount: Int { cells.map(\.column).max() ?? 0 }
}

/// One cell as read.
public struct XLSXReadCell: Sendable, Hashable {
    /// What the cell holds.
    public enum Kind: String, Sendable, Hashable {
        case text, number, boolean, error
    }

    /// 1-based row.
    public var row: Int
    /// 1-based column.
    public var column: Int
    public var kind: Kind
    /// The value as stored: the text, or the number's decimal text as written in the XML (`2829.73`, `1E-3`).
    public var value: String
    /// The number format code of the cell's style (`#,##0.00`), when it has one other than General.
    public var numberFormat: String?

    public init(row: Int, column: Int, kind: Kind, value: String, numberFormat: String? = nil) {
        self.row = row
        self.column = column
        self.kind = kind
        self.value = value
        self.numberFormat = numberFormat
    }

    /// `B7`.
    public var reference: String { CellReference.name(row: row, column: column) }

    /// The number of decimals the number format shows (`#,##0.00` → 2), when it is a plain decimal format.
    public var formatDecimals: Int? {
        guard let format = numberFormat?.split(separator: ";").first else { return nil }
        guard format.contains("0") || format.contains("#") else { return nil }
        guard let point = format.firstIndex(of: ".") else { return 0 }
        return format[format.index(after: point)...].prefix { $0 == "0" || $0 == "#" }.count
    }
}
