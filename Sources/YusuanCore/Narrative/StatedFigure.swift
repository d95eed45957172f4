/// The sentence a stated fact came from.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence as written (one clause run up to `。` or `；`).
    public var text: String
    /// The source line of the paragraph that holds it.
    public var line: SourceLine?

    public init(text: String, line: SourceLine? = nil) {
        self.text = text
        self.line = line
    }
}

/// Whether a stated change is an increase, a decrease, or no change.
public enum ChangeDirection: String, Sendable, Hashable, Codable {
    /// 增加 / 上升 / 增长.
    case increase
    /// 减少 / 下降.
    case decrease
    /// 持平 / 保持一致 / 无变化.
    case unchanged
}

/// A stated change of one component inside a reason: `基本支出增加 66.60 万元`.
public struct ComponentChange: Sendable, Hashable, Codable {
    /// What changed (`基本支出`, `一般公共预算拨款`).
    public var label: String
    public var direction: ChangeDirection
    public var amount: Amount

    public init(label: String, direction: ChangeDirection, amount: Amount) {
        self.label = label
        self.direction = direction
        self.amount = amount
    }

    /// The change as a signed amount.
    public var signedAmount: Amount { direction == .decrease ? -amount : amount }
}

/// A year-on-year change stated in the narrative: `比 2023 年增加 19.32 万元，主要是……`.
public struct StatedChange: Sendable, Hashable, Codable {
    public var direction: ChangeDirection
    /// The amount of the change; nil for 持平 or when the text gives none.
    public var amount: Amount?
    /// What it is compared with, as written (`2023 年`, `上年`).
    public var comparedWith: String
    /// The year compared with, when the text names it.
    public var comparedYear: Int?
    /// The stated reason (`主要原因是……`), when there is one.
    public var reason: String?
    /// The component changes named in the reason (`基本支出增加 66.60 万元，项目支出减少 47.28 万元`).
    public var components: [ComponentChange]
    /// The amount of the year compared with, when the text states it (`比2025年年初预算数85296.07万元增加7133.93万元`).
    public var priorAmount: Amount?

    public init(
        direction: ChangeDirection,
        amount: Amount?,
        comparedWith: String,
        comparedYear: Int?,
        reason: String?,
        components: [ComponentChange] = [],
        priorAmount: Amount? = nil
    ) {
        self.direction = direction
        self.amount = amount
        self.comparedWith = comparedWith
        self.comparedYear = comparedYear
        self.reason = reason
        self.components = components
        self.priorAmount = priorAmount
    }

    /// The change as a signed amount (zero for 持平).
    public var signedAmount: Amount? {
        switch direction {
        case .unchanged: amount ?? Amount.zero(scale: 0)
        case .increase: amount
        case .decrease: amount.map { -$0 }
        }
    }
}

/// A figure stated in the narrative, with what it is split into and how it changed.
public struct StatedFigure: Sendable, Hashable, Codable {
    /// What the figure is, as written (`一般公共预算拨款`, `公务接待费`).
    public var label: String
    /// The amount.
    public var amount: Amount
    /// The unit written after the amount (`万元` or `元`).
    public var unit: AmountUnit
    /// The parts listed after `其中：`.
    public var parts: [StatedFigure]
    /// The year-on-year change stated for it.
    public var change: StatedChange?
    /// What it is mainly used for (`主要用于……`).
    public var usage: String?
    /// The sentence it came from.
    public var sentence: Sentence

    public init(
        label: String,
        amount: Amount,
        unit: AmountUnit = .tenThousandYuan,
        parts: [StatedFigure] = [],
        change: StatedChange? = nil,
        usage: String? = nil,
        sentence: Sentence
    ) {
        self.label = label
        self.amount = amount
        self.unit = unit
        self.parts = parts
        self.change = change
        self.usage = usage
        self.sentence = sentence
    }
}

/// A count stated in the narrative (`共有车辆 8 辆`).
public struct StatedCount: Sendable, Hashable, Codable {
    public var label: String
    public var count: Int
    public var sentence: Sentence

    public init(label: String, count: Int, sentence: Sentence) {
        self.label = label
        self.count = count
        self.sentence = sentence
    }
}
