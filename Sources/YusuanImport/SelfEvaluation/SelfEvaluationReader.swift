import YusuanCore
import YusuanXLSX

/// One row of a 项目支出绩效自评表 as cells by column, from a line of text (cells split at tabs) or a row of a sheet
/// (cells by column, blank where a merged cell covers them).
struct SelfEvaluationRow {
    /// The line of the text, or the row of the sheet.
    var number: Int
    /// The cells, trimmed, from the first column.
    var cells: [String]
    /// The sheet, for a row of a workbook.
    var sheet: String?

    /// The cell at `index`, or empty beyond the row.
    subscript(index: Int) -> String { cells.indices.contains(index) ? cells[index] : "" }

    /// The first non-empty cell.
    var label: String { cells.first { !$0.isEmpty } ?? "" }

    /// Whether every cell is empty.
    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// Where a cell is, for an error: `自评表1!C7` in a workbook, `column 3` in a text.
    func reference(_ column: Int) -> String {
        if let sheet { return "\(sheet)!" + CellReference.name(row: number, column: column + 1) }
        return "column \(column + 1)"
    }

    /// The non-empty cells in `range`, joined with no separator (a text a merged cell or an extraction split).
    func joined(_ range: Range<Int>) -> String {
        range.clamped(to: 0..<max(cells.count, 0)).map { cells[$0] }.filter { !$0.isEmpty }.joined()
    }
}

/// Reads the rows of one 项目支出绩效自评表 (the national template, written as rows of cells) into a
/// ``ProjectSelfEvaluation``. The same reader serves the published text layout (``SelfEvaluationTextImporter``) and
/// workbooks (``SelfEvaluationWorkbookImporter``): it finds the columns by their headers, not by position.
///
/// Every row must be one the template has; a cell that must hold a figure holds one, a dash (`—`, `-`, `/`) or
/// nothing. Anything else is an ``ImportError`` naming the line (or sheet row) and cell.
struct SelfEvaluationReader {
    var file: String
    /// Whether figures are written in 万元 or 元 (`项目资金（万元）`).
    private var unit: AmountUnit = .tenThousandYuan

    init(file: String) { self.file = file }

    private enum Section { case head, funds, goal, indicators, end }

