import YusuanCore

/// Identifies a department: its budget code within a region (`重庆市南岸区` / `202`).
///
/// Budget codes are assigned by each region's finance bureau, so the same code may denote different
/// departments in two regions; within one region a code names one department across years.
public struct DepartmentKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The region (`重庆市南岸区`); empty when the department's name names none.
    public var region: String
    /// The budget code (`202`), or the department's name when the document states no code.
    public var code: String

    /// Creates a key.
    public init(region: String, code: String) {
        self.region = region
        self.code = code
    }

    /// The key of the department that published a document: the region read from its name (see
    /// ``Region/name(inDepartmentName:)``) unless one is given, and its code (or its name without one).
    public init(identity: DocumentIdentity, region: String? = nil) {
        self.init(departmentName: identity.departmentName, departmentCode: identity.departmentCode, region: region)
    }

    /// The key of a department known by its name and code (see ``init(identity:region:)``).
    public init(departmentName: String, departmentCode: String?, region: String? = nil) {
        self.region = region ?? Region.name(inDepartmentName: departmentName)
        self.code = departmentCode ?? departmentName
    }

    public var description: String { region.isEmpty ? code : "\(region)/\(code)" }

    public static func < (left: DepartmentKey, right: DepartmentKey) -> Bool {
        (left.region, left.code) < (right.region, right.code)
    }
}

/// Identifies a disclosure: a department's document of one kind for one year. Its content lives in revisions.
public struct DisclosureKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var department: DepartmentKey
    public var year: Int
    public var kind: DocumentKind

    /// Creates a key.
    public init(department: DepartmentKey, year: Int, kind: DocumentKind = .budget) {
        self.department = department
        self.year = year
        self.kind = kind
    }

    public var description: String { "\(department) \(year) \(kind.rawValue)" }

    public static func < (left: DisclosureKey, right: DisclosureKey) -> Bool {
        (left.department, left.year, left.kind.rawValue) < (right.department, right.year, right.kind.rawValue)
    }
}

/// Identifies one stored revision of a disclosure (1, 2, 3 … in import order).
public struct RevisionKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var disclosure: DisclosureKey
    public var number: Int

    /// Creates a key.
    public init(disclosure: DisclosureKey, number: Int) {
        self.disclosure = disclosure
        self.number = number
    }

    public var description: String { "\(disclosure) r\(number)" }
}

extension DisclosureKey {
    /// The same department's disclosure of the year before, of the same kind (the prior year rules compare with).
    public var priorYear: DisclosureKey { DisclosureKey(department: department, year: year - 1, kind: kind) }

    /// The same department's budget of the same year (a 决算's, for its self-evaluations' targets, P8).
    public var budget: DisclosureKey { DisclosureKey(department: department, year: year, kind: .budget) }
}
