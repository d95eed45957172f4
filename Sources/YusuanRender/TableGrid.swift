import YusuanCore

/// A table of a disclosure laid out as published: caption, title, unit line, a grid of cells with merged
/// header cells, and the note under it. Every output format (HTML, XLSX, Markdown) draws its tables from
/// these grids, so they all show the same cells in the same places.
public struct TableGrid: Sendable, Hashable {
    /// Which of the eleven tables this is; nil for a table of another template (a ``GenericTable``).
    public var kind: TableKind?
    /// The stable English identifier: the kind's (`financial-summary`) or the generic table's (`final-summary`).
    public var identifier: String
    /// The caption as printed (`表一：` or `表一`), when there is one.
    public var caption: String?
    /// The title line.
    public var title: String
    /// 编制单位 (表十一), when printed.
    public var compilingUnit: String?
    /// The unit line (`单位：万元`).
    public var unitLine: String?
    /// The note under the table.
    public var note: String?
    /// The number of columns; every row has exactly this many cells.
    public var columnCount: Int
    /// Header rows first (``headerRowCount`` of them), then the body.
    public var rows: [GridRow]
    /// How many leading rows are column headers.
    public var headerRowCount: Int

    public init(
        kind: TableKind,
        caption: String?,
        title: String,
        compilingUnit: String? = nil,
        unitLine: String?,
        note: String?,
        columnCount: Int,
        rows: [GridRow],
        headerRowCount: Int
    ) {
        self.kind = kind
        self.identifier = kind.identifier
        self.caption = caption
        self.title = title
        self.compilingUnit = compilingUnit
        self.unitLine = unitLine
        self.note = note
        self.columnCount = columnCount
        self.rows = rows
        self.headerRowCount = headerRowCount
    }

    /// A grid of a table that is none of the eleven (a ``GenericTable``), known by its identifier.
    public init(
        identifier: String,
        title: String,
        unitLine: String?,
        note: String?,
        columnCount: Int,
        rows: [GridRow],
        headerRowCount: Int
    ) {
        self.init(
            kind: .financialSummary,
            caption: nil,
            title: title,
            unitLine: unitLine,
            note: note,
            columnCount: columnCount,
            rows: rows,
            headerRowCount: headerRowCount
        )
        self.kind = nil
        self.identifier = identifier
    }

    /// The header rows.
    public var headerRows: ArraySlice<GridRow> { rows.prefix(headerRowCount) }
    /// The rows under the header.
    public var bodyRows: ArraySlice<GridRow> { rows.dropFirst(headerRowCount) }

    /// One label per column, made of the header cells above it (`支出 / 合计`); empty without header rows.
    public var flattenedHeaders: [String] {
        var labels = Array(repeating: [String](), count: columnCount)
        for row in headerRows {
            for (column, cell) in row.cells.enumerated() {
                guard case .text(let text) = cell.value, !text.isEmpty else { continue }
                for covered in column..<min(columnCount, column + cell.columnSpan) where labels[covered].last != text {
                    labels[covered].append(text)
                }
            }
        }
        return labels.map { $0.joined(separator: " / ") }
    }
}

/// One row of a ``TableGrid``.
public struct GridRow: Sendable, Hashable {
    /// What the row is.
    public enum Role: String, Sendable, Hashable {
        /// A column header row.
        case header
        /// A 合计 row.
        case total
        /// A data row.
        case body
        /// A labelled field of a form table (表十, 表十一): `项目名称 | …`.
        case field
        /// The header row of the indicators inside a form table.
        case indicatorHeader
        /// An indicator of a form table.
        case indicator
    }

    public var role: Role
    public var cells: [GridCell]

    public init(role: Role, cells: [GridCell]) {
        self.role = role
        self.cells = cells
    }
}

/// One cell of a ``TableGrid``.
public struct GridCell: Sendable, Hashable {
    /// What the cell shows.
    public enum Value: Sendable, Hashable {
        /// Text (a label, a code, a name).
        case text(String)
        /// An amount, written with the document's separator style.
        case amount(Amount)
        /// A weight or other plain number, written with its own precision and no separators.
        case plainNumber(Amount)
        /// An empty cell (a blank in the source).
        case blank
        /// A cell covered by a merged cell to its left or above.
        case covered
    }

    /// How a header cell relates to the data (for `<th scope=…>`).
    public enum Scope: String, Sendable, Hashable {
        case col, colgroup, row, rowgroup
    }

    public var value: Value
    public var columnSpan: Int
    public var rowSpan: Int
    /// The scope when this is a header cell; nil for a data cell.
    public var scope: Scope?

    public init(_ value: Value, columnSpan: Int = 1, rowSpan: Int = 1, scope: Scope? = nil) {
        self.value = value
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.scope = scope
    }

    /// The amount of an amount or number cell.
    public var amount: Amount? {
        switch value {
        case .amount(let amount), .plainNumber(let amount): amount
        default: nil
        }
    }

    /// The text the published layout writes for this cell.
    public func text(groupingThousands: Bool) -> String {
        switch value {
        case .text(let text): text
        case .amount(let amount): amount.formatted(groupingThousands: groupingThousands)
        case .plainNumber(let amount): amount.plainText
        case .blank, .covered: ""
        }
    }
}
