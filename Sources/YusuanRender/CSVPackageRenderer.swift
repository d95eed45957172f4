import Foundation
import YusuanCore

/// Writes a disclosure as a Frictionless Data Package: one CSV file per table (one row per printed line; the
/// two-level header flattened into field names such as `支出 / 合计`; 表十 and 表十一 one row per indicator; the
/// projects' 项目支出绩效自评表 as two files, their fund rows and their indicators, each row naming its project)
/// and a `datapackage.json` that describes every file, field, type and number precision.
public struct CSVPackageRenderer: DisclosureFileSetRenderer {
    /// The name of the descriptor file.
    public static let descriptorName = "datapackage.json"

    public init() {}

    public func renderFiles(_ disclosure: Disclosure) throws -> [String: Data] {
        let tables = self.tables(disclosure)
        var files: [String: Data] = [:]
        for table in tables { files[table.fileName] = Data(table.csv.utf8) }
        files[Self.descriptorName] = try descriptor(disclosure, tables: tables)
        return files
    }

    /// The tables, flattened, in template order (表十一: all projects in one table).
    public func tables(_ disclosure: Disclosure) -> [CSVTable] {
        var result: [CSVTable] = []
        for grid in TableGrids.make(disclosure) where grid.headerRowCount > 0 {
            result.append(table(grid))
        }
        if let overall = disclosure.tables.overallPerformance { result.append(overallPerformance(overall)) }
        if !disclosure.tables.projectPerformance.isEmpty {
            result.append(projectPerformance(disclosure.tables.projectPerformance))
        }
        if let evaluations = disclosure.tables.projectSelfEvaluations, !evaluations.isEmpty {
            result.append(selfEvaluationFunds(evaluations))
            result.append(selfEvaluationIndicators(evaluations))
        }
        return result
    }

    /// A table with column headers: one field per column, a number field where the body holds only amounts.
    func table(_ grid: TableGrid) -> CSVTable {
        let names = uniqueNames(grid.flattenedHeaders)
        let rows: [[CSVValue?]] = grid.bodyRows.map { row in
            row.cells.map { cell in
                switch cell.value {
                case .text(let text): .text(text)
                case .amount(let amount), .plainNumber(let amount): .amount(amount)
                case .blank, .covered: nil
                }
            }
        }
        let fields = fields(names: names, rows: rows)
        guard let kind = grid.kind else {
            return CSVTable(identifier: grid.identifier, title: grid.title, fields: fields, rows: rows)
        }
        return CSVTable(kind: kind, title: grid.title, fields: fields, rows: rows)
    }

    func overallPerformance(_ table: OverallPerformanceTable) -> CSVTable {
        let names = ["部门（单位）名称", "部门支出预算数", "当年整体绩效目标", "指标", "指标权重", "计量单位", "指标性质", "指标值"]
        let head: [CSVValue?] = [.text(table.departmentLabel), table.budget.map { .amount($0) }, .text(table.goal)]
        let rows: [[CSVValue?]] =
            table.indicators.isEmpty
            ? [head + Array(repeating: nil, count: 5)]
            : table.indicators.map { indicator in
                head + [
                    .text(indicator.name), indicator.weight.map { .amount($0) }, .text(indicator.unit),
                    .text(indicator.operatorSymbol), .text(indicator.value),
                ]
            }
        return CSVTable(
            kind: .overallPerformance,
            title: table.header.title,
            fields: fields(names: names, rows: rows),
            rows: rows
        )
    }

