import YusuanCore

/// Writes the 项目支出绩效自评表 in the published text layout (docs/IMPORT.md): one block per project after the
/// tables, its rows tab-separated as the national template prints them. ``PublishedTextRenderer`` ends a document
/// with them; the generator can write them the same way.
public enum SelfEvaluationTextWriter {
    /// The header of the indicator rows.
    static let indicatorHeader = [
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
    ]

    /// The blocks, every line ended by `\n`, each block followed by a blank line.
    public static func text(_ evaluations: [ProjectSelfEvaluation]) -> String {
        var lines: [String] = []
        for evaluation in evaluations {
            lines += self.lines(evaluation)
            lines.append("")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The lines of one block.
    public static func lines(_ evaluation: ProjectSelfEvaluation) -> [String] {
        var lines: [String] = [cell(evaluation.title)]
        if let year = evaluation.year { lines.append("（\(year)年度）") }
        lines.append(row(["项目名称", evaluation.projectName]))
        lines.append(row(["主管部门", evaluation.department, "实施单位", evaluation.implementingUnit]))
        lines.append(
            row(["项目资金（\(evaluation.unit.rawValue)）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        )
        for fund in evaluation.funds {
            lines.append(
                row(
                    [
                        "", fund.label, figure(fund.initialBudget), figure(fund.fullYearBudget), figure(fund.actual),
                        figure(fund.weight), fund.executionRate.map { $0.plainText + "%" } ?? "", figure(fund.score),
                    ]
                )
            )
        }
        lines.append(row(["年度总体目标", "预期目标", "实际完成情况"]))
        lines.append(row(["", evaluation.goal, evaluation.achievement]))
        lines.append(row(indicatorHeader))
        for indicator in evaluation.indicators {
            lines.append(
                row(
                    [
                        "", indicator.level1, indicator.level2, indicator.name, indicator.target, indicator.achieved,
                        figure(indicator.weight), figure(indicator.score), indicator.deviationReason,
                    ]
                )
            )
        }
        if evaluation.totalWeight != nil || evaluation.totalScore != nil {
            lines.append(
                row(["总分", "", "", "", "", "", figure(evaluation.totalWeight), figure(evaluation.totalScore)])
            )
        }
        if let grade = evaluation.grade { lines.append(row(["自评等级", grade])) }
        return lines
    }

    static func figure(_ amount: Amount?) -> String { amount?.plainText ?? "" }

    /// A cell's text on one line: tabs and line breaks become spaces (the layout has one line per row).
    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    static func row(_ cells: [String]) -> String { cells.map(cell).joined(separator: "\t") }
}
