import ArgumentParser
import YusuanCore
import YusuanStorage

/// Which disclosure a command is about: `--department CODE --year YEAR [--region R] [--kind 预算]`.
struct DisclosureSelection: ParsableArguments {
    @Option(help: "The department's budget code (202).")
    var department: String

    @Option(help: "The budget year.")
    var year: Int

    @Option(help: "The region, when the code exists in several (重庆市南岸区 or 南岸区).")
    var region: String?

    @Option(help: "预算 (budget, default) or 决算 (final account).")
    var kind: String = DocumentKind.budget.rawValue

    func validate() throws {
        guard DocumentKind(rawValue: kind) != nil else {
            throw ValidationError("--kind must be 预算 or 决算, found \(kind)")
        }
    }

    var documentKind: DocumentKind { DocumentKind(rawValue: kind) ?? .budget }

    func key(in store: any DisclosureStore) async throws -> DisclosureKey {
        DisclosureKey(
            department: try await DbLookup.department(department, region: region, in: store),
            year: year,
            kind: documentKind
        )
    }
}

/// `yusuan db revisions`: the stored revisions of a disclosure.
struct DbRevisionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisions",
        abstract: "List the stored revisions of a disclosure, oldest first."
    )

    @OptionGroup var store: DbStoreOptions
    @OptionGroup var selection: DisclosureSelection

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func run() async throws {
        let output = try await store.open().using { store in
            let key = try await selection.key(in: store)
            var table = OutputTable(
                title: "\(key)",
                columns: [
                    .init(key: "revision", header: "修订", isNumeric: true), .init(key: "importedAt", header: "导入时间"),
                    .init(key: "name", header: "名称"), .init(key: "facts", header: "金额数", isNumeric: true),
                    .init(key: "findings", header: "检查结果", isNumeric: true), .init(key: "hash", header: "内容摘要"),
                    .init(key: "source", header: "来源"),
                ]
            )
            table.rows = try await store.revisions(of: key).map {
                [
                    String($0.key.number), $0.importedAt, $0.departmentName, String($0.factCount),
                    String($0.findingCount),
                    String($0.contentHash.prefix(12)), $0.source,
                ]
            }
            return table
        }
        print(output.render(format), terminator: "")
    }
}

/// `yusuan db diff`: the amounts that differ between two revisions.
struct DbDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the amounts that differ between two revisions of a disclosure."
    )

    @OptionGroup var store: DbStoreOptions
    @OptionGroup var selection: DisclosureSelection

    @Option(help: "The older revision (default: the one before --to).")
    var from: Int?

    @Option(help: "The newer revision (default: the latest).")
    var to: Int?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func run() async throws {
        let output = try await store.open().using { store in
            let key = try await selection.key(in: store)
            let count = try await store.revisions(of: key).count
            guard count > 0 else { throw ValidationError("no revision of \(key) is stored") }
            let new = to ?? count
            let old = from ?? new - 1
            guard (1...count).contains(old), (1...count).contains(new) else {
                throw ValidationError("\(key) has revisions 1…\(count); cannot compare \(old) with \(new)")
            }
            let diff = try await store.difference(
                from: RevisionKey(disclosure: key, number: old),
                to: RevisionKey(disclosure: key, number: new)
            )
            var table = OutputTable(
                title: "\(key): r\(old) → r\(new)",
                columns: [
                    .init(key: "table", header: "表"), .init(key: "row", header: "行"), .init(key: "name", header: "名称"),
                    .init(key: "column", header: "列"), .init(key: "old", header: "r\(old)", isNumeric: true),
                    .init(key: "new", header: "r\(new)", isNumeric: true),
                    .init(key: "difference", header: "差额", isNumeric: true),
                ]
            )
            table.rows = diff.changes.map {
                [
                    $0.address.table.caption, $0.address.row, $0.name, $0.address.column, $0.old?.plainText,
                    $0.new?.plainText,
                    $0.difference?.plainText,
                ]
            }
            if diff.changes.isEmpty {
                table.notes.append(
                    diff.hasChangesOutsideFacts ? "金额无变化；文字或其他内容有变化。" : "两个修订内容相同。"
                )
            }
            return table
        }
        print(output.render(format), terminator: "")
    }
}

/// `yusuan db findings`: the validation findings stored with a revision.
struct DbFindingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "List the validation findings stored with a revision (the latest by default)."
    )

    @OptionGroup var store: DbStoreOptions
    @OptionGroup var selection: DisclosureSelection

    @Option(help: "The revision (default: the latest).")
    var revision: Int?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func run() async throws {
        let output = try await store.open().using { store in
            let key = try await selection.key(in: store)
            guard let latest = try await store.latestRevision(of: key) else {
                throw ValidationError("no revision of \(key) is stored")
            }
            let number = revision ?? latest.key.number
            var table = OutputTable(
                title: "\(key) r\(number)",
                columns: [
                    .init(key: "rule", header: "规则"), .init(key: "severity", header: "级别"),
                    .init(key: "table", header: "表"),
                    .init(key: "row", header: "行"), .init(key: "column", header: "列"),
                    .init(key: "line", header: "行号", isNumeric: true),
                    .init(key: "expected", header: "应为", isNumeric: true),
                    .init(key: "actual", header: "实为", isNumeric: true),
                    .init(key: "message", header: "说明"),
                ]
            )
            table.rows = try await store.findings(RevisionKey(disclosure: key, number: number)).map {
                [
                    $0.ruleID, $0.severity, $0.tableLabel, $0.row, $0.column, $0.line.map(String.init),
                    $0.expected?.plainText, $0.actual?.plainText, $0.message,
                ]
            }
            return table
        }
        print(output.render(format), terminator: "")
    }
}
