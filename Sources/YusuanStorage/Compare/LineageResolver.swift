/// Which departments a department's figures of a year are compared with, following lineage events.
public struct ComparisonBasis: Sendable, Hashable, Codable {
    /// The departments whose figures of the year are taken together (several after a split).
    public var current: [DepartmentKey]
    /// The departments whose figures of the prior year are taken together.
    public var prior: [DepartmentKey]
    /// The department among `prior` whose missing figures the current document's narrative may imply
    /// (the department itself, or its former code after a rename); nil after a split.
    public var narrativeSubject: DepartmentKey?
    /// The events that shaped the basis.
    public var events: [LineageEvent]

    /// Creates a basis.
    public init(
        current: [DepartmentKey],
        prior: [DepartmentKey],
        narrativeSubject: DepartmentKey?,
        events: [LineageEvent]
    ) {
        self.current = current
        self.prior = prior
        self.narrativeSubject = narrativeSubject
        self.events = events
    }
}

/// Resolves lineage events into comparison bases and predecessor chains. Pure.
public struct LineageResolver: Sendable {
    public var events: [LineageEvent]

    /// Creates a resolver over the recorded events.
    public init(events: [LineageEvent]) {
        self.events = events
    }

    /// The basis for comparing `department`'s figures of `year` with the year before.
    ///
    /// - No event: the department with itself.
    /// - A merge into it effective `year`: itself and the absorbed departments (202 in 2025 with 202 + 236 in 2024).
    /// - A rename into it: its former code.
    /// - A split into it: all successors of the split together, with the split departments.
    public func basis(for department: DepartmentKey, year: Int) -> ComparisonBasis {
        let relevant = events.filter {
            $0.region == department.region && $0.effectiveYear == year && $0.toCodes.contains(department.code)
        }
        guard !relevant.isEmpty else {
            return ComparisonBasis(current: [department], prior: [department], narrativeSubject: department, events: [])
        }
        var current: [String] = [department.code]
        var prior: [String] = []
        var subject: String? = department.code
        var includesSelf = true
        for event in relevant {
            switch event.kind {
            case .merge:
                prior += event.fromCodes
            case .rename:
                includesSelf = event.fromCodes.contains(department.code)
                prior += event.fromCodes
                subject = event.fromCodes.first
            case .split:
                includesSelf = event.fromCodes.contains(department.code)
                current += event.toCodes
                prior += event.fromCodes
                subject = nil
            }
        }
        if includesSelf { prior.insert(department.code, at: 0) }
        let key = { DepartmentKey(region: department.region, code: $0) }
        return ComparisonBasis(
            current: unique(current).map(key),
            prior: unique(prior).map(key),
            narrativeSubject: subject.map(key),
            events: relevant
        )
    }

    /// The departments whose disclosures of `year` belong to `department`'s history: itself, and going back
    /// through merges, renames and splits into it effective after `year`, its predecessors.
    public func predecessors(of department: DepartmentKey, in year: Int) -> [DepartmentKey] {
        var result: [String] = [department.code]
        var frontier: [String] = [department.code]
        var seen: Set<String> = [department.code]
        while let code = frontier.popLast() {
            for event in events
            where event.region == department.region && event.effectiveYear > year && event.toCodes.contains(code) {
                for from in event.fromCodes where !seen.contains(from) {
                    seen.insert(from)
                    result.append(from)
                    frontier.append(from)
                }
            }
        }
        return result.map { DepartmentKey(region: department.region, code: $0) }
    }

    private func unique(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }
}
