/// The texts of generated 项目支出绩效自评表: the 一级 and 二级 levels of the indicators the generator sets
/// (``IndicatorTemplate/pool``), the 实际完成情况 of the goal, and the reasons a target was missed.
enum SelfEvaluationTexts {
    /// 一级 and 二级 of each indicator name of ``IndicatorTemplate/pool``, in the national indicator system.
    static let levels: [String: (level1: String, level2: String)] = [
        "开展业务培训次数": ("产出指标", "数量指标"), "宣传活动场次": ("产出指标", "数量指标"),
        "发放宣传资料数量": ("产出指标", "数量指标"), "检查覆盖单位数": ("产出指标", "数量指标"),
        "办理事项数量": ("产出指标", "数量指标"), "信息报送条数": ("产出指标", "数量指标"),
        "会议保障次数": ("产出指标", "数量指标"), "调研报告篇数": ("产出指标", "数量指标"),
        "培训人次": ("产出指标", "数量指标"), "巡查次数": ("产出指标", "数量指标"),
        "覆盖镇街数": ("产出指标", "数量指标"), "系统正常运行天数": ("产出指标", "数量指标"),
        "工作任务完成率": ("产出指标", "质量指标"), "问题整改率": ("产出指标", "质量指标"),
        "验收合格率": ("产出指标", "质量指标"), "数据准确率": ("产出指标", "质量指标"),
        "档案归档率": ("产出指标", "质量指标"), "督查事项办结率": ("产出指标", "质量指标"),
        "整改销号率": ("产出指标", "质量指标"), "平台接通率": ("产出指标", "质量指标"),
        "设备故障率": ("产出指标", "质量指标"), "项目按时完成率": ("产出指标", "时效指标"),
        "资金支付及时率": ("产出指标", "时效指标"), "投诉处理时限": ("产出指标", "时效指标"),
        "故障平均响应时间": ("产出指标", "时效指标"), "项目实施周期": ("产出指标", "时效指标"),
        "成本控制率": ("成本指标", "经济成本指标"), "政府采购节约资金率": ("成本指标", "经济成本指标"),
        "受益人数": ("效益指标", "社会效益指标"), "政策知晓率": ("效益指标", "社会效益指标"),
        "群众投诉率": ("效益指标", "社会效益指标"), "安全事故发生数": ("效益指标", "社会效益指标"),
        "网络安全事件数": ("效益指标", "社会效益指标"), "服务对象满意度": ("满意度指标", "服务对象满意度指标"),
    ]

    /// The levels of an indicator name; an indicator the table does not list counts as an output of quality.
    static func levels(of name: String) -> (level1: String, level2: String) {
        levels[name] ?? ("产出指标", "质量指标")
    }

    /// The published order of the levels: the 二级 of 产出 in their order, then the other 一级.
    static let levelOrder = ["数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标"]

    /// 实际完成情况 when every target was reached.
    static let fullyAchieved = [
        "项目按计划实施完成，各项绩效目标均已实现，资金使用规范。",
        "已按时完成年度各项工作任务，达到预期目标，服务质量和工作效率进一步提升。",
        "项目实施顺利，年度绩效目标全面完成，取得了较好的社会效益。",
    ]

    /// 实际完成情况 when some target was missed.
    static let partlyAchieved = [
        "项目总体按计划实施，大部分绩效目标已实现，个别指标未达到年度目标值。",
        "基本完成年度工作任务，部分指标因客观原因未完全达到预期，已制定改进措施。",
    ]

    /// 偏差原因分析及改进措施 of a missed target.
    static let deviationReasons = [
        "受工作安排调整影响，部分任务延后实施；下一步将加强计划管理，确保按期完成。",
        "实际需求少于年初预计；今后将提高目标设定的科学性和准确性。",
        "受外部客观因素影响，进度有所滞后；将加强统筹协调，加快推进。",
        "部分工作于年末启动，尚未全部完成；将结转下年继续实施并跟踪督办。",
        "年初目标设定偏高；今后将结合往年实际合理确定绩效目标。",
    ]
}
