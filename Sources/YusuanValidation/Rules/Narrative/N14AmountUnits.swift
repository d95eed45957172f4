import YusuanCore

/// N14: amounts are stated in the document's unit: narrative figures in 万元 where the tables are in 万元, and
/// every table's unit line names that unit.
public struct N14AmountUnits: ValidationRule {
    public static let id = "N14"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        let unit = context.disclosure.identity.unit
        StatedFigures.forEachFigure(context.facts) { figure in
            guard figure.unit != unit else { return }
            reporter.report(
                LocalizedText(
                    zh:
                        "情况说明“\(figure.label)” \(figure.amount.plainText) 的单位为“\(figure.unit.rawValue)”，"
                        + "与报表单位“\(unit.rawValue)”不一致，请核对单位。",
                    en: "The narrative states \(figure.label) as \(figure.amount.plainText) "
                        + "\(figure.unit.rawValue) while the tables use \(unit.rawValue): check the unit."
                ),
                at: .narrative(figure.sentence),
                actual: figure.amount
            )
        }
        for kind in TableKind.allCases where kind != .projectPerformance {
            guard let header = context.tables.header(of: kind), let line = header.unitLine else { continue }
            if let parsed = AmountUnit(unitLine: line), parsed != unit {
                let name = context.tableName(kind, header: header)
                reporter.report(
                    LocalizedText(
                        zh: "\(name.zh)的单位行为“\(line)”，与文档单位“\(unit.rawValue)”不一致，请统一单位。",
                        en: "\(name.capitalizedEn)'s unit line reads \(line), not \(unit.rawValue): use one unit."
                    ),
                    at: FindingLocation(table: kind, caption: name.caption, line: header.line)
                )
            }
        }
        for project in context.tables.projectPerformance {
            guard let line = project.header.unitLine, let parsed = AmountUnit(unitLine: line), parsed != unit else {
                continue
            }
            reporter.report(
                LocalizedText(
                    zh: "项目“\(project.name)”绩效目标表的单位行为“\(line)”，与文档单位“\(unit.rawValue)”不一致。",
                    en: "The unit line of project \(project.name) reads \(line), not \(unit.rawValue)."
                ),
                at: FindingLocation(
                    table: .projectPerformance,
                    caption: context.printedCaption(.projectPerformance, header: project.header),
                    row: project.name,
                    line: project.header.line
                )
            )
        }
        return reporter.outcome
    }
}
