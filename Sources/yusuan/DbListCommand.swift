import ArgumentParser
import YusuanCore
import YusuanStorage

/// `yusuan db list`: the stored disclosures, or the departments.
struct DbListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored disclosures (or, with --departments, the departments)."
    )

    @OptionGroup var store: DbStoreOptions

    @Flag(help: "List departments instead of disclosures.")
    var departments = false

    @Option(help: "Only this region (重庆市南岸区, or a part of it such as 南岸区).")
    var region: String?

    @Option(help: "Only this year.")
    var year: Int?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func run() async throws {
        let output = try await store.open().using { store in
            let region = try await DbLookup.region(ifGiven: self.region, in: store)
            if departments {
                var table = OutputTable(columns: [
                    .init(key: "region", header: "地区"), .init(key: "code", header: "编码"),
                    .init(key: "name", header: "名称"),
                    .init(key: "level", header: "级次"), .init(key: "parent", header: "上级"),
                ])
                table.rows = try await store.departments(region: region).map {
                    [$0.region, $0.code, $0.name, $0.level, $0.parentCode]
                }
                return table
            }
            var table = OutputTable(columns: [
                .init(key: "region", header: "地区"), .init(key: "code", header: "编码"), .init(key: "name", header: "名称"),
                .init(key: "year", header: "年度"), .init(key: "kind", header: "类型"),
                .init(key: "revisions", header: "修订数", isNumeric: true),
            ])
            table.rows = try await store.disclosures(region: region, year: year).map {
                [
                    $0.key.department.region, $0.key.department.code, $0.departmentName, String($0.key.year),
                    $0.key.kind.rawValue,
                    String($0.revisionCount),
                ]
            }
            return table
        }
        print(output.render(format), terminator: "")
    }
}
