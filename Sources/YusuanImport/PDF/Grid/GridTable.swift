import Foundation
import YusuanCore

/// A table rebuilt from word positions by ``GridTableReader``: its columns with their header texts, its rows of
/// cells, its unit and note, and what could not be read with certainty.
struct GridTable: Sendable {
    /// A column: its header texts from the top (spanning headers) down to its own, and where it stands.
    struct Column: Sendable {
        var path: [String]
        var xMin: Double
        var xMax: Double

        /// The column's own header text (its lowest header cell).
        var name: String { path.last ?? "" }
        /// Every header text above and of the column, joined.
        var fullName: String { path.joined() }
    }

    /// A cell: its text as printed (lines joined), and its amount when it is one.
    struct Cell: Sendable {
        var text: String
        var amount: Amount?
        /// The words of the cell.
        var words: [PDFWord]

        var isBlankMark: Bool { GridWords.isBlankMark(text) }
    }

    /// A row: one cell per column (nil where blank), and the line of the row (the line of its amounts or code).
    struct Row: Sendable {
        var cells: [Cell?]
        var line: Int
        var page: Int

        /// The amounts of the given columns.
        func amount(_ column: Int?) -> Amount? {
            column.flatMap { cells.indices.contains($0) ? cells[$0]?.amount : nil }
        }
        /// The text of a column.
        func text(_ column: Int?) -> String {
            column.flatMap { cells.indices.contains($0) ? cells[$0]?.text : nil } ?? ""
        }
        /// Whether the row holds an amount.
        var hasAmount: Bool { cells.contains { $0?.amount != nil } }
    }

    /// Something that keeps the table from being read with certainty.
    struct Issue: Sendable {
        var line: Int
        var reason: String
        var reasonEnglish: String
    }

    var located: LocatedTable
    var unitLine: String?
    var unit: AmountUnit?
    /// The organisation named above the table (`单位名称：…`, `编制部门：…`).
    var organization: String?
    var columns: [Column] = []
    var rows: [Row] = []
    var note: String?
    var noteLine: Int?
    var issues: [Issue] = []
    /// Remarks on how the table is printed that do not make its reading uncertain (a 款 code without its leading
    /// zero).
    var remarks: [Issue] = []

    /// The header as the model keeps it.
    var header: TableHeader {
        TableHeader(
            caption: located.caption,
            title: located.title,
            unitLine: unitLine,
            note: note,
            line: located.titleLine.number,
            noteLine: noteLine,
            unit: unit
        )
    }

    /// Whether the table holds no amount at all.
    var isEmpty: Bool { !rows.contains { $0.hasAmount } }
}
