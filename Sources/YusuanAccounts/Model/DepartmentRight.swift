import YusuanStorage

/// The right to upload and publish the disclosures of one department: its code, in one region or in every
/// region.
public struct DepartmentRight: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The region (`重庆市南岸区`), or `nil` for the code in every region.
    public var region: String?
    /// The department's budget code (`202`), as in ``DepartmentKey/code``.
    public var code: String

    /// Creates a right.
    public init(region: String?, code: String) {
        self.region = region.flatMap { $0.isEmpty ? nil : $0 }
        self.code = code
    }

    /// The right on exactly one department.
    public init(_ department: DepartmentKey) {
        self.init(region: department.region, code: department.code)
    }

    /// Whether the right covers the department.
    public func covers(_ department: DepartmentKey) -> Bool {
        code == department.code && (region == nil || region == department.region)
    }

    /// How the region is stored: the name, or `*` for every region.
    public var storedRegion: String { region ?? "*" }

    /// The right read back from its stored region.
    public init(storedRegion: String, code: String) {
        self.init(region: storedRegion == "*" ? nil : storedRegion, code: code)
    }

    public var description: String { "\(region ?? "*")/\(code)" }

    public static func < (left: DepartmentRight, right: DepartmentRight) -> Bool {
        (left.storedRegion, left.code) < (right.storedRegion, right.code)
    }
}
