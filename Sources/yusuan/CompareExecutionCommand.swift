import ArgumentParser
import YusuanCore
import YusuanStorage

extension CompareCommand {
    /// `yusuan compare execution --region 南岸区 --year 2024`: budget against actual.
    struct Execution: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "execution",
            abstract: "Budget against actual: every department-year with a stored 预算 and 决算, and the region's rollup.",
            discussion: """
                For each department-year with both documents stored (the latest revision of each): the 年初预算数 of \
                the 预算, the 决算数 and 执行率 = 决算数 / 预算数 for 部门支出 (表八 against 支出决算表) and 一般公共预算财政拨款 \
                支出 (表二 against 一般公共预算财政拨款支出决算表) — total, 基本支出, 项目支出, each function 类 — and the \
                “三公” items, with the 预算数 the 决算's “三公” table prints beside (决算表预算数; the rate always uses \
                the 预算 document's). Amounts in 万元; rates exact, shown rounded half away from zero to two decimals; a \
                figure a document does not print is — (empty in CSV, null in JSON), never 0. Without --department, each \
                region and year is also summed (合计): the departments that print both figures of a line, and the rate \
                of the sums. See docs/EXECUTION.md.
                """
        )

        @OptionGroup var store: DbStoreOptions

        @Option(help: "The region (重庆市南岸区 or 南岸区).")
        var region: String?

        @Option(help: "The year.")
        var year: Int?

        @Option(help: "The department's budget code (or its name, for a department stored without one).")
        var department: String?

        @Option(help: "Output format: table, csv or json.")
        var format: OutputFormat = .table

        func run() async throws {
            let output = try await store.open().using { store in
                let region = try await DbLookup.region(ifGiven: self.region, in: store)
                var key: DepartmentKey?
                if let department { key = try await DbLookup.department(department, region: region, in: store) }
                let executions = try await store.budgetExecutions(region: region, year: year, department: key)
                return table(executions, rollups: key == nil ? ExecutionRollup.rollups(executions) : [])
            }
            print(output.render(format), terminator: "")
        }

        func table(_ executions: [BudgetExecution], rollups: [ExecutionRollup]) -> OutputTable {
            var table = OutputTable(
                title: "预算执行（年初预算数对决算数，万元）",
                columns: [
                    .init(key: "region", header: "地区"), .init(key: "department", header: "部门"),
                    .init(key: "name", header: "名称"), .init(key: "year", header: "年度"),
                    .init(key: "group", header: "分组"), .init(key: "item", header: "项目"),
                    .init(key: "budget", header: "年初预算数", isNumeric: true),
                    .init(key: "actual", header: "决算数", isNumeric: true),
                    .init(key: "rate", header: "执行率(%)", isNumeric: true),
                    .init(key: "printedBudget", header: "决算表预算数", isNumeric: true),
                    .init(key: "departments", header: "部门数", isNumeric: true),
                ]
            )
            table.missing = "—"
            func row(_ line: ExecutionLine, _ head: [String?]) -> [String?] {
                head + [
                    line.group.rawValue, line.label, line.budget?.plainText, line.actual?.plainText, line.rate?.text,
                    line.printedBudget?.plainText, line.departmentCount.map(String.init),
                ]
            }
            for execution in executions {
                let head = [
                    execution.department.region, execution.department.code, execution.departmentName,
                    String(execution.year),
                ]
                table.rows += execution.lines.map { row($0, head) }
                table.notes += execution.notes.map { "\(execution.department.code) \(execution.year)：\($0)" }
            }
            for rollup in rollups {
                let head = [rollup.region, "合计", "\(rollup.departments.count) 个部门", String(rollup.year)]
                table.rows += rollup.lines.map { row($0, head) }
            }
            if executions.isEmpty { table.notes.append("没有同时存有预算和决算的部门年度。") }
            return table
        }
    }
}
