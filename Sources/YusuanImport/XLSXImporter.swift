import Foundation
import YusuanCore
import YusuanXLSX

/// Imports a disclosure from an Excel workbook: the workbook `yusuan render --to xlsx` writes, or the same
/// layout typed by hand (sheets named or captioned 表一 … 表十一, a 情况说明 sheet for the narrative).
///
/// Each sheet is read as the lines of the published text layout and handed to ``PublishedTextImporter``, so a
/// workbook and a text give the same model. Values read from a workbook carry no source lines; errors name the
/// row (as the line) and the sheet and cell (`表二!C7`) in the message.
public enum XLSXImporter {
    /// The workbook of an `.xlsx` file, or a located error saying the file is no workbook.
    static func openWorkbook(_ data: Data, fileName: String) throws -> XLSXReadWorkbook {
        do {
            return try XLSXReader.read(data)
        } catch let error as XLSXError {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "an Excel workbook (.xlsx)",
                found: error.description
            )
        }
    }

    /// Imports a workbook.
    ///
    /// - Parameters:
    ///   - data: the bytes of the `.xlsx` file.
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ImportError`` with the row as the line and the sheet and cell in the message.
    public static func importDocument(data: Data, fileName: String) throws -> Disclosure {
        let workbook = try openWorkbook(data, fileName: fileName)
        let information = DocumentInformation(workbook.sheet(named: "文档信息"))
        var text = WorkbookText()
        let narrativeSheet = workbook.sheet(named: "情况说明")
        let tableSheets = workbook.sheets.compactMap { sheet -> (XLSXReadSheet, TableKind?)? in
            guard sheet.name != "情况说明", sheet.name != "文档信息" else { return nil }
            let kind = tableKind(ofSheetName: sheet.name)
            if kind != nil { return (sheet, kind) }
            let first = sheet.rows.lazy.compactMap { $0.compactMap { $0 }.first }.first
            let firstText = first.map { WorkbookText.cellText($0, grouping: false) } ?? ""
            return WorkbookText.isCaption(firstText) || WorkbookText.isTitle(firstText) ? (sheet, nil) : nil
        }
        guard !tableSheets.isEmpty else {
            throw ImportError(
                .notADisclosure,
                file: fileName,
                line: 1,
                expected: "sheets named or captioned 表一 … 表十一",
                found: "sheets \(workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", "))"
            )
        }
        let year = information.year ?? firstTitleYear(tableSheets.map(\.0)) ?? 0
        let department = information.departmentName ?? ""
        if let narrativeSheet {
            text.appendNarrative(narrativeSheet)
        } else {
            if !department.isEmpty { text.append(department) }
            text.append("\(year)年\(information.wording?.rawValue ?? "部门")预算情况说明")
        }
        for (sheet, kind) in tableSheets {
            text.appendTable(sheet, kind: kind, grouping: information.groupsThousands ?? false) { kind in
                "\(year)年\(department)\(kind.chineseName)"
            }
        }
        var disclosure: Disclosure
        do {
            disclosure = try PublishedTextImporter.importDocument(text: text.text, fileName: fileName)
        } catch let error as ImportError {
            throw located(error, in: text, file: fileName)
        }
        disclosure = disclosure.withoutSourceLines()
        information.apply(to: &disclosure)
        // Sheets of 项目支出绩效自评表 in the national template's layout (SelfEvaluationWorkbookImporter).
        let evaluations = try SelfEvaluationWorkbookImporter.selfEvaluations(
            in: workbook,
            fileName: fileName,
            requiringOne: false
        )
        if !evaluations.isEmpty { disclosure.tables.projectSelfEvaluations = evaluations }
        return disclosure
    }

    /// The table a sheet name announces: `表三`, `表三：`, `表十一（2）`, `表十一-2`.
    static func tableKind(ofSheetName name: String) -> TableKind? {
        var text = name.trimmingSpaces()
        if let cut = text.firstIndex(where: { "（(-_ ：:".contains($0) }) { text = String(text[..<cut]) }
        return TableKind(caption: text)
    }

    private static func firstTitleYear(_ sheets: [XLSXReadSheet]) -> Int? {
        for sheet in sheets {
            for cell in sheet.cells where cell.kind == .text && WorkbookText.isTitle(cell.value) {
                let digits = cell.value.trimmingSpaces().prefix { $0.isASCII && $0.isNumber }
                if let year = Int(digits), year > 1900 { return year }
            }
        }
        return nil
    }

    /// The text importer's error moved to the sheet, row and cell the line came from.
    static func located(_ error: ImportError, in text: WorkbookText, file: String) -> ImportError {
        guard let origin = text.origin(ofLine: error.line) else {
            return ImportError(error.code, file: file, line: 1, expected: error.expected, found: error.found)
        }
        let cell =
            origin.cells.filter { !$0.text.isEmpty && error.found.contains($0.text) }
            .max { $0.text.count < $1.text.count } ?? origin.cells.first
        let reference = "\(origin.sheet)!" + CellReference.name(row: origin.row, column: cell?.column ?? 1)
        return ImportError(
            error.code,
            file: file,
            line: origin.row,
            expected: error.expected,
            found: "\(error.found) at \(reference)"
        )
    }
}

/// The 文档信息 sheet: identity and layout choices that the tables alone do not carry.
struct DocumentInformation {
    var values: [String: String] = [:]

    init(_ sheet: XLSXReadSheet?) {
        guard let sheet else { return }
        for row in sheet.rows {
            let cells = row.compactMap { $0 }
            guard cells.count >= 1, cells[0].column == 1 else { continue }
            let key = cells[0].value.trimmingSpaces()
            let value = cells.count > 1 && cells[1].column == 2 ? WorkbookText.cellText(cells[1], grouping: false) : ""
            values[key] = value.trimmingSpaces()
        }
    }

    var year: Int? { values["年度"].flatMap { Int($0) } }
    var departmentName: String? { values["部门名称"].flatMap { $0.isEmpty ? nil : $0 } }
    var wording: EntityWording? { values["用语"].flatMap(EntityWording.init(rawValue:)) }
    var groupsThousands: Bool? { flag("千分位") }

    func flag(_ key: String) -> Bool? {
        switch values[key] {
        case "是": true
        case "否": false
        default: nil
        }
    }

    /// Sets what the sheet states on the imported document.
    func apply(to disclosure: inout Disclosure) {
        if let code = values["部门编码"] { disclosure.identity.departmentCode = code.isEmpty ? nil : code }
        if let name = departmentName { disclosure.identity.departmentName = name }
        if let year { disclosure.identity.year = year }
        if let kind = values["类型"].flatMap(DocumentKind.init(rawValue:)) { disclosure.identity.kind = kind }
        if let unit = values["单位"].flatMap(AmountUnit.init(rawValue:)) { disclosure.identity.unit = unit }
        if let wording { disclosure.identity.wording = wording }
        if let profile = values["模板"].flatMap(TemplateProfile.init(rawValue:)) { disclosure.identity.profile = profile }
        let approved = values["批复日期"]
        let published = values["公开日期"]
        if approved != nil || published != nil {
            disclosure.identity.publication = PublicationDates(approved: approved, published: published)
        }
        if let flag = flag("千分位") { disclosure.layout.groupsThousands = flag }
        if let flag = flag("表序号带冒号") { disclosure.layout.captionsHaveColon = flag }
        if let flag = flag("合计在编码列") { disclosure.layout.totalLabelInCodeColumn = flag }
    }
}
