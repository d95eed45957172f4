import YusuanCore

/// A department-year with both a 预算 and a 决算 stored: the two disclosures whose latest revisions are compared.
///
/// Documents pair by their key (region, code, year). A 决算 that states no budget code is stored under its name
/// (``DepartmentKey/init(identity:region:)``); it pairs with the one 预算 of the same region and year, not otherwise
/// paired, that carries the same department name. Lineage (renames, merges, splits) is not followed: both documents
/// describe the same year, so they are one department's.
public struct ExecutionPair: Sendable, Hashable {
    /// The department, as its 预算 is stored.
    public var department: DepartmentKey
    /// The name the 预算 prints.
    public var departmentName: String
    public var year: Int
    public var budget: DisclosureListing
    public var final: DisclosureListing

    /// Creates a pair.
    public init(budget: DisclosureListing, final: DisclosureListing) {
        self.department = budget.key.department
        self.departmentName = budget.departmentName
        self.year = budget.key.year
        self.budget = budget
        self.final = final
    }

    /// The latest revision of the 预算.
    public var budgetRevision: RevisionKey { RevisionKey(disclosure: budget.key, number: budget.latestRevision) }
    /// The latest revision of the 决算.
    public var finalRevision: RevisionKey { RevisionKey(disclosure: final.key, number: final.latestRevision) }

    /// The pairs among stored disclosures, sorted by department then year.
    public static func pairs(from listings: [DisclosureListing]) -> [ExecutionPair] {
        var budgets: [DisclosureKey: DisclosureListing] = [:]
        for listing in listings where listing.key.kind == .budget { budgets[listing.key] = listing }
        var pairs: [ExecutionPair] = []
        var paired = Set<DisclosureKey>()
        var unpairedFinals: [DisclosureListing] = []
        for final in listings where final.key.kind == .finalAccount {
            let key = DisclosureKey(department: final.key.department, year: final.key.year, kind: .budget)
            if let budget = budgets[key] {
                pairs.append(ExecutionPair(budget: budget, final: final))
                paired.insert(key)
            } else {
                unpairedFinals.append(final)
            }
        }
        for final in unpairedFinals {
            let candidates = budgets.values.filter {
                !paired.contains($0.key) && $0.key.year == final.key.year
                    && $0.key.department.region == final.key.department.region
                    && $0.departmentName == final.departmentName
            }
            guard candidates.count == 1, let budget = candidates.first else { continue }
            pairs.append(ExecutionPair(budget: budget, final: final))
            paired.insert(budget.key)
        }
        return pairs.sorted { ($0.department, $0.year) < ($1.department, $1.year) }
    }

    /// Whether the pair is of the department (as its 预算 or its 决算 is stored).
    public func isOf(_ department: DepartmentKey) -> Bool {
        self.department == department || final.key.department == department
    }
}
