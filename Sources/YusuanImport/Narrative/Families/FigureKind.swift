import Foundation
import YusuanCore

/// What a figure of any family's narrative states, told from the words before its amount (its subject).
///
/// Only words that name one fact without doubt classify a figure: a subject that could be two facts
/// (`收入、支出预算总计`, `收支总预算`, `财政拨款支出预算` — which holds 政府性基金 too) classifies as nothing, so that
/// no rule compares a figure that may be another one.
enum FigureKind: Equatable {
    case income
    case expenditure
    case appropriationIncome
    case appropriationExpenditure
    /// 基本支出; `ofGeneralBudget` when the words say it is the 一般公共预算 appropriation's.
    case basicExpenditure(ofGeneralBudget: Bool)
    case projectExpenditure(ofGeneralBudget: Bool)
    case governmentFund
    case threePublicTotal
    case abroad
    case reception
    /// 公务用车购置及运行（维护）费, the two together.
    case vehicles
    case vehiclePurchase
    case vehicleOperation
    case operatingCost
    case procurementTotal
    case procurementOfGeneralBudget
    case procurementGoods
    case procurementWorks
    case procurementServices
    case performanceAmount

    /// What the paragraph around a figure is about.
    struct Context {
        /// The document is a 决算: its 年初预算 figures are not the year's.
        var isFinalAccount = false
        /// The heading or the paragraph speaks of 机关运行经费.
        var isOperatingCost = false
        /// The heading or the paragraph speaks of 绩效 (performance targets).
        var isPerformance = false
    }

    /// The words that mark the previous year's or another period's figure (`2025年当年预算执行数为`).
    static let otherPeriodWords = ["执行数", "上年", "去年", "上一年"]

    /// The kind a subject names, or nil.
    init?(subject: String, context: Context) {
        func has(_ word: String) -> Bool { subject.contains(word) }
        func hasAny(_ words: [String]) -> Bool { words.contains { subject.contains($0) } }
        if hasAny(Self.otherPeriodWords) { return nil }
        if context.isFinalAccount, hasAny(["年初预算", "预算数", "预算为"]) { return nil }
        // “三公” and its items; 会议费 and 培训费 stand beside them in some templates.
        if hasAny(["会议费", "培训费"]) { return nil }
        if has("因公出国") {
            self = .abroad
            return
        }
        if has("公务接待") {
            self = .reception
            return
        }
        if hasAny(["公务用车", "公务车", "公车"]) {
            switch (has("购置"), has("运行")) {
            case (true, true): self = .vehicles
            case (true, false): self = .vehiclePurchase
            case (false, true): self = .vehicleOperation
            case (false, false): return nil
            }
            return
        }
        if has("三公") {
            self = .threePublicTotal
            return
        }
        if has("机关运行经费") || (has("运行经费") && context.isOperatingCost) {
            self = .operatingCost
            return
        }
        if has("采购") || (hasAny(["购买", "拟购"]) && hasAny(["货物", "工程", "服务"])) {
            if hasAny(["中小企业", "小微", "小型", "微型", "预留", "面向", "中标", "成交", "供应商"]) { return nil }
            if has("货物") {
                self = .procurementGoods
            } else if has("工程") {
                self = .procurementWorks
            } else if has("服务") {
                self = .procurementServices
            } else if has("一般公共预算"), Self.namesProcurementBudget(subject) {
                self = .procurementOfGeneralBudget
            } else if has("政府采购"), Self.namesProcurementBudget(subject) {
                self = .procurementTotal
            } else {
                return nil
            }
            return
        }
        if context.isPerformance && has("涉及") {
            self = .performanceAmount
            return
        }
        if hasAny(["结转", "结余"]) { return nil }
        if has("政府性基金") {
            guard has("支出"), !has("收入") else { return nil }
            self = .governmentFund
            return
        }
        if hasAny(["国有资本", "财政专户", "人员", "公用", "机动"]) { return nil }
        let general = has("一般公共预算")
        if has("基本支出") {
            self = .basicExpenditure(ofGeneralBudget: general)
            return
        }
        if has("项目支出") {
            self = .projectExpenditure(ofGeneralBudget: general)
            return
        }
        if general {
            if has("收入") && !has("支出") {
                self = .appropriationIncome
            } else if has("支出") && !has("收入") {
                self = .appropriationExpenditure
            } else {
                return nil
            }
            return
        }
        if has("财政拨款") { return nil }
        let isTotal = hasAny(["预算", "总计", "合计"])
        if has("收入") && !has("支出") && isTotal {
            guard !hasAny(["事业", "经营", "上级", "附属", "其他收入"]) else { return nil }
            self = .income
            return
        }
        if has("支出") && !has("收入") && !has("收支") && isTotal {
            guard !hasAny(["经营", "上缴", "补助", "类", "款", "项"]) else { return nil }
            self = .expenditure
            return
        }
        return nil
    }

    /// The “三公” item a kind names, or nil (the total and the other kinds).
    var threePublicItem: ThreePublicItem? {
        switch self {
        case .abroad: .abroad
        case .reception: .reception
        case .vehicleOperation: .vehicleOperation
        case .vehiclePurchase: .vehiclePurchase
        case .vehicles: .vehicles
        default: nil
        }
    }

    /// Whether the words after the last `采购` name the procurement budget (`预算总额`, `项目共有`, `安排`, `金额为`),
    /// not something paid for procurement (`市本级政府采购业务费`, `政府采购管理费用`).
    static func namesProcurementBudget(_ subject: String) -> Bool {
        guard let range = subject.range(of: "采购", options: .backwards) else { return false }
        let allowed: Set<Character> = [
            "预", "算", "总", "额", "金", "为", "共", "有", "安", "排", "项", "目", "支", "出", "合", "计", "数", "是",
        ]
        return subject[range.upperBound...].allSatisfy { allowed.contains($0) }
    }

    /// Whether a subject names nothing of its own (`2026年预算数`, `支出决算为`, ``): the figure is then read with
    /// the words of the segment or sentence before it.
    static func isGeneric(_ subject: String) -> Bool {
        let generic: Set<Character> = [
            "年", "度", "本", "当", "预", "算", "数", "初", "安", "排", "为", "共", "计", "决", "支", "出", "是", "的",
            "金", "额", "资", "合", "总",
        ]
        return subject.allSatisfy { $0.isASCIIDigit || generic.contains($0) || $0.isPunctuationLike }
    }

    /// Whether a part's subject names a source of income (`财政拨款收入`, `一般公共预算拨款`, `事业收入资金`).
    static func isIncomeSource(_ subject: String) -> Bool {
        !subject.contains("支出")
            && ["收入", "拨款", "资金", "上年结转", "结转结余"].contains { subject.contains($0) }
    }

    /// How a part of 支出预算 splits it: by function class (`一般公共服务支出`, `公共安全（类）支出`) or by use
    /// (`基本支出`, `项目支出`, …); nil when it is neither.
    enum ExpenditurePart { case functionClass, use }

    static func expenditurePart(_ subject: String) -> ExpenditurePart? {
        let uses = ["基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出", "单位预留机动经费", "结转下年"]
        if uses.contains(where: { subject.contains($0) }) { return .use }
        let excluded = ["预算", "财政拨款", "一般公共预算", "政府性基金", "国有资本", "三公", "人员", "公用", "结转", "收入"]
        guard subject.hasSuffix("支出"), subject.count > 2, !excluded.contains(where: { subject.contains($0) }) else {
            return nil
        }
        return .functionClass
    }
}
