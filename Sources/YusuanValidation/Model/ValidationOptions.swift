/// Settings of a validation run. Severities are not settings: they belong to the catalogue.
public struct ValidationOptions: Sendable, Hashable {
    /// The Σ of indicator weights of a project table (Chongqing keeps 10 for 预算执行率, hence 90).
    public var projectWeightTotal: Int
    /// The Σ of indicator weights of the overall table (表十).
    public var overallWeightTotal: Int
    /// The fewest decimals the rounding envelope assumes for amounts in 万元: 2, since amounts are rounded to
    /// 0.01 万元 even where the text drops trailing zeros (`2197.4`, `207`).
    public var minimumRoundingScale: Int
    /// Days allowed between the finance bureau's approval and publication (预算法 第十四条: 20).
    public var publicationDeadlineDays: Int
    /// Rules not to run, by identifier.
    public var disabledRules: Set<String>

    /// Creates options; the defaults are those of the Chongqing district template.
    public init(
        projectWeightTotal: Int = 90,
        overallWeightTotal: Int = 100,
        minimumRoundingScale: Int = 2,
        publicationDeadlineDays: Int = 20,
        disabledRules: Set<String> = []
    ) {
        self.projectWeightTotal = projectWeightTotal
        self.overallWeightTotal = overallWeightTotal
        self.minimumRoundingScale = minimumRoundingScale
        self.publicationDeadlineDays = publicationDeadlineDays
        self.disabledRules = disabledRules
    }
}
