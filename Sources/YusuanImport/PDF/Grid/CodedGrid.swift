import Foundation
import YusuanCore

/// The rows of a rebuilt table read as classified rows: each row's classification code — printed whole, split over
/// 类/款/项 columns (a part left blank continues the row above; a 款 or 项 printed without its leading zero, `301 2`,
/// is read as `30102` with a remark), or at the start of the name — its name, the budget unit it belongs to in a
/// table by unit, and which row is the 合计.
struct CodedGrid {
    struct Row {
        var code: String
        var name: String
        var unit: String
        var row: GridTable.Row
        var isTotal: Bool
    }

    var rows: [Row] = []
    var remarks: [GridTable.Issue] = []

    init(grid: GridTable, meanings: [ColumnMeaning]) {
        let whole = meanings.firstIndex { $0.kind == .code }
        let classColumn = meanings.firstIndex { $0.kind == .classCode }
        let sectionColumn = meanings.firstIndex { $0.kind == .sectionCode }
        let itemColumn = meanings.firstIndex { $0.kind == .itemCode }
        let nameColumn = meanings.firstIndex { $0.kind == .name }
        let unitColumn = meanings.firstIndex { $0.kind == .unit }
        var lastClass = ""
        var lastSection = ""
        for row in grid.rows {
            var code = ""
            var name = row.text(nameColumn)
            if let whole {
                let text = row.text(whole)
                if GridWords.isCodeText(text) || Self.isIdentifier(text) {
                    code = text
                } else if name.isEmpty {
                    name = text
                }
            } else if classColumn != nil || sectionColumn != nil {
                let classText = row.text(classColumn)
                let sectionText = row.text(sectionColumn)
                let itemText = row.text(itemColumn)
                if GridWords.isCodeText(classText) || GridWords.isCodeText(sectionText) {
                    let klass = GridWords.isCodeText(classText) ? classText : lastClass
                    var section = ""
                    var item = ""
                    if GridWords.isCodeText(sectionText) {
                        section = sectionText
                        if section.count == 1 {
                            section = "0" + section
                            remarks.append(
                                Self.leadingZeroRemark(klass + sectionText, read: klass + section, line: row.line)
                            )
                        }
                    }
                    if GridWords.isCodeText(itemText) {
                        if section.isEmpty { section = lastSection }
                        item = itemText
                        if item.count == 1 {
                            item = "0" + item
                            remarks.append(
                                Self.leadingZeroRemark(
                                    klass + section + itemText,
                                    read: klass + section + item,
                                    line: row.line
                                )
                            )
                        }
                    }
                    code = klass + section + item
                    if GridWords.isCodeText(classText) { lastClass = classText }
                    if !section.isEmpty { lastSection = section }
                } else if name.isEmpty {
                    name = classText + sectionText + itemText
                }
            }
            if code.isEmpty, let split = Self.codeAtStart(of: name) {
                code = split.code
                name = split.name
            }
            let unit = row.text(unitColumn)
            let label = name.isEmpty ? unit : name
            let isTotal = code.isEmpty && (label.hasSuffix("合计") || label.hasSuffix("总计") || label == "小计")
            rows.append(Row(code: code, name: name, unit: unit, row: row, isTotal: isTotal))
        }
    }

    private static func leadingZeroRemark(_ printed: String, read: String, line: Int) -> GridTable.Issue {
        GridTable.Issue(
            line: line,
            reason: "科目编码印作“\(printed)”，缺少前导零，按 \(read) 读取",
            reasonEnglish: "the code is printed \(printed) without its leading zero; read as \(read)"
        )
    }

    /// A name that starts with a code (`2010301 行政运行`, `201一般公共服务支出`, `[20105]统计信息事务`).
    private static func codeAtStart(of name: String) -> (code: String, name: String)? {
        var text = Substring(name)
        let bracketed = text.first == "[" || text.first == "【"
        if bracketed { text = text.dropFirst() }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard [3, 5, 7].contains(digits.count), digits.count < text.count else { return nil }
        var rest = text.dropFirst(digits.count)
        if bracketed {
            guard rest.first == "]" || rest.first == "】" else { return nil }
            rest = rest.dropFirst()
        }
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, !first.isNumber, first != "." else { return nil }
        return (String(digits), trimmed)
    }

    /// A project number or other identifier printed in a code column (`500000240000000000001`, `X2026-001`).
    private static func isIdentifier(_ text: String) -> Bool {
        text.count >= 3 && text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter || $0 == "-" || $0 == "_") }
            && text.contains(where: \.isNumber)
    }

    /// Whether any row has a code.
    var hasCodes: Bool { rows.contains { !$0.code.isEmpty } }

    /// The 合计 row; in a table by unit whose only unit row carries the department's figures, that row.
    var totalRow: Row? {
        if let total = rows.first(where: \.isTotal) { return total }
        let units = rows.filter { $0.code.isEmpty && !$0.unit.isEmpty && $0.row.hasAmount }
        return units.count == 1 ? units[0] : nil
    }

    /// The rows with a code, in order.
    var codedRows: [Row] { rows.filter { !$0.code.isEmpty } }

    /// Whether the rows fit a typed table by code: classification codes of the table's system (expenditure functions
    /// `2…`, economic classes `3…`; a unit's code `024001` is none), no code twice (a table by unit with several
    /// units repeats codes per unit), and no row with amounts that is neither coded nor the 合计 (it would be left out).
    func requireTypeableRows(classCodesStartingWith first: Character) throws {
        if codedRows.contains(where: { $0.code.first != first || !GridWords.isCodeText($0.code) }) {
            throw NotTypeable()
        }
        var seen = Set<String>()
        for row in codedRows where !seen.insert(row.code).inserted { throw NotTypeable() }
        let total = totalRow?.row.line
        if rows.contains(where: { $0.code.isEmpty && $0.row.hasAmount && $0.row.line != total }) { throw NotTypeable() }
    }

    /// A table that reads with certainty but whose rows do not fit a typed table (it stays generic).
    struct NotTypeable: Error {}
}

extension CodedGrid.Row {
    /// The label of the row: its name, else its unit.
    var label: String { name.isEmpty ? unit : name }
}
