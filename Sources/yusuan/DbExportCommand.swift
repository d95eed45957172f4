import ArgumentParser
import Foundation
import YusuanCore
import YusuanStorage

/// `yusuan db export --db PATH|URL --output DIR [--region R] [--year Y] [--all-revisions]`: the stored amounts and
/// findings as tidy CSV with a Frictionless `datapackage.json`, read from the store page by page.
struct DbExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the stored amounts and findings as tidy CSV with a datapackage.json.",
        discussion: """
            Writes DIR/facts.csv (one row per amount: the columns of the facts view), DIR/findings.csv (one row \
            per finding) and DIR/datapackage.json (a tabular data package describing both, which `frictionless \
            validate` accepts). The latest revision of each disclosure only, unless --all-revisions. Rows are read \
            from the store a page at a time and written as they come; each CSV file appears only when complete.
            """
    )

    @OptionGroup var store: DbStoreOptions

    @Option(help: "The directory to write into (created when missing).")
    var output: String

    @Option(help: "Only this region (a unique part of its name: 南岸区).")
    var region: String?

    @Option(help: "Only this budget year.")
    var year: Int?

    @Flag(help: "Every revision, not only the latest of each disclosure.")
    var allRevisions = false

    /// Rows read from the store per page.
    static let pageSize = 5_000

    func run() async throws {
        let store = try await self.store.open()
        let (facts, findings) = try await store.using { store in
            let region = try await DbLookup.region(ifGiven: self.region, in: store)
            // Only once the store is open and the region known: a command that cannot run leaves nothing behind.
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let filter = FactFilter(region: region, year: year, latestOnly: !allRevisions)
            let facts = try await Self.write(
                path: (output as NSString).appendingPathComponent("facts.csv"),
                header: TidyExport.factColumns.map(\.name)
            ) { position in
                let page = try await store.factRows(filter, after: position, limit: Self.pageSize)
                return (page.rows.map(TidyExport.fields(of:)), page.next)
            }
            let findings = try await Self.write(
                path: (output as NSString).appendingPathComponent("findings.csv"),
                header: TidyExport.findingColumns.map(\.name)
            ) { position in
                let page = try await store.findingRows(filter, after: position, limit: Self.pageSize)
                return (page.rows.map(TidyExport.fields(of:)), page.next)
            }
            return (facts, findings)
        }
        let descriptor = try TidyExport.descriptor(region: region, year: year, allRevisions: allRevisions)
        try descriptor.write(
            to: URL(fileURLWithPath: (output as NSString).appendingPathComponent("datapackage.json")),
            options: .atomic
        )
        print(
            "\(facts) amounts and \(findings) findings written to \(output) (facts.csv, findings.csv, datapackage.json)"
        )
    }

    /// Writes a CSV file page by page; returns the number of rows.
    static func write(
        path: String,
        header: [String],
        page: (RowPosition?) async throws -> (rows: [[String]], next: RowPosition?)
    ) async throws -> Int {
        let file = try AtomicOutputFile(path: path)
        do {
            try file.write(TidyExport.line(header))
            var count = 0
            var position: RowPosition?
            repeat {
                let (rows, next) = try await page(position)
                for row in rows { try file.write(TidyExport.line(row)) }
                count += rows.count
                position = next
            } while position != nil
            try file.commit()
            return count
        } catch {
            file.abandon()
            throw error
        }
    }
}

/// The tidy CSV files of `db export` and their Frictionless descriptor.
enum TidyExport {
    /// A column: its name, Frictionless type and description.
    struct Column {
        var name: String
        var type: String
        var description: String
    }

    static let factColumns = [
        Column(name: "region", type: "string", description: "地区 (region), as stored"),
        Column(name: "department_code", type: "string", description: "部门编码 (budget code)"),
        Column(name: "department_name", type: "string", description: "部门名称, as the revision prints it"),
        Column(name: "year", type: "integer", description: "预算年度 (budget year)"),
        Column(name: "kind", type: "string", description: "预算 or 决算"),
        Column(name: "revision", type: "integer", description: "revision number of the disclosure (1, 2, …)"),
        Column(name: "is_latest", type: "boolean", description: "whether the revision is the latest"),
        Column(
            name: "table_number",
            type: "integer",
            description: "表一 … 表十一 as 1 … 11; empty for a table of another template (a 决算's final-expenditure)"
        ),
        Column(name: "table_id", type: "string", description: "the table's English identifier"),
        Column(
            name: "table_name",
            type: "string",
            description: "the table's Chinese name; a table of another template's printed title"
        ),
        Column(name: "row_code", type: "string", description: "classification code, 合计, a label or a project name"),
        Column(name: "row_kind", type: "string", description: "function, economic, procurement, total, label, project"),
        Column(name: "row_name", type: "string", description: "the row's printed name"),
        Column(name: "column_name", type: "string", description: "the column header"),
        Column(name: "amount", type: "number", description: "the amount exactly as written"),
        Column(name: "unit", type: "string", description: "万元 or 元"),
    ]

