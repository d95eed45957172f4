import Foundation
import HTTPTypes
import Hummingbird
import YusuanCore
import YusuanStorage

/// Budget against actual (docs/EXECUTION.md): the region page `/execution`, the department page
/// `/departments/:department/execution` and the API `/api/v1/execution`, all from ``BudgetExecution``.
enum ExecutionRoutes {
    /// Items per page of the API by default, and at most.
    static let defaultLimit = 50
    static let maximumLimit = 500

    static func add(to router: Router<AppRequestContext>, services: ServerServices) {
        let queries = PortalQueries(catalog: PortalCatalog(services: services))
        router.get("/execution") { request, _ in
            PageLayout.response(try await ExecutionPage.region(QueryParameters(request), queries: queries))
        }
        router.get("/departments/:department/execution") { request, context in
            let key = try PathParameters.department(context)
            return PageLayout.response(
                try await ExecutionPage.department(key, query: QueryParameters(request), queries: queries)
            )
        }
        router.group("api/v1").get("execution") { request, _ in
            let query = QueryParameters(request)
            let filter = try await queries.executionFilter(query)
            let limit = try query.integer("limit", in: 1...maximumLimit, default: defaultLimit) ?? defaultLimit
            var after: (department: DepartmentKey, year: Int)?
            if let text = query.string("after") {
                guard let position = position(text) else {
                    throw PortalError.badParameter("after", "应为上一页 next 地址中的位置（部门标识-年度），收到“\(text)”")
                }
                after = position
            }
            let executions = try await queries.executions(
                region: filter.region,
                year: filter.year,
                department: filter.department
            )
            let remaining = executions.filter { execution in
                guard let after else { return true }
                return (execution.department, execution.year) > (after.department, after.year)
            }
            let page = Array(remaining.prefix(limit))
            var next: String?
            if remaining.count > page.count, let last = page.last {
                next = request.uri(after: "\(PortalIdentifiers.id(last.department))-\(last.year)")
            }
            let rollups = filter.department == nil ? ExecutionRollup.rollups(executions) : []
            let body = try TaggedResponse.json(
                API.ExecutionPageOut(
                    items: page.map(API.ExecutionOut.init),
                    limit: limit,
                    next: next,
                    rollups: rollups.map(API.ExecutionRollupOut.init)
                )
            )
            var headers = HTTPFields()
            if let next, let link = HTTPField.Name("Link") { headers[link] = "<\(next)>; rel=\"next\"" }
            return TaggedResponse.response(body, request: request, headers: headers)
        }
    }

    /// `重庆市南岸区-901-2024` → the department and the year.
    static func position(_ text: String) -> (department: DepartmentKey, year: Int)? {
        let text = text.removingPercentEncoding ?? text
        guard let dash = text.lastIndex(of: "-"), let year = Int(text[text.index(after: dash)...]),
            (1000...9999).contains(year), let department = PortalIdentifiers.department(String(text[..<dash]))
        else { return nil }
        return (department, year)
    }
}

extension API {
    /// One line of budget against actual; a figure a document does not print is absent.
    struct ExecutionLineOut: Encodable {
        var group: String
        var groupName: String
        var key: String
        var label: String
        var budget: Amount?
        var actual: Amount?
        var difference: Amount?
        /// The rate in percent, two decimals (`"96.24"`).
        var rate: String?
        var printedBudget: Amount?
        var departmentCount: Int?

        init(_ line: ExecutionLine) {
            group = line.group.identifier
            groupName = line.group.rawValue
            key = line.key
            label = line.label
            budget = line.budget
            actual = line.actual
            difference = line.difference
            rate = line.rate?.text
            printedBudget = line.printedBudget
            departmentCount = line.departmentCount
        }
    }

    /// A department-year's budget against its actual.
    struct ExecutionOut: Encodable {
        var department: String
        var region: String
        var code: String
        var departmentName: String
        var year: Int
        var budget: String
        var budgetRevision: Int
        var final: String
        var finalRevision: Int
        var html: String
        var unit: String
        var lines: [ExecutionLineOut]
        var notes: [String]

        init(_ execution: BudgetExecution) {
            department = PortalIdentifiers.id(execution.department)
            region = execution.department.region
            code = execution.department.code
            departmentName = execution.departmentName
            year = execution.year
            budget = PortalIdentifiers.id(execution.budgetRevision.disclosure)
            budgetRevision = execution.budgetRevision.number
            final = PortalIdentifiers.id(execution.finalRevision.disclosure)
            finalRevision = execution.finalRevision.number
            html = ExecutionPage.departmentPath(execution.department, year: execution.year)
            unit = AmountUnit.tenThousandYuan.rawValue
            lines = execution.lines.map(ExecutionLineOut.init)
            notes = execution.notes
        }
    }

    /// A region's year summed.
    struct ExecutionRollupOut: Encodable {
        var region: String
        var year: Int
        var departments: [String]
        var unit: String
        var lines: [ExecutionLineOut]

        init(_ rollup: ExecutionRollup) {
            region = rollup.region
            year = rollup.year
            departments = rollup.departments.map(PortalIdentifiers.id)
            unit = AmountUnit.tenThousandYuan.rawValue
            lines = rollup.lines.map(ExecutionLineOut.init)
        }
    }

    /// A page of department-years, the address of the next one, and the rollups of every matching one.
    struct ExecutionPageOut: Encodable {
        var items: [ExecutionOut]
        var limit: Int
        var next: String?
        var rollups: [ExecutionRollupOut]
    }
}
