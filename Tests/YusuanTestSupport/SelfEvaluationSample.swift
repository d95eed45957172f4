import Foundation
import YusuanCore

/// A 项目支出绩效自评表 worked by hand so that every figure follows the default method (DOMAIN §9), shared by the
/// import, rendering and validation tests:
///
/// - 预算执行率: 114.00 / 120.00 = 95.00 %, 得分 10 × 0.95 = 9.50;
/// - 运维设备数量 ≥50台, 52台 reached: 20 of 20;
/// - 系统可用率 ≥99%, 98.01%: 20 × 98.01 / 99 = 19.80;
/// - 故障响应时间 ≤2小时, 2.5小时: 10 × 2 / 2.5 = 8.00;
/// - 服务保障效果 (qualitative) 达成预期指标: band 24–30 of 30, scored 28;
/// - 使用人员满意度 ≥90%, 95% reached: 10 of 10;
/// - 总分 9.50 + 20 + 19.80 + 8.00 + 28 + 10 = 95.30 (优); 分值 10 + 90 = 100.
public enum SelfEvaluationSample {
    public static func table(project: String = "信息系统运行维护") -> ProjectSelfEvaluation {
        ProjectSelfEvaluation(
            year: 2024,
            projectName: project,
            department: "001-示例局",
            implementingUnit: "001001-示例局本级",
            funds: [
                SelfEvaluationFundRow(
                    label: "年度资金总额",
                    initialBudget: Amount("100.00"),
                    fullYearBudget: Amount("120.00"),
                    actual: Amount("114.00"),
                    weight: Amount(10),
                    executionRate: Amount("95.00"),
                    score: Amount("9.50")
                ),
                SelfEvaluationFundRow(
                    label: "其中：财政拨款",
                    initialBudget: Amount("100.00"),
                    fullYearBudget: Amount("120.00"),
                    actual: Amount("114.00"),
                    executionRate: Amount("95.00")
                ),
                SelfEvaluationFundRow(
                    label: "其他资金",
                    initialBudget: Amount("0.00"),
                    fullYearBudget: Amount("0.00"),
                    actual: Amount("0.00")
                ),
            ],
            goal: "保障信息系统全年稳定运行，设备运维不少于50台。",
            achievement: "全年系统稳定运行，完成52台设备运维。",
            indicators: [
                SelfEvaluationIndicator(
                    level1: "产出指标",
                    level2: "数量指标",
                    name: "运维设备数量",
                    target: "≥50台",
                    achieved: "52台",
                    weight: Amount(20),
                    score: Amount(20)
                ),
                SelfEvaluationIndicator(
                    level1: "产出指标",
                    level2: "质量指标",
                    name: "系统可用率",
                    target: "≥99%",
                    achieved: "98.01%",
                    weight: Amount(20),
                    score: Amount("19.80"),
                    deviationReason: "机房停电检修两次，已增配备用电源。"
                ),
                SelfEvaluationIndicator(
                    level1: "产出指标",
                    level2: "时效指标",
                    name: "故障响应时间",
                    target: "≤2小时",
                    achieved: "2.5小时",
                    weight: Amount(10),
                    score: Amount("8.00"),
                    deviationReason: "夜间值守人员不足，已调整排班。"
                ),
                SelfEvaluationIndicator(
                    level1: "效益指标",
                    level2: "社会效益指标",
                    name: "服务保障效果",
                    target: "效果明显",
                    achieved: "达成预期指标",
                    weight: Amount(30),
                    score: Amount(28)
                ),
                SelfEvaluationIndicator(
                    level1: "满意度指标",
                    level2: "服务对象满意度指标",
                    name: "使用人员满意度",
                    target: "≥90%",
                    achieved: "95%",
                    weight: Amount(10),
                    score: Amount(10)
                ),
            ],
            totalWeight: Amount(100),
            totalScore: Amount("95.30"),
            grade: "优"
        )
    }

    /// The bundled 2024 budget of 236 (its text, `budget`) turned into a 决算 (its title) ending with a
    /// self-evaluation of its first project, one target changed (≥360天 → ≥350天) and one indicator (开评标室年使用率)
    /// dropped: P8 finds both against the budget, P7 nothing.
    public static func finalAccountText(fromSeedBudget budget: String) throws -> String {
        guard let title = budget.range(of: "2024 年部门预算情况说明") else { throw MissingSeedTitle() }
        return budget.replacingCharacters(in: title, with: "2024 年部门决算情况说明") + """

            项目支出绩效自评表
            项目名称\t公共资源交易中心运行维护费
            主管部门\t236-重庆市南岸区政务服务管理办公室\t实施单位\t236001
            项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
            \t年度资金总额\t9.00\t9.00\t9.00\t10\t100.00%\t10.00
            年度总体目标\t预期目标\t实际完成情况
            \t保障交易中心运行\t全年运行正常
            绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
            \t产出指标\t数量指标\t政府采购节约资金量\t>1000万\t1200万\t30\t30\t
            \t产出指标\t时效指标\t招投标网站年稳定运行天数\t≥350天\t360天\t60\t60\t
            总分\t\t\t\t\t\t100\t100.00

            """
    }

    /// The seed budget given is not the 2024 budget of 236 (its narrative title is not there).
    public struct MissingSeedTitle: Error {}
}
