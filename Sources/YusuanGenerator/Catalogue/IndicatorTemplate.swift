/// A performance indicator the generator can instantiate: name, operator, candidate values and unit.
struct IndicatorTemplate: Sendable {
    let name: String
    let operatorSymbol: String
    let values: [Int]
    let unit: String

    init(_ name: String, _ operatorSymbol: String, _ values: [Int], _ unit: String) {
        self.name = name
        self.operatorSymbol = operatorSymbol
        self.values = values
        self.unit = unit
    }

    /// The templates, with every operator of the template (`≥ ≤ = > <`) represented.
    static let pool: [IndicatorTemplate] = [
        IndicatorTemplate("工作任务完成率", "≥", [90, 95, 98], "%"),
        IndicatorTemplate("服务对象满意度", "≥", [85, 90, 95], "%"),
        IndicatorTemplate("项目按时完成率", "=", [100], "%"),
        IndicatorTemplate("资金支付及时率", "≥", [90, 95], "%"),
        IndicatorTemplate("系统正常运行天数", "≥", [360, 364, 365], "天"),
        IndicatorTemplate("开展业务培训次数", "≥", [2, 4, 6, 12], "次"),
        IndicatorTemplate("宣传活动场次", "≥", [3, 5, 8, 10], "场"),
        IndicatorTemplate("问题整改率", "=", [100], "%"),
        IndicatorTemplate("投诉处理时限", "≤", [3, 5, 7, 15], "天"),
        IndicatorTemplate("安全事故发生数", "=", [0], "起"),
        IndicatorTemplate("设备故障率", "<", [1, 2, 3, 5], "%"),
        IndicatorTemplate("受益人数", "≥", [500, 1000, 2000, 5000], "人"),
        IndicatorTemplate("发放宣传资料数量", "≥", [1000, 2000, 3000, 5000], "份"),
        IndicatorTemplate("检查覆盖单位数", "≥", [50, 80, 120, 200], "家"),
        IndicatorTemplate("办理事项数量", "≥", [100, 200, 300, 500], "件"),
        IndicatorTemplate("信息报送条数", "≥", [50, 100, 200], "条"),
        IndicatorTemplate("政策知晓率", "≥", [80, 85, 90], "%"),
        IndicatorTemplate("成本控制率", "≤", [100], "%"),
        IndicatorTemplate("会议保障次数", "≥", [10, 20, 30], "次"),
        IndicatorTemplate("故障平均响应时间", "≤", [1, 2, 4], "小时"),
        IndicatorTemplate("验收合格率", "=", [100], "%"),
        IndicatorTemplate("数据准确率", "≥", [95, 98, 99], "%"),
        IndicatorTemplate("档案归档率", "=", [100], "%"),
        IndicatorTemplate("群众投诉率", "<", [1, 2, 3], "%"),
        IndicatorTemplate("调研报告篇数", "≥", [2, 3, 5], "篇"),
        IndicatorTemplate("督查事项办结率", "≥", [90, 95], "%"),
        IndicatorTemplate("培训人次", "≥", [100, 200, 300, 500], "人次"),
        IndicatorTemplate("巡查次数", "≥", [12, 24, 52], "次"),
        IndicatorTemplate("整改销号率", ">", [90, 95], "%"),
        IndicatorTemplate("平台接通率", ">", [95, 98], "%"),
        IndicatorTemplate("项目实施周期", "≤", [6, 12], "个月"),
        IndicatorTemplate("网络安全事件数", "<", [1, 2], "起"),
        IndicatorTemplate("覆盖镇街数", "=", [7, 8, 15], "个"),
        IndicatorTemplate("政府采购节约资金率", ">", [3, 5], "%"),
    ]
}
