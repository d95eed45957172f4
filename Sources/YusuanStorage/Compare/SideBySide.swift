import YusuanCore

/// Departments of a region side by side for a year: totals, basic vs project share, “三公” and per-class amounts.
public struct SideBySide: Sendable, Hashable {
    /// One department's column.
    public struct Column: Sendable, Hashable, Codable {
        public var department: DepartmentKey
        public var name: String
    }

    /// One measure across the departments.
    public struct Row: Sendable, Hashable, Codable {
        /// The group: `支出`, `三公`, `功能分类`.
        public var group: String
        /// The measure's label (`基本支出占比(%)`, `201 一般公共服务支出`).
        public var label: String
        /// One value per column; nil where the department has none.
        public var values: [Amount?]
    }

    public var region: String
    public var year: Int
    public var columns: [Column]
    public var rows: [Row]

    /// Builds the comparison from the latest facts of the region's disclosures of the year.
    public static func make(region: String, year: Int, disclosures: [DisclosureFacts]) -> SideBySide {
        let columns = disclosures.map { Column(department: $0.key.department, name: $0.departmentName) }
        let lookups = disclosures.map { disclosure in
            Dictionary(disclosure.facts.map { ($0.address, $0.amount) }, uniquingKeysWith: { first, _ in first })
        }
        func values(_ address: FactAddress) -> [Amount?] { lookups.map { $0[address] } }
        var rows: [Row] = []
        let total = FactAddress(table: .departmentExpenditure, row: FactExtractor.totalRow, column: "总计")
        let basic = FactAddress(table: .departmentExpenditure, row: FactExtractor.totalRow, column: "基本支出")
        let project = FactAddress(table: .departmentExpenditure, row: FactExtractor.totalRow, column: "项目支出")
        rows.append(Row(group: "支出", label: "支出合计", values: values(total)))
        rows.append(Row(group: "支出", label: "基本支出", values: values(basic)))
        rows.append(Row(group: "支出", label: "项目支出", values: values(project)))
        rows.append(Row(group: "支出", label: "基本支出占比(%)", values: zip(values(basic), values(total)).map(percentage)))
        rows.append(Row(group: "支出", label: "项目支出占比(%)", values: zip(values(project), values(total)).map(percentage)))
        for column in ThreePublicAmounts.columnNames {
            let address = FactAddress(table: .threePublicExpenditure, row: FactExtractor.totalRow, column: column)
            rows.append(Row(group: "三公", label: column, values: values(address)))
        }
        var classNames: [String: String] = [:]
        for disclosure in disclosures {
            for fact in disclosure.facts
            where fact.table == .departmentExpenditure && fact.rowKind == .function && fact.level == .category {
                classNames[fact.row] = classNames[fact.row] ?? fact.name
            }
        }
        for code in classNames.keys.sorted() {
            let address = FactAddress(table: .departmentExpenditure, row: code, column: "总计")
            rows.append(Row(group: "功能分类", label: "\(code) \(classNames[code] ?? "")", values: values(address)))
        }
        return SideBySide(region: region, year: year, columns: columns, rows: rows)
    }

    /// `part / whole × 100`, rounded half up to two decimals; nil when either is missing or the whole is zero.
    static func percentage(_ pair: (Amount?, Amount?)) -> Amount? {
        guard let part = pair.0, let whole = pair.1, !whole.isZero else { return nil }
        let scale = max(part.scale, whole.scale)
        guard let numerator = part.rescaled(to: scale)?.minorUnits,
            let denominator = whole.rescaled(to: scale)?.minorUnits
        else { return nil }
        // percentage × 100 (two decimals) = numerator × 10000 / denominator, rounded half away from zero.
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: 10_000)
        guard !overflow else { return nil }
        var quotient = scaled / denominator
        let remainder = scaled % denominator
        if remainder.magnitude * 2 >= denominator.magnitude { quotient += (scaled < 0) != (denominator < 0) ? -1 : 1 }
        return Amount(minorUnits: quotient, scale: 2)
    }
}
