import YusuanCore

/// Amounts of a region's disclosures summed by classification: function 类/款/项 (表八 or 表二) or economic
/// 类/款 (表三).
public struct Rollup: Sendable, Hashable {
    /// What to sum by.
    public enum Classification: Sendable, Hashable {
        /// Function classification at a level, from a function table (表八 部门支出总表 by default).
        case function(ClassificationLevel, table: TableKind = .departmentExpenditure)
        /// Economic classification at a level (类 or 款), from 表三.
        case economic(ClassificationLevel)

        /// The table the amounts come from.
        public var table: TableKind {
            switch self {
            case .function(_, let table): table
            case .economic: .generalBudgetBasicExpenditure
            }
        }

        public var level: ClassificationLevel {
            switch self {
            case .function(let level, _), .economic(let level): level
            }
        }

        var rowKind: Fact.RowKind {
            switch self {
            case .function: .function
            case .economic: .economic
            }
        }
    }

    /// One classification code summed over departments.
    public struct Row: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        /// One sum per column of ``Rollup/columns``; nil when no department has the cell.
        public var amounts: [Amount?]
        /// How many departments contribute.
        public var departmentCount: Int
    }

    public var region: String
    public var year: Int
    public var classification: Classification
    /// The column headers (`总计`, `基本支出`, `项目支出`).
    public var columns: [String]
    /// The codes, sorted.
    public var rows: [Row]
    /// The 合计 rows summed.
    public var total: [Amount?]
    /// How many disclosures were summed.
    public var disclosureCount: Int

    /// Sums the facts of the given disclosures.
    public static func make(
        region: String,
        year: Int,
        classification: Classification,
        disclosures: [DisclosureFacts]
    ) -> Rollup {
        let columns =
            classification.table == .generalBudgetBasicExpenditure
            ? EconomicRow.columnNames : ExpenditureSplit.columnNames
        var sums: [String: [Amount?]] = [:]
        var names: [String: String] = [:]
        var counts: [String: Set<DepartmentKey>] = [:]
        var total: [Amount?] = Array(repeating: nil, count: columns.count)
        for disclosure in disclosures {
            for fact in disclosure.facts where fact.table == classification.table {
                guard let column = columns.firstIndex(of: fact.column) else { continue }
                if fact.rowKind == .total {
                    total[column] = total[column].map { $0 + fact.amount } ?? fact.amount
                    continue
                }
                guard fact.rowKind == classification.rowKind, fact.level == classification.level else { continue }
                var row = sums[fact.row] ?? Array(repeating: nil, count: columns.count)
                row[column] = row[column].map { $0 + fact.amount } ?? fact.amount
                sums[fact.row] = row
                names[fact.row] = names[fact.row] ?? fact.name
                counts[fact.row, default: []].insert(disclosure.key.department)
            }
        }
        let rows = sums.keys.sorted().map { code in
            Row(
                code: code,
                name: names[code] ?? "",
                amounts: sums[code] ?? [],
                departmentCount: counts[code]?.count ?? 0
            )
        }
        return Rollup(
            region: region,
            year: year,
            classification: classification,
            columns: columns,
            rows: rows,
            total: total,
            disclosureCount: disclosures.count
        )
    }
}
