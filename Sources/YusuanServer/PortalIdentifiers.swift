import Foundation
import YusuanCore
import YusuanStorage

/// The identifiers the portal shows in URLs: `重庆市南岸区-202` for a department and `重庆市南岸区-202-2025-budget`
/// for a disclosure (region, code, year, `budget` or `final`). They read back without a look-up; a code that
/// holds `-` still parses because the region never does and the year and kind come last.
public enum PortalIdentifiers {
    /// The kind as it appears in identifiers and query strings.
    public static func slug(_ kind: DocumentKind) -> String {
        switch kind {
        case .budget: "budget"
        case .finalAccount: "final"
        }
    }

    /// The kind a slug (`budget`, `final`, `预算`, `决算`) names.
    public static func kind(slug: String) -> DocumentKind? {
        switch slug {
        case "budget", DocumentKind.budget.rawValue: .budget
        case "final", DocumentKind.finalAccount.rawValue: .finalAccount
        default: nil
        }
    }

    /// `重庆市南岸区-202`.
    public static func id(_ department: DepartmentKey) -> String { "\(department.region)-\(department.code)" }

    /// `重庆市南岸区-202-2025-budget`.
    public static func id(_ disclosure: DisclosureKey) -> String {
        "\(id(disclosure.department))-\(disclosure.year)-\(slug(disclosure.kind))"
    }

    /// The department an identifier names, or `nil` when it is malformed. Percent-encoding is removed first.
    public static func department(_ text: String) -> DepartmentKey? {
        let text = text.removingPercentEncoding ?? text
        guard let dash = text.firstIndex(of: "-") else { return nil }
        let code = String(text[text.index(after: dash)...])
        guard !code.isEmpty else { return nil }
        return DepartmentKey(region: String(text[..<dash]), code: code)
    }

    /// The disclosure an identifier names, or `nil` when it is malformed.
    public static func disclosure(_ text: String) -> DisclosureKey? {
        let text = text.removingPercentEncoding ?? text
        var parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, let kind = kind(slug: String(parts.removeLast())),
            let year = Int(parts.removeLast()), (1000...9999).contains(year),
            let department = department(parts.joined(separator: "-"))
        else { return nil }
        return DisclosureKey(department: department, year: year, kind: kind)
    }

    /// Text percent-encoded for one path segment (`重庆市南岸区-202` → `%E9%87%8D…-202`).
    public static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? text
    }

    /// Text percent-encoded for a query value.
    public static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryCharacters) ?? text
    }

    private static let segmentCharacters: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128))
        )
        set.insert(charactersIn: "-._~")
        return set
    }()

    private static let queryCharacters = segmentCharacters

    /// The portal path of a department page.
    public static func departmentPath(_ key: DepartmentKey) -> String { "/departments/\(pathSegment(id(key)))" }

    /// The portal path of a disclosure page.
    public static func disclosurePath(_ key: DisclosureKey) -> String { "/disclosures/\(pathSegment(id(key)))" }
}