    static let findingColumns = [
        Column(name: "region", type: "string", description: "地区 (region), as stored"),
        Column(name: "department_code", type: "string", description: "部门编码 (budget code)"),
        Column(name: "department_name", type: "string", description: "部门名称, as the revision prints it"),
        Column(name: "year", type: "integer", description: "预算年度 (budget year)"),
        Column(name: "kind", type: "string", description: "预算 or 决算"),
        Column(name: "revision", type: "integer", description: "revision number of the disclosure"),
        Column(name: "is_latest", type: "boolean", description: "whether the revision is the latest"),
        Column(name: "rule", type: "string", description: "the rule's id (docs/VALIDATION.md)"),
        Column(name: "severity", type: "string", description: "error, warning or info"),
        Column(name: "message", type: "string", description: "the finding, in Chinese"),
        Column(name: "table_number", type: "integer", description: "the table, 1 … 11, when the finding is in one"),
        Column(name: "row_code", type: "string", description: "the row, when the finding names one"),
        Column(name: "column_name", type: "string", description: "the column, when the finding names one"),
        Column(name: "line", type: "integer", description: "the line of the stored document"),
        Column(name: "expected", type: "number", description: "the amount the rule expected"),
        Column(name: "actual", type: "number", description: "the amount found"),
        Column(
            name: "table_caption",
            type: "string",
            description: "the table as the finding names it: its printed caption, else its title (表9); the "
                + "template's caption (表四) for a finding stored before captions were kept"
        ),
    ]

    /// The fields of a fact row, in ``factColumns`` order.
    static func fields(of row: FactRow) -> [String] {
        let key = row.revision.disclosure
        return [
            key.department.region, key.department.code, row.departmentName, String(key.year), key.kind.rawValue,
            String(row.revision.number), row.isLatest ? "true" : "false", row.table.number.map(String.init) ?? "",
            row.table.identifier, row.table.name, row.row, row.rowKind.rawValue, row.name, row.column,
            row.amount.plainText, row.unit.rawValue,
        ]
    }

    /// The fields of a finding row, in ``findingColumns`` order.
    static func fields(of row: FindingRow) -> [String] {
        let key = row.revision.disclosure
        let finding = row.finding
        return [
            key.department.region, key.department.code, row.departmentName, String(key.year), key.kind.rawValue,
            String(row.revision.number), row.isLatest ? "true" : "false", finding.ruleID, finding.severity,
            finding.message, finding.table.map { String($0.rawValue) } ?? "", finding.row ?? "", finding.column ?? "",
            finding.line.map(String.init) ?? "", finding.expected?.plainText ?? "", finding.actual?.plainText ?? "",
            finding.tableLabel ?? "",
        ]
    }

    /// One CSV line (RFC 4180: a field with a comma, quote or line break quoted, quotes doubled), ending with CR LF.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }

    /// `datapackage.json`: a tabular data package of the two files.
    static func descriptor(region: String?, year: Int?, allRevisions: Bool) throws -> Data {
        func resource(_ name: String, _ title: String, _ columns: [Column]) -> [String: Any] {
            [
                "name": name,
                "title": title,
                "path": "\(name).csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": ["delimiter": ",", "lineTerminator": "\r\n", "header": true],
                "schema": [
                    "fields": columns.map { ["name": $0.name, "type": $0.type, "description": $0.description] },
                    "missingValues": [""],
                ],
            ]
        }
        let scope = [region, year.map { "\($0)年" }].compactMap { $0 }.joined(separator: " ")
        let package: [String: Any] = [
            "name": "yusuan-export",
            "title": "部门预算公开的金额与检查结果" + (scope.isEmpty ? "" : "（\(scope)）"),
            "description": "Every stored amount (facts.csv) and validation finding (findings.csv) of the "
                + (allRevisions ? "revisions" : "latest revisions")
                + " of the disclosures, exported by yusuan db export.",
            "profile": "tabular-data-package",
            "resources": [
                resource("facts", "金额 (one row per amount)", factColumns),
                resource("findings", "检查结果 (one row per finding)", findingColumns),
            ],
        ]
        return try JSONSerialization.data(withJSONObject: package, options: [.prettyPrinted, .sortedKeys])
    }
}
