/// A workbook to write: sheets in order, each a grid of cells with merges, column widths and frozen rows.
///
/// The model is generic (nothing in it knows about budgets); ``XLSXWriter`` turns it into an Office Open XML
/// spreadsheet.
public struct XLSXWorkbook: Sendable, Hashable {
    /// The sheets, in tab order.
    public var sheets: [XLSXSheet]

    public init(sheets: [XLSXSheet] = []) {
        self.sheets = sheets
    }
}

/// One worksheet.
public struct XLSXSheet: Sendable, Hashable {
    /// The tab name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The rows from row 1 down; each row holds its cells from column A, `nil` for an absent cell.
    public var rows: [[XLSXCell?]]
    /// Merged ranges.
    public var merges: [XLSXRange]
    /// The number of rows frozen at the top (0 for none).
    public var frozenRows: Int
    /// Column widths in characters, from column A; missing columns keep the default width.
    public var columnWidths: [Double]

    public init(
        name: String,
        rows: [[XLSXCell?]] = [],
        merges: [XLSXRange] = [],
        frozenRows: Int = 0,
        columnWidths: [Double] = []
    ) {
        self.name = name
        self.rows = rows
        self.merges = merges
        self.frozenRows = frozenRows
        self.columnWidths = columnWidths
    }
}

/// One cell to write: a value and its style.
public struct XLSXCell: Sendable, Hashable {
    /// What a cell holds.
    public enum Value: Sendable, Hashable {
        /// Text, stored as an inline string.
        case text(String)
        /// A number given as exact decimal text (`2829.73`, `-0.10`), written into the XML unchanged.
        case number(String)
        /// No value: the cell only carries its style (a border around a blank).
        case empty
    }

    public var value: Value
    public var style: XLSXStyle

    public init(_ value: Value, style: XLSXStyle = XLSXStyle()) {
        self.value = value
        self.style = style
    }
}

/// How a cell looks. Equal styles share one entry of the workbook's style sheet.
public struct XLSXStyle: Sendable, Hashable {
    /// Horizontal alignment.
    public enum Alignment: String, Sendable, Hashable {
        case general, left, center, right
    }

    public var isBold: Bool
    /// The font size in points.
    public var fontSize: Double
    /// A solid background colour as `RRGGBB`, or nil.
    public var fill: String?
    /// Whether the cell has a thin border on all sides.
    public var hasBorder: Bool
    public var alignment: Alignment
    /// Whether text wraps inside the cell.
    public var wrapsText: Bool
    /// The number format code (`#,##0.00`), or nil for General.
    public var numberFormat: String?

    public init(
        isBold: Bool = false,
        fontSize: Double = 11,
        fill: String? = nil,
        hasBorder: Bool = false,
        alignment: Alignment = .general,
        wrapsText: Bool = false,
        numberFormat: String? = nil
    ) {
        self.isBold = isBold
        self.fontSize = fontSize
        self.fill = fill
        self.hasBorder = hasBorder
        self.alignment = alignment
        self.wrapsText = wrapsText
        self.numberFormat = numberFormat
    }
}

/// A rectangular range of cells, 1-based: rows from the top, columns from A = 1.
public struct XLSXRange: Sendable, Hashable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// `A1:C2`.
    public var reference: String {
        CellReference.name(row: firstRow, column: firstColumn) + ":"
            + CellReference.name(row: lastRow, column: lastColumn)
    }
}
