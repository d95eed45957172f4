import Foundation
import YusuanCore
import YusuanStorage

extension PortalQueries {
    /// The budget against the actual of the stored pairs (``DisclosureStore/budgetExecutions(region:year:department:load:)``),
    /// each document read through the catalog's cache.
    func executions(region: String?, year: Int?, department: DepartmentKey?) async throws -> [BudgetExecution] {
        let catalog = catalog
        return try await store.budgetExecutions(region: region, year: year, department: department) { key in
            let (revision, _) = try await catalog.revision(of: key.disclosure, number: key.number)
            return try await catalog.document(revision)
        }
    }

    /// `region` (the stored region a parameter names), `year` and `department` (an identifier) of an execution
    /// request, each optional.
    func executionFilter(_ query: QueryParameters) async throws -> (
        region: String?, year: Int?, department: DepartmentKey?
    ) {
        let region = try await query.string("region").asyncMap { try await catalog.region(named: $0) }
        let year = try query.year()
        let department = try query.department()
        if let department { _ = try await catalog.department(department) }
        return (region, year, department)
    }
}
