import YusuanCore

/// The projects' 项目支出绩效自评表 in a data package: one file of fund rows and one of indicators, every row led by
/// its project, so that a table of many projects reads as one tidy table each.
extension CSVPackageRenderer {
    /// The identifier (and file name) of the fund rows of the self-evaluations.
    public static let selfEvaluationFundsIdentifier = "self-evaluation-funds"
    /// The identifier (and file name) of the indicators of the self-evaluations.
    public static let selfEvaluationIndicatorsIdentifier = "self-evaluation-indicators"

    /// The fund rows (项目资金): one row per project and row, with the project's 总分 and 评价等级 beside them.
    func selfEvaluationFunds(_ evaluations: [ProjectSelfEvaluation]) -> CSVTable {
        let names = [
            "项目名称", "主管部门", "实施单位", "资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "总分", "评价等级",
        ]
        var rows: [[CSVValue?]] = []
        for evaluation in evaluations {
            let project = Self.project(evaluation)
            let tail: [CSVValue?] = [evaluation.totalScore.map { .amount($0) }, evaluation.grade.map { .text($0) }]
            if evaluation.funds.isEmpty { rows.append(project + Array(repeating: nil, count: 7) + tail) }
            for fund in evaluation.funds {
                let amounts = [
                    fund.initialBudget, fund.fullYearBudget, fund.actual, fund.weight, fund.executionRate, fund.score,
                ]
                rows.append(project + [.text(fund.label)] + amounts.map { $0.map { .amount($0) } } + tail)
            }
        }
        return CSVTable(
            identifier: Self.selfEvaluationFundsIdentifier,
            title: (evaluations.first?.title ?? "项目支出绩效自评表") + "（资金）",
            fields: fields(names: names, rows: rows),
            rows: rows
        )
    }

    /// The indicators (绩效指标): one row per project and indicator.
    func selfEvaluationIndicators(_ evaluations: [ProjectSelfEvaluation]) -> CSVTable {
        let names = [
            "项目名称", "主管部门", "实施单位", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
        ]
        var rows: [[CSVValue?]] = []
        for evaluation in evaluations {
            let project = Self.project(evaluation)
            for indicator in evaluation.indicators {
                rows.append(
                    project + [
                        .text(indicator.level1), .text(indicator.level2), .text(indicator.name),
                        .text(indicator.target), .text(indicator.achieved), indicator.weight.map { .amount($0) },
                        indicator.score.map { .amount($0) }, .text(indicator.deviationReason),
                    ]
                )
            }
        }
        return CSVTable(
            identifier: Self.selfEvaluationIndicatorsIdentifier,
            title: (evaluations.first?.title ?? "项目支出绩效自评表") + "（绩效指标）",
            fields: fields(names: names, rows: rows),
            rows: rows
        )
    }

    /// The project's name, its department and its implementing unit: the first cells of each of its rows.
    private static func project(_ evaluation: ProjectSelfEvaluation) -> [CSVValue?] {
        [.text(evaluation.projectName), .text(evaluation.department), .text(evaluation.implementingUnit)]
    }
}
