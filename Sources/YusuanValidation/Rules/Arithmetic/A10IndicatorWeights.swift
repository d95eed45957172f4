import YusuanCore

/// A10: the indicator weights of every project table add up to the project total (90 in Chongqing, 10 being
/// kept for 预算执行率) and those of the overall table to 100.
public struct A10IndicatorWeights: ValidationRule {
    public static let id = "A10"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let overall = context.tables.overallPerformance
        let projects = context.tables.projectPerformance
        guard overall != nil || !projects.isEmpty else {
            return .notApplicable(
                Self.id,
                LocalizedText(zh: "文档没有绩效目标表。", en: "The document has no performance table.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        if let overall {
            check(
                overall.indicators,
                expected: context.options.overallWeightTotal,
                table: .overallPerformance,
                name: context.tableName(.overallPerformance, header: overall.header),
                header: overall.header,
                row: overall.departmentLabel,
                line: overall.line,
                into: &reporter
            )
        }
        for project in projects {
            check(
                project.indicators,
                expected: context.options.projectWeightTotal,
                table: .projectPerformance,
                name: context.tableName(.projectPerformance, header: project.header),
                header: project.header,
                row: project.name,
                line: project.line,
                into: &reporter
            )
        }
        return reporter.outcome
    }

    private func check(
        _ indicators: [PerformanceIndicator],
        expected: Int,
        table: TableKind,
        name: TableName,
        header: TableHeader,
        row: String,
        line: SourceLine?,
        into reporter: inout RuleReporter
    ) {
        guard !indicators.isEmpty else { return }
        // Σ of the weights given, in order, as `Amount.sum` adds them (without copying the indicators out).
        var total: Amount?
        for position in indicators.indices {
            guard let weight = indicators[position].weight else { continue }
            total = total.map { $0 + weight } ?? weight
        }
        let sum = total ?? Amount(0)
        let target = Amount(expected)
        guard !sum.isNumericallyEqual(to: target) else { return }
        let difference = sum - target
        reporter.report(
            LocalizedText(
                zh: "\(name.ofZh)“\(row)”的指标权重合计为 \(sum.plainText)，应为 \(expected)，相差 \(difference.plainText)。"
                    + "请调整各指标权重。",
                en: "The indicator weights of \(name.en) \"\(row)\" add up to \(sum.plainText), not "
                    + "\(expected) (difference \(difference.plainText)): adjust the weights."
            ),
            at: FindingLocation(
                table: table,
                caption: name.caption,
                row: row,
                column: "指标权重",
                line: line ?? header.line
            ),
            expected: target,
            actual: sum,
            difference: difference,
            tolerance: Amount(0)
        )
    }
}
