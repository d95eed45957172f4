import Foundation
import HTTPTypes
import Hummingbird
import YusuanCore
import YusuanStorage

/// `/api/v1/facts`: the stored amounts in bulk, a page at a time (the rows of the stores' `facts` view).
enum FactRoutes {
    /// Rows per page by default, and at most.
    static let defaultLimit = 100
    static let maximumLimit = 1_000

    static func add(to api: RouterGroup<AppRequestContext>, services: ServerServices, catalog: PortalCatalog) {
        api.get("facts") { request, _ in
            let query = QueryParameters(request)
            let region = try await query.string("region").asyncMap { try await catalog.region(named: $0) }
            let table = try table(query.string("table"))
            let filter = FactFilter(
                region: region,
                year: try query.year(),
                table: table.typed,
                genericTable: table.generic,
                rowCode: query.string("code")
            )
            let limit = try query.integer("limit", in: 1...maximumLimit, default: defaultLimit) ?? defaultLimit
            var after: RowPosition?
            if let text = query.string("after") {
                guard let position = RowPosition(text) else {
                    throw PortalError.badParameter("after", "应为上一页 next 地址中的位置，收到“\(text)”")
                }
                after = position
            }
            let page = try await services.store.factRows(filter, after: after, limit: limit)
            let next = page.next.map { request.uri(after: $0.description) }
            let body = try TaggedResponse.json(
                API.FactRowPage(items: page.rows.map(API.FactRowOut.init), limit: limit, next: next)
            )
            var headers = HTTPFields()
            if let next, let link = HTTPField.Name("Link") { headers[link] = "<\(next)>; rel=\"next\"" }
            return TaggedResponse.response(body, request: request, headers: headers)
        }
    }

    /// A table by number (1–11) or identifier (`department-expenditure`), or a generic table by its identifier
    /// (`final-expenditure`, lower-case letters, digits and hyphens); neither when not given.
    static func table(_ text: String?) throws -> (typed: TableKind?, generic: String?) {
        guard let text else { return (nil, nil) }
        if let kind = Int(text).flatMap(TableKind.init(rawValue:))
            ?? TableKind.allCases.first(where: { $0.identifier == text })
        {
            return (kind, nil)
        }
        guard Int(text) == nil, let first = text.unicodeScalars.first, ("a"..."z").contains(first),
            text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else {
            throw PortalError.badParameter(
                "table",
                "应为表号 1–11 或表的标识（如 department-expenditure、final-expenditure），收到“\(text)”"
            )
        }
        return (nil, text)
    }
}

extension API {
    /// One stored amount with its disclosure.
    struct FactRowOut: Encodable {
        var disclosure: String
        var region: String
        var departmentCode: String
        var departmentName: String
        var year: Int
        var kind: String
        var revision: Int
        var isLatest: Bool
        /// The typed table's number; `null` for a generic table.
        var table: Int?
        var tableId: String
        var tableName: String
        var row: String
        var rowKind: String
        var rowName: String
        var column: String
        var amount: Amount
        var unit: String

        init(_ row: FactRow) {
            let key = row.revision.disclosure
            disclosure = PortalIdentifiers.id(key)
            region = key.department.region
            departmentCode = key.department.code
            departmentName = row.departmentName
            year = key.year
            kind = key.kind.rawValue
            revision = row.revision.number
            isLatest = row.isLatest
            table = row.table.number
            tableId = row.table.identifier
            tableName = row.table.name
            self.row = row.row
            rowKind = row.rowKind.rawValue
            rowName = row.name
            column = row.column
            amount = row.amount
            unit = row.unit.rawValue
        }
    }

    /// A page of amounts and the address of the next one.
    struct FactRowPage: Encodable {
        var items: [FactRowOut]
        var limit: Int
        var next: String?
    }
}
