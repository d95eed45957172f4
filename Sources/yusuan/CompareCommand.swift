import ArgumentParser
import YusuanCore
import YusuanStorage

/// `yusuan compare`: year over year, departments side by side, projects across years.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare stored disclosures: year over year (following lineage), departments side by side, projects.",
        subcommands: [Years.self, Departments.self, Projects.self, Execution.self],
        defaultSubcommand: Years.self
    )

    /// `yusuan compare years --department 202 --year 2025`.
    struct Years: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "years",
            abstract: "A department's year against the year before, following renames, merges and splits.",
            discussion: """
                The headline measures (支出合计, 收入合计, 基本支出, 项目支出, “三公”经费) take the prior year from the stored \
                disclosures of the prior departments; a department with no stored prior year gets the figure the \
                narrative implies (this year's amount minus the stated change), marked implied-by-narrative. With \
                --lines every cell is compared (prior values only from stored disclosures).
                """
        )

        @OptionGroup var store: DbStoreOptions
        @OptionGroup var selection: DisclosureSelection

        @Flag(help: "Ignore recorded lineage events.")
        var noLineage = false

        @Flag(help: "Compare every cell instead of the headline measures.")
        var lines = false

        @Option(help: "With --lines: only this table (表二, 表八 …).")
        var table: String?

        @Option(help: "With --lines: only classification rows of this level (类, 款 or 项).")
        var level: String?

        @Option(help: "Output format: table, csv or json.")
        var format: OutputFormat = .table

        func validate() throws {
            if let table, TableKind(caption: table) == nil {
                throw ValidationError("--table must be 表一 … 表十一, found \(table)")
            }
            if let level, ClassificationLevel(name: level) == nil {
                throw ValidationError("--level must be 类, 款 or 项, found \(level)")
            }
        }

        func run() async throws {
            let output = try await store.open().using { store in
                let key = try await selection.key(in: store)
                let comparison = try await store.yearOverYear(
                    department: key.department,
                    year: key.year,
                    kind: key.kind,
                    followsLineage: !noLineage
                )
                return lines ? linesTable(comparison) : measuresTable(comparison)
            }
            print(output.render(format), terminator: "")
        }

        func title(_ comparison: YearOverYear) -> String {
            let prior = comparison.basis.prior.map(\.code).joined(separator: "+")
            let current = comparison.basis.current.map(\.code).joined(separator: "+")
            return "\(current) \(comparison.departmentName) \(comparison.year) 对比 \(prior) \(comparison.priorYear)"
        }

        func notes(_ comparison: YearOverYear) -> [String] {
            var notes = comparison.basis.events.map {
                "沿革: \($0.kind.rawValue) \($0.fromCodes.joined(separator: ",")) → \($0.toCodes.joined(separator: ",")) (\($0.effectiveYear))\($0.note.map { " \($0)" } ?? "")"
            }
            let missing = comparison.basis.prior.filter { !comparison.storedPrior.contains($0) }
            if !missing.isEmpty {
                notes.append("\(comparison.priorYear) 年未入库: \(missing.map(\.code).joined(separator: ", "))")
            }
            return notes
        }

        func measuresTable(_ comparison: YearOverYear) -> OutputTable {
            var table = OutputTable(
                title: title(comparison),
                columns: [
                    .init(key: "measure", header: "项目"),
                    .init(key: "current", header: "\(comparison.year)", isNumeric: true),
                    .init(key: "prior", header: "\(comparison.priorYear)", isNumeric: true),
                    .init(key: "difference", header: "增减", isNumeric: true),
                    .init(key: "statedChange", header: "说明所述增减", isNumeric: true), .init(key: "basis", header: "上年来源"),
                    .init(key: "parts", header: "上年构成"),
                ]
            )
            table.rows = comparison.measures.map { measure in
                [
                    measure.name, measure.current?.plainText, measure.prior?.plainText, measure.difference?.plainText,
                    measure.statedChange?.plainText, measure.basis.rawValue,
                    measure.parts.map { "\($0.department.code)=\($0.amount?.plainText ?? "?")(\($0.basis.rawValue))" }
                        .joined(separator: " "),
                ]
            }
            table.notes = notes(comparison)
            return table
        }

        func linesTable(_ comparison: YearOverYear) -> OutputTable {
            var table = OutputTable(
                title: title(comparison),
                columns: [
                    .init(key: "table", header: "表"), .init(key: "row", header: "行"), .init(key: "name", header: "名称"),
                    .init(key: "column", header: "列"),
                    .init(key: "current", header: "\(comparison.year)", isNumeric: true),
                    .init(key: "prior", header: "\(comparison.priorYear)", isNumeric: true),
                    .init(key: "difference", header: "增减", isNumeric: true),
                ]
            )
            let kind = self.table.flatMap { TableKind(caption: $0) }
            let wanted = level.flatMap { ClassificationLevel(name: $0) }
            let lines =
                kind.map { comparison.lines(in: $0, level: wanted) }
                ?? comparison.lines.filter { wanted == nil || ClassificationLevel(code: $0.address.row) == wanted }
            table.rows = lines.map {
                [
                    $0.address.table.caption, $0.address.row, $0.name, $0.address.column, $0.current?.plainText,
                    $0.prior?.plainText, $0.difference?.plainText,
                ]
            }
            table.notes = notes(comparison)
            return table
        }
    }

    /// `yusuan compare departments --region 南岸区 --year 2025`.
    struct Departments: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "departments",
            abstract:
                "A region's departments side by side for a year: totals, basic/project share, “三公”, function classes."
        )

        @OptionGroup var store: DbStoreOptions

        @Option(help: "The region (重庆市南岸区 or 南岸区).")
        var region: String

        @Option(help: "The budget year.")
        var year: Int

        @Option(help: "Output format: table, csv or json.")
        var format: OutputFormat = .table

        func run() async throws {
            let output = try await store.open().using { store in
                let region = try await DbLookup.region(self.region, in: store)
                let comparison = try await store.sideBySide(region: region, year: year)
                var table = OutputTable(
                    title: "\(region) \(year)",
                    columns: [.init(key: "group", header: "分组"), .init(key: "measure", header: "项目")]
                        + comparison.columns.map {
                            .init(key: $0.department.code, header: "\($0.department.code) \($0.name)", isNumeric: true)
                        }
                )
                table.rows = comparison.rows.map { [$0.group, $0.label] + $0.values.map { $0?.plainText } }
                return table
            }
            print(output.render(format), terminator: "")
        }
    }

    /// `yusuan compare projects --department 202`.
    struct Projects: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "projects",
            abstract: "A department's projects (表十一) followed across years by name, with predecessors."
        )

        @OptionGroup var store: DbStoreOptions

        @Option(help: "The department's budget code.")
        var department: String

        @Option(help: "The region, when the code exists in several.")
        var region: String?

        @Flag(help: "Ignore recorded lineage events.")
        var noLineage = false

        @Option(help: "Output format: table, csv or json.")
        var format: OutputFormat = .table

        func run() async throws {
            let output = try await store.open().using { store in
                let key = try await DbLookup.department(department, region: region, in: store)
                let tracks = try await store.projectHistory(department: key, followsLineage: !noLineage)
                let years = Set(tracks.flatMap { $0.entries.map(\.year) }).sorted()
                var table = OutputTable(
                    title: "\(key) 项目",
                    columns: [.init(key: "project", header: "项目名称")]
                        + years.map { .init(key: String($0), header: String($0), isNumeric: true) }
                        + [.init(key: "departments", header: "部门")]
                )
                table.rows = tracks.map { track in
                    [track.name]
                        + years.map { year in
                            let entries = track.entries.filter { $0.year == year }
                            return entries.isEmpty ? nil : Amount.sum(entries.compactMap(\.budget))?.plainText ?? ""
                        }
                        + [Array(Set(track.entries.map(\.department.code))).sorted().joined(separator: ",")]
                }
                return table
            }
            print(output.render(format), terminator: "")
        }
    }
}

extension ClassificationLevel {
    /// Reads 类, 款 or 项 (or category, section, item).
    init?(name: String) {
        switch name {
        case "类", "category": self = .category
        case "款", "section": self = .section
        case "项", "item": self = .item
        default: return nil
        }
    }
}
