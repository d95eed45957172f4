import YusuanCore

/// The table a stored amount belongs to: one of the eleven typed tables, or a table of another template (a
/// ``GenericFact``'s: a 决算's nine tables, a Jiangsu budget's), known by its identifier and printed title.
public enum FactTable: Sendable, Hashable, Codable {
    case typed(TableKind)
    case generic(identifier: String, title: String)

    /// The typed table's number (1–11); `nil` for a generic table.
    public var number: Int? {
        if case .typed(let kind) = self { kind.rawValue } else { nil }
    }

    /// `department-expenditure`, `final-income`.
    public var identifier: String {
        switch self {
        case .typed(let kind): kind.identifier
        case .generic(let identifier, _): identifier
        }
    }

    /// The typed table's Chinese name (`部门支出总表`), or the generic table's printed title.
    public var name: String {
        switch self {
        case .typed(let kind): kind.chineseName
        case .generic(_, let title): title
        }
    }
}
