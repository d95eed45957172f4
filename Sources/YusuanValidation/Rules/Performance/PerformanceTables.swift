import YusuanCore

/// The performance tables seen uniformly: a label, the indicators and where they are.
struct PerformanceTableView {
    var kind: TableKind
    var name: String
    var header: TableHeader
    var indicators: [PerformanceIndicator]
    var line: SourceLine?
    var budget: Amount?

    func location(_ indicator: PerformanceIndicator? = nil, column: String? = nil) -> FindingLocation {
        FindingLocation(
            table: kind,
            caption: header.caption ?? kind.caption,
            row: indicator?.name ?? name,
            column: column,
            line: indicator?.line ?? line ?? header.line
        )
    }

    /// `表十一“项目名”` / `table 11 "name"`.
    var describe: LocalizedText {
        LocalizedText(zh: "\(kind.caption)“\(name)”", en: "table \(kind.rawValue) \"\(name)\"")
    }
}

extension ValidationContext {
    /// 表十 and every 表十一.
    var performanceTables: [PerformanceTableView] {
        var result: [PerformanceTableView] = []
        if let overall = tables.overallPerformance {
            result.append(
                PerformanceTableView(
                    kind: .overallPerformance,
                    name: overall.departmentLabel,
                    header: overall.header,
                    indicators: overall.indicators,
                    line: overall.line,
                    budget: overall.budget
                )
            )
        }
        for project in tables.projectPerformance {
            result.append(
                PerformanceTableView(
                    kind: .projectPerformance,
                    name: project.name,
                    header: project.header,
                    indicators: project.indicators,
                    line: project.line,
                    budget: project.budget
                )
            )
        }
        return result
    }
}
