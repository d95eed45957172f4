import Foundation
import YusuanCore
import YusuanXLSX

/// Reads the 项目支出绩效自评表 from an Excel workbook in the layout departments fill in (the national template of
/// 财预〔2020〕10号): one table per sheet, or several one under another, each starting at a title row that names
/// `项目支出绩效自评表`. Merged cells hold their value in their first cell; the reader finds the columns by their
/// headers, so a template with its columns shifted or widened reads the same.
///
/// A 执行率 cell that holds a number formatted as a percentage (`0.9875` shown as `98.75%`) is read in percent.
/// Errors name the sheet and cell (`自评表!C7`) and what was expected there; values read from a workbook carry no
/// source lines.
public enum SelfEvaluationWorkbookImporter {
    /// Reads every self-evaluation table of the workbook, in sheet order.
    ///
    /// - Parameters:
    ///   - data: the bytes of the `.xlsx` file.
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ImportError`` with the sheet row as the line and the cell in the message; `notADisclosure` when no
    ///   sheet holds a 项目支出绩效自评表.
    public static func importSelfEvaluations(data: Data, fileName: String) throws -> [ProjectSelfEvaluation] {
        let workbook = try XLSXImporter.openWorkbook(data, fileName: fileName)
        return try selfEvaluations(in: workbook, fileName: fileName)
    }

    /// Reads every self-evaluation table of the read workbook (``importSelfEvaluations(data:fileName:)``); with
    /// `requiringOne` false, a workbook without one gives none instead of an error (a disclosure workbook).
    public static func selfEvaluations(
        in workbook: XLSXReadWorkbook,
        fileName: String,
        requiringOne: Bool = true
    ) throws -> [ProjectSelfEvaluation] {
        var result: [ProjectSelfEvaluation] = []
        var reader = SelfEvaluationReader(file: fileName)
        for sheet in workbook.sheets {
            let rows = sheet.rows.enumerated().map { index, cells in
                SelfEvaluationRow(
                    number: index + 1,
                    cells: cells.map { $0.map(cellText) ?? "" },
                    sheet: sheet.name
                )
            }
            var title: SelfEvaluationRow?
            var body: [SelfEvaluationRow] = []
            for row in rows where !row.isBlank {
                if isTitle(row) {
                    if let title { result.append(try reader.read(title: title, rows: body)) }
                    title = row
                    body = []
                } else if title != nil {
                    body.append(row)
                }
            }
            if let title { result.append(try reader.read(title: title, rows: body)) }
        }
        guard !result.isEmpty || !requiringOne else {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "a sheet with a title row ending with 项目支出绩效自评表",
                found: "sheets \(workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", "))"
            )
        }
        return result
    }

    /// A title row: its only text names 项目支出绩效自评表 (`2024年度项目支出绩效自评表`), at most 60 characters.
    static func isTitle(_ row: SelfEvaluationRow) -> Bool {
        let texts = row.cells.filter { !$0.isEmpty }
        guard texts.count == 1 else { return false }
        return texts[0].contains(SelfEvaluationTextImporter.title) && texts[0].count <= 60
    }

    /// The text of a cell, trimmed; a number formatted as a percentage is written in percent with its sign.
    static func cellText(_ cell: XLSXReadCell) -> String {
        if cell.kind == .number, cell.numberFormat?.contains("%") == true, let fraction = WorkbookText.amount(cell) {
            // `0.00%` shows two decimals of the percentage.
            var value = percent(of: fraction)
            if let shown = cell.formatDecimals, shown > value.scale { value = value.rescaled(to: shown) ?? value }
            return value.plainText + "%"
        }
        return WorkbookText.cellText(cell, grouping: false).trimmingSpaces()
    }

    /// `0.9875` → `98.75`, exactly (the scale drops by two, or the units grow when there are fewer decimals).
    static func percent(of fraction: Amount) -> Amount {
        if fraction.scale >= 2 { return Amount(minorUnits: fraction.minorUnits, scale: fraction.scale - 2) }
        return Amount(minorUnits: fraction.minorUnits * Amount.powerOfTenValue(2 - fraction.scale), scale: 0)
    }
}

extension Amount {
    /// 10 to the power `exponent` (0…18).
    fileprivate static func powerOfTenValue(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
