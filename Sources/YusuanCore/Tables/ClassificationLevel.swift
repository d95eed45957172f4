/// The level of a classification code: 类 (3 digits), 款 (5) or 项 (7).
public enum ClassificationLevel: Int, Sendable, Hashable, Codable, Comparable {
    case category = 1
    case section = 2
    case item = 3

    /// The level a code's length implies for function codes (3/5/7 digits) and economic codes (3/5 digits).
    public init?(code: String) {
        guard !code.isEmpty, code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        switch code.utf8.count {
        case 3: self = .category
        case 5: self = .section
        case 7: self = .item
        default: return nil
        }
    }

    /// The Chinese name of the level.
    public var chineseName: String {
        switch self {
        case .category: "类"
        case .section: "款"
        case .item: "项"
        }
    }

    public static func < (left: ClassificationLevel, right: ClassificationLevel) -> Bool {
        left.rawValue < right.rawValue
    }
}
