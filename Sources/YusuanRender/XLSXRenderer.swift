import Foundation
import YusuanCore
import YusuanXLSX

/// Writes a disclosure as an Excel workbook: a sheet for the narrative, one sheet per table in the official
/// layout (merged two-level headers, unit line, the note under the table; one sheet per project for 表十一) and
/// a sheet of document information. Amounts are numbers, stored as their exact decimal text, with the format
/// `#,##0.00` (or the precision they were written with); header rows are frozen.
///
/// `yusuan import` reads the workbook back into the same model.
public struct XLSXRenderer: DisclosureRenderer {
    /// The name of the narrative sheet.
    public static let narrativeSheetName = "情况说明"
    /// The name of the document information sheet.
    public static let informationSheetName = "文档信息"

    public init() {}

    public var fileExtension: String { "xlsx" }

    public func render(_ disclosure: Disclosure) throws -> Data {
        try XLSXWriter.write(workbook(disclosure))
    }

    /// The workbook, before packing.
    public func workbook(_ disclosure: Disclosure) -> XLSXWorkbook {
        var sheets = [narrativeSheet(disclosure)]
        var projectCount = 0
        var used: Set<String> = [Self.narrativeSheetName, Self.informationSheetName]
        for grid in TableGrids.make(disclosure) {
            guard let kind = grid.kind else {
                let name = Self.genericSheetName(grid.title, used: used)
                used.insert(name)
                sheets.append(tableSheet(grid, name: name))
                continue
            }
            var name = kind.caption
            if kind == .projectPerformance {
                projectCount += 1
                if projectCount > 1 { name += "（\(projectCount)）" }
            }
            used.insert(name)
            sheets.append(tableSheet(grid, name: name))
        }
        sheets += SelfEvaluationSheetWriter.sheets(disclosure.tables.projectSelfEvaluations ?? [])
        sheets.append(informationSheet(disclosure))
        return XLSXWorkbook(sheets: sheets)
    }

    /// The sheet name of a table of another template: its title without the year and the characters Excel forbids in a
    /// sheet name, at most 31 characters, numbered when taken (`收入决算表（2）`).
    static func genericSheetName(_ title: String, used: Set<String>) -> String {
        var base = String(title.filter { !"[]:*?/\\'：".contains($0) })
        if let range = base.range(of: "年"), base[..<range.lowerBound].allSatisfy(\.isNumber),
            !base[..<range.lowerBound].isEmpty
        {
            base = String(base[range.upperBound...])
        }
        if base.isEmpty { base = "表" }
        var name = String(base.prefix(31))
        var number = 1
        while used.contains(name) {
            number += 1
            let suffix = "（\(number)）"
            name = String(base.prefix(31 - suffix.count)) + suffix
        }
        return name
    }

    // MARK: Styles

    static let titleStyle = XLSXStyle(isBold: true, fontSize: 14, alignment: .center, wrapsText: true)
    static let plainStyle = XLSXStyle()
    static let headingStyle = XLSXStyle(isBold: true, fontSize: 12, wrapsText: true)
    static let paragraphStyle = XLSXStyle(wrapsText: true)
    static let headerStyle = XLSXStyle(
        isBold: true,
        fill: "DDEBF7",
        hasBorder: true,
        alignment: .center,
        wrapsText: true
    )
    static let labelStyle = XLSXStyle(hasBorder: true, alignment: .left, wrapsText: true)
    static let fieldLabelStyle = XLSXStyle(
        isBold: true,
        fill: "F2F2F2",
        hasBorder: true,
        alignment: .center,
        wrapsText: true
    )
    static let textStyle = XLSXStyle(hasBorder: true, alignment: .left, wrapsText: true)
    static let centeredStyle = XLSXStyle(hasBorder: true, alignment: .center, wrapsText: true)