    /// Reads one table: `title` is its title row, `rows` the rows after it.
    mutating func read(title: SelfEvaluationRow, rows: [SelfEvaluationRow]) throws -> ProjectSelfEvaluation {
        var evaluation = ProjectSelfEvaluation(
            title: title.label,
            projectName: "",
            department: "",
            implementingUnit: "",
            funds: [],
            goal: "",
            achievement: "",
            indicators: [],
            line: title.sheet == nil ? title.number : nil
        )
        var seenName = false
        var section = Section.head
        var fundColumns: [String: Int] = [:]
        var firstFundColumn = 0
        var goalColumns: (goal: Int, achievement: Int?) = (1, nil)
        var indicatorColumns: [String: Int] = [:]
        var level1 = ""
        var level2 = ""
        for row in rows where !row.isBlank {
            let label = row.label
            let line: SourceLine? = row.sheet == nil ? row.number : nil
            if section == .head, let year = Self.yearLine(label), row.cells.filter({ !$0.isEmpty }).count == 1 {
                evaluation.year = year
                continue
            }
            if row[0] == "项目名称" {
                evaluation.projectName = row.joined(1..<row.cells.count)
                seenName = true
                continue
            }
            if row[0] == "主管部门" {
                let unitIndex = row.cells.firstIndex { $0 == "实施单位" }
                evaluation.department = row.joined(1..<(unitIndex ?? row.cells.count))
                if let unitIndex { evaluation.implementingUnit = row.joined((unitIndex + 1)..<row.cells.count) }
                continue
            }
            if row[0] == "实施单位" {
                evaluation.implementingUnit = row.joined(1..<row.cells.count)
                continue
            }
            if row[0].hasPrefix("项目资金") {
                if row[0].contains("（元）") || row[0].contains("(元)") { unit = .yuan }
                evaluation.unit = unit
                fundColumns = try Self.columns(
                    of: row,
                    names: ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                    required: ["全年预算数", "全年执行数"],
                    table: "项目资金",
                    file: file
                )
                firstFundColumn = fundColumns.values.min() ?? 1
                section = .funds
                continue
            }
            if row[0] == "年度总体目标" {
                let goal = row.cells.firstIndex { $0 == "预期目标" }
                let achievement = row.cells.firstIndex { $0 == "实际完成情况" }
                if goal == nil && achievement == nil {
                    // The goal on the label's own row: `年度总体目标	目标	完成情况`.
                    evaluation.goal = row[1]
                    evaluation.achievement = row.joined(2..<row.cells.count)
                    section = .end
                } else {
                    goalColumns = (goal ?? 1, achievement)
                    section = .goal
                }
                continue
            }
            if row[0] == "绩效指标" {
                indicatorColumns = try Self.columns(
                    of: row,
                    names: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                    required: ["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                    table: "绩效指标",
                    file: file
                )
                section = .indicators
                continue
            }
            if row[0] == "总分" || row[0] == "合计" && section == .indicators {
                let weightColumn = indicatorColumns["分值"] ?? 1
                let scoreColumn = indicatorColumns["得分"] ?? 2
                var figures = row.cells.indices.filter { $0 > 0 && !row[$0].isEmpty }
                if indicatorColumns.isEmpty {
                    // `总分	100	98.5` without an indicator header.
                    evaluation.totalWeight = try amount(row, figures.first ?? 1, column: "分值")
                    evaluation.totalScore = try amount(row, figures.dropFirst().first ?? 2, column: "得分")
                    figures = Array(figures.dropFirst(2))
                } else {
                    evaluation.totalWeight = try amount(row, weightColumn, column: "分值")
                    evaluation.totalScore = try amount(row, scoreColumn, column: "得分")
                    figures.removeAll { $0 == weightColumn || $0 == scoreColumn }
                }
                if let stray = figures.first {
                    throw ImportError(
                        .malformedTable,
                        file: file,
                        line: row.number,
                        expected: "the 总分 row with its 分值 and 得分 only",
                        found: "'\(row[stray])' at \(row.reference(stray))"
                    )
                }
                evaluation.totalLine = line
                section = .end
                continue
            }
            if row[0] == "自评等级" || row[0] == "评价等级" {
                evaluation.grade = row.joined(1..<row.cells.count)
                evaluation.gradeLine = line
                section = .end
                continue
            }
            switch section {
            case .funds where row[0].isEmpty || row[0].hasPrefix("项目资金"):
                let label = row.joined(0..<firstFundColumn)
                guard !label.isEmpty else {
                    throw malformed(row, expected: "a fund row with its label (年度资金总额, 财政拨款, 其他资金)")
                }
                evaluation.funds.append(
                    SelfEvaluationFundRow(
                        label: label,
                        initialBudget: try fundColumns["年初预算数"].flatMap { try amount(row, $0, column: "年初预算数") },
                        fullYearBudget: try fundColumns["全年预算数"].flatMap { try amount(row, $0, column: "全年预算数") },
                        actual: try fundColumns["全年执行数"].flatMap { try amount(row, $0, column: "全年执行数") },
                        weight: try fundColumns["分值"].flatMap { try amount(row, $0, column: "分值") },
                        executionRate: try fundColumns["执行率"].flatMap { try percent(row, $0) },
                        score: try fundColumns["得分"].flatMap { try amount(row, $0, column: "得分") },
                        line: line
                    )
                )
                try requireNothing(row, after: fundColumns.values.max() ?? 0, what: "项目资金")
            case .goal where row[0].isEmpty || row[0] == "年度总体目标":
                let end = goalColumns.achievement ?? row.cells.count
                evaluation.goal += row.joined(goalColumns.goal..<end)
                if let achievement = goalColumns.achievement {
                    evaluation.achievement += row.joined(achievement..<row.cells.count)
                }
            case .indicators where row[0].isEmpty || row[0] == "绩效指标":
                let name = indicatorColumns["三级指标"].map { row[$0] } ?? ""
                if let column = indicatorColumns["一级指标"], !row[column].isEmpty { level1 = row[column] }
                if let column = indicatorColumns["二级指标"], !row[column].isEmpty { level2 = row[column] }
                guard !name.isEmpty else {
                    throw malformed(row, expected: "an indicator row with its 三级指标 name")
                }
                evaluation.indicators.append(
                    SelfEvaluationIndicator(
                        level1: level1,
                        level2: level2,
                        name: name,
                        target: indicatorColumns["年度指标值"].map { row[$0] } ?? "",
                        achieved: indicatorColumns["实际完成值"].map { row[$0] } ?? "",
                        weight: try indicatorColumns["分值"].flatMap { try amount(row, $0, column: "分值") },
                        score: try indicatorColumns["得分"].flatMap { try amount(row, $0, column: "得分") },
                        deviationReason: indicatorColumns["偏差原因"].map { row[$0] } ?? "",
                        line: line
                    )
                )
                try requireNothing(row, after: indicatorColumns.values.max() ?? 0, what: "绩效指标")
            default:
                throw malformed(
                    row,
                    expected: "a row of the 项目支出绩效自评表 (项目名称, 主管部门, 项目资金, 年度总体目标, 绩效指标, 总分 or 自评等级)"
                )
            }
        }
        guard seenName, !evaluation.projectName.isEmpty else {
            throw ImportError(
                .truncated,
                file: file,
                line: rows.last?.number ?? title.number,
                expected:
                    "the row 项目名称 of the 项目支出绩效自评表 that starts at \(title.sheet.map { "sheet \($0) row" } ?? "line") \(title.number)",
                found: "none"
            )
        }
        guard !evaluation.funds.isEmpty else {
            throw ImportError(
                .truncated,
                file: file,
                line: rows.last?.number ?? title.number,
                expected: "the 项目资金 rows of project \(evaluation.projectName)",
                found: "none"
            )
        }
        guard !indicatorColumns.isEmpty else {
            throw ImportError(
                .truncated,
                file: file,
                line: rows.last?.number ?? title.number,
                expected: "the 绩效指标 rows of project \(evaluation.projectName)",
                found: "none"
            )
        }
        return evaluation
    }

    /// `（2024年度）` → 2024.
    static func yearLine(_ text: String) -> Int? {
        var body = Substring(text)
        guard let first = body.first, "（(".contains(first), let last = body.last, "）)".contains(last) else {
            return nil
        }
        // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
        body = body.dropFirst().dropLast(1)
        guard body.hasSuffix("年度") || body.hasSuffix("年") else { return nil }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits) else { return nil }
        return year
    }

