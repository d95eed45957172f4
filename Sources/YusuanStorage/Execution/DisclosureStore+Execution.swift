import YusuanCore

extension DisclosureStore {
    /// The department-years with both a 预算 and a 决算 stored (see ``ExecutionPair``), filtered by region, year and
    /// department when given.
    public func executionPairs(region: String?, year: Int?, department: DepartmentKey? = nil) async throws
        -> [ExecutionPair]
    {
        let listings = try await disclosures(region: region ?? department?.region, year: year)
        let pairs = ExecutionPair.pairs(from: listings)
        guard let department else { return pairs }
        return pairs.filter { $0.isOf(department) }
    }

    /// The budget against the actual of every pair (see ``BudgetExecution``), each document read by `load` (the
    /// store's ``document(_:)`` by default; the portal passes its cache).
    public func budgetExecutions(
        region: String?,
        year: Int?,
        department: DepartmentKey? = nil,
        load: ((RevisionKey) async throws -> Disclosure)? = nil
    ) async throws -> [BudgetExecution] {
        let read: (RevisionKey) async throws -> Disclosure = load ?? { try await self.document($0) }
        var executions: [BudgetExecution] = []
        for pair in try await executionPairs(region: region, year: year, department: department) {
            let budget = try await read(pair.budgetRevision)
            let final = try await read(pair.finalRevision)
            executions.append(BudgetExecution.make(pair, budget: budget, final: final))
        }
        return executions
    }
}