    func projectPerformance(_ tables: [ProjectPerformanceTable]) -> CSVTable {
        let names = [
            "项目名称", "主管部门", "当年预算", "项目概况", "立项依据", "当年绩效目标", "指标名称", "指标权重", "指标性质", "指标值", "计量单位",
            "是否核心",
        ]
        var rows: [[CSVValue?]] = []
        for table in tables {
            let head: [CSVValue?] = [
                .text(table.name), .text(table.department), table.budget.map { .amount($0) }, .text(table.overview),
                .text(table.basis), .text(table.goal),
            ]
            if table.indicators.isEmpty { rows.append(head + Array(repeating: nil, count: 6)) }
            for indicator in table.indicators {
                rows.append(
                    head + [
                        .text(indicator.name), indicator.weight.map { .amount($0) }, .text(indicator.operatorSymbol),
                        .text(indicator.value), .text(indicator.unit),
                        indicator.isCore.map { .text($0 ? "是" : "否") },
                    ]
                )
            }
        }
        let title = tables.first?.header.title ?? TableKind.projectPerformance.chineseName
        return CSVTable(kind: .projectPerformance, title: title, fields: fields(names: names, rows: rows), rows: rows)
    }

    /// Fields typed from the values: number where every value is an amount, string otherwise.
    func fields(names: [String], rows: [[CSVValue?]]) -> [CSVTable.Field] {
        names.enumerated().map { column, name in
            var isNumber = true
            var sawAmount = false
            var decimals = 0
            for row in rows where column < row.count {
                switch row[column] {
                case .amount(let amount):
                    sawAmount = true
                    decimals = max(decimals, amount.scale)
                case .text(let text) where !text.isEmpty:
                    isNumber = false
                default:
                    break
                }
            }
            let numeric = isNumber && (sawAmount || Self.amountColumnNames.contains { name.hasSuffix($0) })
            return numeric
                ? CSVTable.Field(name: name, type: .number, decimals: sawAmount ? decimals : 2)
                : CSVTable.Field(name: name, type: .string)
        }
    }

    /// Column names that hold amounts even when a table has no rows.
    static let amountColumnNames = ["总计", "合计", "基本支出", "项目支出", "预算数", "收入", "经费", "费", "预算", "权重"]

    /// The names made unique by numbering repeats (`项目`, `项目 (2)`); an empty name becomes `列N`.
    func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.enumerated().map { index, raw in
            let name = raw.isEmpty ? "列\(index + 1)" : raw
            let count = (seen[name] ?? 0) + 1
            seen[name] = count
            return count == 1 ? name : "\(name) (\(count))"
        }
    }

    /// `datapackage.json`: a tabular data package with one resource per CSV file.
    func descriptor(_ disclosure: Disclosure, tables: [CSVTable]) throws -> Data {
        let identity = disclosure.identity
        let amountDescription = "金额（\(identity.unit.rawValue)），保留原表的小数位数"
        let resources: [JSONText] = tables.map { table in
            let fields: [JSONText] = table.fields.map { field in
                guard field.type == .number else {
                    return .object([("name", .string(field.name)), ("type", .string(field.type.rawValue))])
                }
                return .object([
                    ("bareNumber", .bool(true)), ("decimalChar", .string(".")),
                    ("decimalPlaces", .integer(field.decimals ?? 2)), ("description", .string(amountDescription)),
                    ("name", .string(field.name)), ("type", .string(field.type.rawValue)),
                ])
            }
            return .object([
                ("description", .string(table.title)),
                ("encoding", .string("utf-8")),
                ("format", .string("csv")),
                ("mediatype", .string("text/csv")),
                ("name", .string(table.identifier)),
                ("path", .string(table.fileName)),
                ("profile", .string("tabular-data-resource")),
                ("schema", .object([("fields", .array(fields)), ("missingValues", .array([.string("")]))])),
                ("title", .string(table.resourceTitle)),
            ])
        }
        let code = (identity.departmentCode ?? "000").lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let package = JSONText.object([
            ("description", .string("部门\(identity.kind.rawValue)公开的表格（单位：\(identity.unit.rawValue)），由 yusuan 生成。")),
            ("name", .string("yusuan-\(code.isEmpty ? "000" : code)-\(identity.year)")),
            ("profile", .string("tabular-data-package")),
            ("resources", .array(resources)),
            ("title", .string("\(identity.year)年\(identity.departmentName)部门\(identity.kind.rawValue)公开")),
        ])
        return Data(package.text.utf8)
    }
}
