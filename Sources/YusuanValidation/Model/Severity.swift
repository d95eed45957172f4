/// How serious a finding is.
///
/// The catalogue fixes a rule's severity; a rule may report a finding below it (a rounding difference is always
/// ``info``), never above it.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// An identity or an arithmetic relation is broken: the document is wrong.
    case error
    /// Probably wrong, or missing something the rules ask for.
    case warning
    /// Worth knowing (rounding, style); nothing to fix.
    case info

    /// The Chinese name used in reports.
    public var chineseName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    /// Orders by seriousness: `info < warning < error`.
    public static func < (left: Severity, right: Severity) -> Bool { left.rank < right.rank }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}
