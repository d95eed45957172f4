import ArgumentParser
import YusuanStorage

/// `yusuan db lineage add|list`: renames, merges and splits of departments.
struct DbLineageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Record and list renames, merges and splits of departments.",
        subcommands: [Add.self, List.self],
        defaultSubcommand: List.self
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a rename, merge or split effective from a budget year.",
            discussion: """
                Example: in 2025 南岸区人民政府办公室 (202) absorbed 政务服务管理办公室 (236):
                  yusuan db lineage add --kind merge --from 236 --to 202 --year 2025 --region 南岸区
                Comparisons of 202's 2025 disclosure then take 202 and 236 together as 2024.
                """
        )

        @OptionGroup var store: DbStoreOptions

        @Option(help: "rename, merge or split.")
        var kind: String

        @Option(parsing: .upToNextOption, help: "The codes before the event (several: --from 236 237 or 236,237).")
        var from: [String]

        @Option(parsing: .upToNextOption, help: "The codes from the effective year on.")
        var to: [String]

        @Option(help: "The first budget year under the new organisation.")
        var year: Int

        @Option(help: "The region of the codes (inferred from stored departments when unique).")
        var region: String?

        @Option(help: "A note (the decision the event rests on).")
        var note: String?

        @Option(help: "Output format: table, csv or json.")
        var format: OutputFormat = .table

        func validate() throws {
            guard LineageEvent.Kind(rawValue: kind) != nil else {
                throw ValidationError("--kind must be rename, merge or split, found '\(kind)'")
            }
        }

        static func codes(_ values: [String]) -> [String] {
            values.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }) }.map(String.init)
        }

        func run() async throws {
            let output = try await store.open().using { store in
                let fromCodes = Self.codes(from)
                let toCodes = Self.codes(to)
                let region: String
                if let given = self.region {
                    region = (try? await DbLookup.region(given, in: store) as String) ?? given
                } else {
                    let codes = Set(fromCodes + toCodes)
                    let regions = Set(
                        try await store.departments(region: nil).filter { codes.contains($0.code) }.map(\.region)
                    )
                    guard regions.count == 1, let only = regions.first else {
                        throw ValidationError(
                            regions.isEmpty
                                ? "none of the codes is a stored department; give --region"
                                : "the codes exist in several regions (\(regions.sorted().joined(separator: ", "))); give --region"
                        )
                    }
                    region = only
                }
                let event: LineageEvent
                do {
                    event = try await store.addLineageEvent(
                        LineageEvent(
                            kind: LineageEvent.Kind(rawValue: kind) ?? .merge,
                            region: region,
                            fromCodes: fromCodes,
                            toCodes: toCodes,
                            effectiveYear: year,
                            note: note
                        )
                    )
                } catch let error as StorageError {
                    throw ValidationError(error.message)
                }
                return List.table([event])
            }
            print(output.render(format), terminator: "")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the recorded lineage events."
        )

        @OptionGroup var store: DbStoreOptions

        @Option(help: "Only this region.")
        var region: String?

        @Option(help: "Output format: table, csv or json.")
        var format: OutputFormat = .table

        func run() async throws {
            let output = try await store.open().using { store in
                Self.table(try await store.lineageEvents(region: try await DbLookup.region(ifGiven: region, in: store)))
            }
            print(output.render(format), terminator: "")
        }

        static func table(_ events: [LineageEvent]) -> OutputTable {
            var table = OutputTable(columns: [
                .init(key: "id", header: "编号", isNumeric: true), .init(key: "kind", header: "类型"),
                .init(key: "region", header: "地区"), .init(key: "from", header: "原编码"), .init(key: "to", header: "新编码"),
                .init(key: "year", header: "生效年度"), .init(key: "note", header: "说明"),
            ])
            table.rows = events.map {
                [
                    String($0.id), $0.kind.rawValue, $0.region, $0.fromCodes.joined(separator: " "),
                    $0.toCodes.joined(separator: " "), String($0.effectiveYear), $0.note,
                ]
            }
            return table
        }
    }
}
