/// Whether a disclosure publishes a budget (预算) or a final account (决算).
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case budget = "预算"
    case finalAccount = "决算"
}

/// Whether the document speaks of itself as a 部门 (department) or a 单位 (unit).
public enum EntityWording: String, Sendable, Hashable, Codable, CaseIterable {
    case department = "部门"
    case unit = "单位"
    /// Both words are used for the entity itself (a style defect the validator reports).
    case mixed = "混用"
}
