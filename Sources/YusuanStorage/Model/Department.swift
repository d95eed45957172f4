import YusuanCore

/// A department as stored: its key, the name it last published under, and where it sits.
public struct Department: Sendable, Hashable, Codable {
    public var key: DepartmentKey
    /// The name of its most recent disclosure (by year), or the name given when it was registered.
    public var name: String
    /// The administrative level (`部门` for a first-level budget department, `单位` for a unit), when known.
    public var level: String?
    /// The code of the parent department in the same region, when known.
    public var parentCode: String?

    /// Creates a department.
    public init(key: DepartmentKey, name: String, level: String? = nil, parentCode: String? = nil) {
        self.key = key
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }

    /// The region.
    public var region: String { key.region }
    /// The budget code.
    public var code: String { key.code }
    /// `202-重庆市南岸区人民政府办公室`.
    public var qualifiedName: String { "\(key.code)-\(name)" }
}
