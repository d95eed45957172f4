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
