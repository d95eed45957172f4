import YusuanCore

/// Recognises the source of funds a label names, whatever its suffix (`一般公共预算资金`, `一般公共预算拨款`,
/// `一般公共预算拨款收入`).
enum FundSource: String, CaseIterable {
    case generalBudget = "一般公共预算"
    case governmentFund = "政府性基金"
    case stateCapital = "国有资本经营"
    case specialAccount = "财政专户"
    case operatingRevenue = "事业收入"
    case higherLevel = "上级补助"
    case subsidiaries = "附属单位"
    case business = "经营收入"
    case other = "其他收入"

    init?(label: String) {
        let text = Labels.normalized(label)
        // 事业单位经营收入 must not be read as 事业收入.
        if text.has("经营收入") && !text.has("国有资本") {
            self = .business
            return
        }
        guard let match = Self.allCases.first(where: { text.has($0.rawValue) }) else { return nil }
        self = match
    }
}
