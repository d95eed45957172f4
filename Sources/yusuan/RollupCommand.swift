import ArgumentParser
import YusuanCore
import YusuanStorage

/// `yusuan rollup --region 南岸区 --year 2025 --by function --level 类`.
struct RollupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Sum a region's stored disclosures of a year by function 类/款/项 or economic 类/款.",
        discussion: """
            Function classes come from 表八 部门支出总表 (all funds; --table 表二 for the general budget only), economic \
            classes from 表三. Each disclosure counts with its latest revision.
            """
    )

    enum Dimension: String, ExpressibleByArgument, CaseIterable {
        case function, economic
    }

    @OptionGroup var store: DbStoreOptions

    @Option(help: "The region (重庆市南岸区 or 南岸区).")
    var region: String

    @Option(help: "The budget year.")
    var year: Int

    @Option(help: "预算 (default) or 决算.")
    var kind: String = DocumentKind.budget.rawValue

    @Option(help: "function (功能分类) or economic (经济分类).")
    var by: Dimension = .function

    @Option(help: "类, 款 or 项 (项 only for function).")
    var level: String = "类"

    @Option(help: "For --by function: 表八 (default), 表二 or 表五.")
    var table: String = "表八"

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard let level = ClassificationLevel(name: level) else { throw ValidationError("--level must be 类, 款 or 项") }
        if by == .economic, level == .item { throw ValidationError("economic classes have 类 and 款 only") }
        guard let source = TableKind(caption: table),
            [.departmentExpenditure, .generalBudgetExpenditure, .governmentFundExpenditure].contains(source)
        else { throw ValidationError("--table must be 表八, 表二 or 表五") }
        guard DocumentKind(rawValue: kind) != nil else { throw ValidationError("--kind must be 预算 or 决算") }
    }

    func run() async throws {
        let level = ClassificationLevel(name: level) ?? .category
        let classification: Rollup.Classification =
            by == .economic
            ? .economic(level) : .function(level, table: TableKind(caption: table) ?? .departmentExpenditure)
        let output = try await store.open().using { store in
            let region = try await DbLookup.region(self.region, in: store)
            let rollup = try await store.rollup(
                region: region,
                year: year,
                kind: DocumentKind(rawValue: kind) ?? .budget,
                by: classification
            )
            var output = OutputTable(
                title:
                    "\(region) \(year) \(classification.table.caption) \(by == .function ? "功能分类" : "经济分类")\(level.chineseName)",
                columns: [.init(key: "code", header: "编码"), .init(key: "name", header: "名称")]
                    + rollup.columns.map { .init(key: $0, header: $0, isNumeric: true) }
                    + [.init(key: "departments", header: "部门数", isNumeric: true)]
            )
            output.rows = rollup.rows.map { row in
                [row.code, row.name] + row.amounts.map { $0?.plainText } + [String(row.departmentCount)]
            }
            output.rows.append(["合计", ""] + rollup.total.map { $0?.plainText } + [String(rollup.disclosureCount)])
            return output
        }
        print(output.render(format), terminator: "")
    }
}
