/// The unit the amounts of a table or document are published in.
public enum AmountUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// 万元 (ten thousand yuan), the unit of the Chongqing template.
    case tenThousandYuan = "万元"
    /// 元 (yuan).
    case yuan = "元"

    /// Parses the unit from a unit line such as `单位：万元`.
    public init?(unitLine: some StringProtocol) {
        if unitLine.has("万元") {
            self = .tenThousandYuan
        } else if unitLine.has("元") {
            self = .yuan
        } else {
            return nil
        }
    }
}
