/// A per-项 statement of the narrative (Shanghai and many other districts): one paragraph for every 项 of the
/// 财政拨款 table —
///
/// `公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：…。2025年当年预算执行数为1449.52万元，
/// 2026年预算安排1672.67万元，比2025年预算执行数增加15.39%。主要原因是：…`
///
/// Identities (DOMAIN §8): ``amount`` = ``budgetAmount`` = the table's 项; ``statedPercent`` = (Y − P) / P to the
/// rounding of the printed figures; the direction word matches the sign.
public struct ItemStatement: Sendable, Hashable, Codable {
    /// The function code built from the 类/款/项 numbers of the heading (`2040601`), or as printed when the text
    /// gives it whole.
    public var code: String
    /// The names of 类, 款 and 项 as written (`公共安全支出`, `司法`, `行政运行`).
    public var className: String
    public var sectionName: String
    public var itemName: String
    /// The amount stated after the heading (X).
    public var amount: Amount?
    /// The unit of the figures (`万元` or `元`).
    public var unit: AmountUnit
    /// What it is mainly used for (`主要用于：…`).
    public var usage: String?
    /// The year of the prior-year figure (`2025年当年预算执行数`).
    public var priorYear: Int?
    /// The prior year's 执行数 (P).
    public var priorAmount: Amount?
    /// How the prior figure is named (`当年预算执行数`, `预算数`).
    public var priorLabel: String?
    /// The year's amount as stated again (`2026年预算安排 Y 万元`).
    public var budgetAmount: Amount?
    /// The stated direction (`增加`/`减少`, `持平`).
    public var direction: ChangeDirection?
    /// The stated percentage (Z, `17.62` for `17.62%`), when the change is given as a percentage.
    public var statedPercent: Amount?
    /// The stated change in 万元, when the change is given as an amount.
    public var statedChange: Amount?
    /// The stated reason (`主要原因是：…`).
    public var reason: String?
    /// The paragraph (one sentence run) the statement came from, with its line.
    public var sentence: Sentence
    /// The line of the prior-year figure, when it is on another line than the heading.
    public var priorLine: SourceLine?
    /// The line of the second statement of the year's amount (`预算安排 Y`).
    public var budgetLine: SourceLine?

    public init(
        code: String,
        className: String,
        sectionName: String,
        itemName: String,
        amount: Amount?,
        unit: AmountUnit = .tenThousandYuan,
        usage: String? = nil,
        priorYear: Int? = nil,
        priorAmount: Amount? = nil,
        priorLabel: String? = nil,
        budgetAmount: Amount? = nil,
        direction: ChangeDirection? = nil,
        statedPercent: Amount? = nil,
        statedChange: Amount? = nil,
        reason: String? = nil,
        sentence: Sentence,
        priorLine: SourceLine? = nil,
        budgetLine: SourceLine? = nil
    ) {
        self.code = code
        self.className = className
        self.sectionName = sectionName
        self.itemName = itemName
        self.amount = amount
        self.unit = unit
        self.usage = usage
        self.priorYear = priorYear
        self.priorAmount = priorAmount
        self.priorLabel = priorLabel
        self.budgetAmount = budgetAmount
        self.direction = direction
        self.statedPercent = statedPercent
        self.statedChange = statedChange
        self.reason = reason
        self.sentence = sentence
        self.priorLine = priorLine
        self.budgetLine = budgetLine
    }
}
