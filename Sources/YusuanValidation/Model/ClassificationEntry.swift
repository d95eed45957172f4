/// The classification system a code belongs to.
public enum ClassificationSystem: String, Sendable, Hashable, Codable, CaseIterable {
    /// 支出功能分类 (类/款/项, 3/5/7 digits).
    case function
    /// 部门预算支出经济分类 (30x, 3/5 digits).
    case economic
}

/// One code of a classification, valid for a range of years.
public struct ClassificationEntry: Sendable, Hashable, Codable {
    /// The first budget year the entry is valid for.
    public var yearFrom: Int
    /// The last budget year the entry is valid for; nil while it is current.
    public var yearTo: Int?
    /// The system.
    public var system: ClassificationSystem
    /// The code (`2010301`).
    public var code: String
    /// The official name that year (`行政运行`).
    public var name: String
    /// The parent code (`20103`); nil for a 类.
    public var parent: String?
    /// Other names accepted for the code in the same years (common variants of the official name). A name the
    /// code had in other years is not an alias: C2 reports it under its years.
    public var aliases: [String]
    /// Where the entry comes from (`docs/CLASSIFICATION.md` lists the sources), nil when not given.
    public var source: String?

    /// Creates an entry.
    public init(
        yearFrom: Int,
        yearTo: Int?,
        system: ClassificationSystem,
        code: String,
        name: String,
        parent: String?,
        aliases: [String] = [],
        source: String? = nil
    ) {
        self.yearFrom = yearFrom
        self.yearTo = yearTo
        self.system = system
        self.code = code
        self.name = name
        self.parent = parent
        self.aliases = aliases
        self.source = source
    }

    /// Whether the entry is valid in the budget year.
    public func isValid(in year: Int) -> Bool { yearFrom <= year && (yearTo.map { year <= $0 } ?? true) }
}
