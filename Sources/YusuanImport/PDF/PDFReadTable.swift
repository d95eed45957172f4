import Foundation
import YusuanCore

/// A table rebuilt from word positions: header facts and rows of code, labels and amounts in column order.
struct PDFReadTable {
    var spec: PDFTableSpec
    var title: String
    var titleLine: Int
    var caption: String?
    var unitLine: String?
    var unit: AmountUnit?
    var compilingUnit: String?
    var note: String?
    var noteLine: Int?
    var rows: [PDFReadRow] = []

    var header: TableHeader {
        TableHeader(
            caption: caption,
            title: title,
            unitLine: unitLine,
            note: note,
            line: titleLine,
            noteLine: noteLine,
            unit: unit
        )
    }

    /// The table kept as read (rows with codes, labels and amounts; a two-sided row's labels joined by ` | `) under an
    /// identifier.
    func genericTable(identifier: String) -> GenericTable {
        GenericTable(
            identifier: identifier,
            header: header,
            columns: spec.columns.map(\.name),
            rows: rows.map {
                GenericRow(
                    code: $0.code,
                    name: $0.rightName.isEmpty ? $0.name : $0.name + " | " + $0.rightName,
                    amounts: $0.amounts,
                    line: $0.line
                )
            }
        )
    }
}

/// One rebuilt row. For two-sided tables `name` is the left label and `rightName` the right one.
struct PDFReadRow {
    var code: String = ""
    var name: String = ""
    var rightName: String = ""
    var amounts: [Amount?]
    var line: Int
    /// The y position of the last line merged into the row (for wrapped cells).
    var lastY: Double
    var page: Int

    var hasAmounts: Bool { amounts.contains { $0 != nil } }
}