    /// The header names' columns (a name matches a cell that starts with it: `偏差原因分析及改进措施`).
    static func columns(
        of row: SelfEvaluationRow,
        names: [String],
        required: [String],
        table: String,
        file: String
    ) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, cell) in row.cells.enumerated() where index > 0 {
            if let name = names.first(where: { cell.hasPrefix($0) || cell == $0 }), result[name] == nil {
                result[name] = index
            }
        }
        if let missing = required.first(where: { result[$0] == nil }) {
            throw ImportError(
                .malformedTable,
                file: file,
                line: row.number,
                expected: "the \(table) header with a column \(missing) (\(names.joined(separator: ", ")))",
                found: ImportError.quote(row.cells.joined(separator: "\t"))
            )
        }
        return result
    }

    /// The dashes and slashes that print a cell as not applicable.
    static let notApplicable: Set<String> = ["—", "——", "-", "－", "/", "／", "\\", "─"]

    /// The figure of a cell: nil when blank or a dash, else an amount (thousand separators allowed).
    func amount(_ row: SelfEvaluationRow, _ index: Int, column: String) throws -> Amount? {
        let text = row[index]
        if text.isEmpty || Self.notApplicable.contains(text) { return nil }
        guard let value = Amount(text) else {
            throw ImportError(
                .invalidAmount,
                file: file,
                line: row.number,
                expected: "a number, a dash or nothing in column \(column) (\(row.reference(index)))",
                found: ImportError.quote(text)
            )
        }
        return value
    }

    /// The 执行率 of a cell in percent: `98.75%` or `98.75` (a percent without its sign); nil when blank or a dash.
    func percent(_ row: SelfEvaluationRow, _ index: Int) throws -> Amount? {
        var text = row[index]
        if text.isEmpty || Self.notApplicable.contains(text) { return nil }
        if text.hasSuffix("%") || text.hasSuffix("％") { text.removeLast() }
        guard let value = Amount(text.trimmingSpaces()) else {
            throw ImportError(
                .invalidAmount,
                file: file,
                line: row.number,
                expected: "a percentage (98.75%), a dash or nothing in column 执行率 (\(row.reference(index)))",
                found: ImportError.quote(row[index])
            )
        }
        return value
    }

    /// Throws when the row has a non-empty cell after `last` (a cell no header names would be lost).
    func requireNothing(_ row: SelfEvaluationRow, after last: Int, what: String) throws {
        guard let stray = row.cells.indices.first(where: { $0 > last && !row[$0].isEmpty }) else { return }
        throw ImportError(
            .malformedTable,
            file: file,
            line: row.number,
            expected: "no cell after the last \(what) column",
            found: "\(ImportError.quote(row[stray])) at \(row.reference(stray))"
        )
    }

    func malformed(_ row: SelfEvaluationRow, expected: String) -> ImportError {
        ImportError(
            .malformedTable,
            file: file,
            line: row.number,
            expected: expected,
            found: ImportError.quote(row.cells.joined(separator: "\t"))
        )
    }
}