    /// The number format for an amount with `scale` decimals: `#,##0.00` for two.
    static func amountFormat(scale: Int) -> String {
        scale == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: scale)
    }

    /// The number format for a plain number (a weight) with `scale` decimals: `0`, `0.0`.
    static func plainFormat(scale: Int) -> String { scale == 0 ? "0" : "0." + String(repeating: "0", count: scale) }

    // MARK: Sheets

    func narrativeSheet(_ disclosure: Disclosure) -> XLSXSheet {
        let narrative = disclosure.narrative
        var rows: [[XLSXCell?]] = [
            [XLSXCell(.text(disclosure.identity.departmentName), style: Self.titleStyle)],
            [XLSXCell(.text(narrative.title), style: Self.titleStyle)],
        ]
        for block in narrative.blocks {
            let style = block.kind == .paragraph ? Self.paragraphStyle : Self.headingStyle
            rows.append([XLSXCell(.text(block.text), style: style)])
        }
        if let contact = narrative.contact {
            var line = "\(contact.label)：\(contact.person)"
            if let phone = contact.phone { line += " 联系方式：\(phone)" }
            rows.append([XLSXCell(.text(line), style: Self.paragraphStyle)])
        }
        return XLSXSheet(name: Self.narrativeSheetName, rows: rows, columnWidths: [110])
    }

    func tableSheet(_ grid: TableGrid, name: String) -> XLSXSheet {
        var rows: [[XLSXCell?]] = []
        var merges: [XLSXRange] = []
        let width = grid.columnCount
        func fullWidthLine(_ text: String, style: XLSXStyle) {
            rows.append([XLSXCell(.text(text), style: style)])
            if width > 1 {
                merges.append(XLSXRange(firstRow: rows.count, firstColumn: 1, lastRow: rows.count, lastColumn: width))
            }
        }
        if let caption = grid.caption { rows.append([XLSXCell(.text(caption), style: Self.plainStyle)]) }
        fullWidthLine(grid.title, style: Self.titleStyle)
        if let unit = grid.compilingUnit { rows.append([XLSXCell(.text("编制单位：\(unit)"), style: Self.plainStyle)]) }
        if let unitLine = grid.unitLine { rows.append([XLSXCell(.text(unitLine), style: Self.plainStyle)]) }
        let frozen = rows.count + grid.headerRowCount
        var columnWidths = Array(repeating: 8.0, count: width)
        for row in grid.rows {
            let rowNumber = rows.count + 1
            var cells: [XLSXCell?] = []
            for (column, cell) in row.cells.enumerated() {
                if cell.columnSpan > 1 || cell.rowSpan > 1 {
                    merges.append(
                        XLSXRange(
                            firstRow: rowNumber,
                            firstColumn: column + 1,
                            lastRow: rowNumber + cell.rowSpan - 1,
                            lastColumn: column + cell.columnSpan
                        )
                    )
                }
                let converted = self.cell(cell, row: row)
                cells.append(converted)
                if cell.columnSpan == 1, case .text(let text) = converted.value {
                    columnWidths[column] = max(columnWidths[column], min(40, Self.displayWidth(text) + 2))
                } else if cell.columnSpan == 1, case .number(let number) = converted.value {
                    columnWidths[column] = max(columnWidths[column], Double(number.count) + 5)
                }
            }
            rows.append(cells)
        }
        if let note = grid.note { fullWidthLine(note, style: Self.paragraphStyle) }
        return XLSXSheet(name: name, rows: rows, merges: merges, frozenRows: frozen, columnWidths: columnWidths)
    }

    func cell(_ cell: GridCell, row: GridRow) -> XLSXCell {
        switch cell.value {
        case .text(let text):
            let style: XLSXStyle
            switch cell.scope {
            case .col, .colgroup: style = Self.headerStyle
            case .rowgroup: style = Self.fieldLabelStyle
            case .row: style = row.role == .field ? Self.fieldLabelStyle : Self.labelStyle
            case nil: style = row.role == .indicator && text.count <= 4 ? Self.centeredStyle : Self.textStyle
            }
            return XLSXCell(.text(text), style: style)
        case .amount(let amount):
            var style = XLSXStyle(
                hasBorder: true,
                alignment: .right,
                numberFormat: Self.amountFormat(scale: amount.scale)
            )
            if row.role == .total { style.isBold = true }
            return XLSXCell(.number(amount.plainText), style: style)
        case .plainNumber(let amount):
            return XLSXCell(
                .number(amount.plainText),
                style: XLSXStyle(
                    hasBorder: true,
                    alignment: .center,
                    numberFormat: Self.plainFormat(scale: amount.scale)
                )
            )
        case .blank, .covered:
            return XLSXCell(.empty, style: Self.textStyle)
        }
    }

    func informationSheet(_ disclosure: Disclosure) -> XLSXSheet {
        let identity = disclosure.identity
        let layout = disclosure.layout
        func yesNo(_ flag: Bool) -> String { flag ? "是" : "否" }
        var pairs: [(String, String)] = [
            ("格式", "yusuan-disclosure-xlsx 1"),
            ("部门编码", identity.departmentCode ?? ""),
            ("部门名称", identity.departmentName),
            ("年度", String(identity.year)),
            ("类型", identity.kind.rawValue),
            ("单位", identity.unit.rawValue),
            ("用语", identity.wording.rawValue),
            ("模板", identity.profile.rawValue),
            ("千分位", yesNo(layout.groupsThousands)),
            ("表序号带冒号", yesNo(layout.captionsHaveColon)),
            ("合计在编码列", yesNo(layout.totalLabelInCodeColumn)),
        ]
        if let approved = identity.publication?.approved { pairs.append(("批复日期", approved)) }
        if let published = identity.publication?.published { pairs.append(("公开日期", published)) }
        let rows: [[XLSXCell?]] = pairs.map { key, value in
            [XLSXCell(.text(key), style: Self.fieldLabelStyle), XLSXCell(.text(value), style: Self.textStyle)]
        }
        return XLSXSheet(name: Self.informationSheetName, rows: rows, columnWidths: [16, 50])
    }

    /// The width of a text in character cells: two for a CJK character, one for anything else.
    static func displayWidth(_ text: String) -> Double {
        var width = 0.0
        for scalar in text.unicodeScalars { width += scalar.value >= 0x2E80 ? 2 : 1 }
        return width
    }
}
