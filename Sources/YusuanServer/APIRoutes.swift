import Foundation
import HTTPTypes
import Hummingbird
import YusuanCore
import YusuanStorage

/// The read-only JSON API under `/api/v1`, described by ``OpenAPIDocument`` at `/api/v1/openapi.json`.
enum APIRoutes {
    static func add(to router: Router<AppRequestContext>, services: ServerServices) {
        let catalog = PortalCatalog(services: services)
        let queries = PortalQueries(catalog: catalog)
        let api = router.group("api/v1")

        api.get { request, _ in
            try TaggedResponse.response(
                TaggedResponse.json(
                    API.Index(
                        name: "部门预算公开 API",
                        version: OpenAPIDocument.version,
                        openapi: "\(API.base)/openapi.json",
                        endpoints: OpenAPIDocument.paths
                    )
                ),
                request: request
            )
        }
        api.get("openapi.json") { request, _ in
            TaggedResponse.response(OpenAPIDocument.body, request: request)
        }

        api.get("departments") { request, _ in
            let query = QueryParameters(request)
            let page = try query.page()
            var entries: [DepartmentEntry]
            if let region = query.string("region") {
                entries = try await catalog.departments(region: try await catalog.region(named: region))
            } else {
                entries = try await catalog.departments()
            }
            if let text = query.string("q") {
                let matches = Set(try await catalog.search(text).map(\.department.key))
                entries = entries.filter { matches.contains($0.department.key) }
            }
            return try paged(entries.map(API.DepartmentOut.init), page: page, request: request)
        }
        api.get("departments/:department") { request, context in
            let entry = try await catalog.department(try PathParameters.department(context))
            return try TaggedResponse.response(TaggedResponse.json(API.DepartmentOut(entry)), request: request)
        }
        api.get("departments/:department/disclosures/:year") { request, context in
            let department = try PathParameters.department(context)
            let yearText = context.parameters.get("year") ?? ""
            guard let year = Int(yearText), (1000...9999).contains(year) else {
                throw PortalError.badParameter("year", "应为四位年份，如 2025，收到“\(yearText)”")
            }
            let key = DisclosureKey(department: department, year: year, kind: try QueryParameters(request).kind())
            return try await disclosureResponse(key, request: request, catalog: catalog)
        }

        api.get("disclosures") { request, _ in
            let query = QueryParameters(request)
            let page = try query.page()
            let region = try await query.string("region").asyncMap { try await catalog.region(named: $0) }
            var listings = try await services.store.disclosures(region: region, year: try query.year())
            if query.string("kind") != nil {
                let kind = try query.kind()
                listings = listings.filter { $0.key.kind == kind }
            }
            return try paged(listings.map(API.DisclosureRef.init), page: page, request: request)
        }
        api.get("disclosures/:disclosure") { request, context in
            try await disclosureResponse(try PathParameters.disclosure(context), request: request, catalog: catalog)
        }
        api.get("disclosures/:disclosure/tables") { request, context in
            let key = try PathParameters.disclosure(context)
            let (revision, _) = try await catalog.revision(
                of: key,
                number: try QueryParameters(request).integer("revision", in: 1...1_000_000)
            )
            let body = try await services.rendered.asyncValue(
                for: "\(revision.contentHash)/tables/\(revision.key.number)"
            ) {
                let facts = try await services.store.facts(revision.key)
                let document = try await catalog.document(revision)
                let id = PortalIdentifiers.id(key)
                let tables = TableKind.allCases.map { kind in
                    API.TableRef(
                        number: kind.rawValue,
                        caption: kind.caption,
                        name: kind.chineseName,
                        identifier: kind.identifier,
                        factCount: facts.lazy.filter { $0.table == kind }.count,
                        url: "\(API.base)/disclosures/\(PortalIdentifiers.pathSegment(id))/tables/\(kind.rawValue)"
                    )
                }
                return try TaggedResponse.json(
                    API.TableList(
                        disclosure: id,
                        revision: revision.key.number,
                        unit: document.identity.unit.rawValue,
                        tables: tables
                    )
                )
            }
            return TaggedResponse.response(body, request: request)
        }
        api.get("disclosures/:disclosure/tables/:table") { request, context in
            let key = try PathParameters.disclosure(context)
            let tableText = context.parameters.get("table") ?? ""
            guard
                let kind = Int(tableText).flatMap(TableKind.init(rawValue:))
                    ?? TableKind.allCases.first(where: {
                        $0.identifier == tableText || $0.caption == tableText.removingPercentEncoding
                    })
            else {
                throw PortalError.badParameter(
                    "table",
                    "应为表号 1–11 或表的标识（如 department-expenditure），收到“\(tableText.removingPercentEncoding ?? tableText)”"
                )
            }
            let (revision, _) = try await catalog.revision(
                of: key,
                number: try QueryParameters(request).integer("revision", in: 1...1_000_000)
            )
            let body = try await services.rendered.asyncValue(
                for: "\(revision.contentHash)/table/\(kind.rawValue)/\(revision.key.number)"
            ) {
                let facts = try await services.store.facts(revision.key).filter { $0.table == kind }
                let document = try await catalog.document(revision)
                return try TaggedResponse.json(
                    API.TableOut(
                        disclosure: PortalIdentifiers.id(key),
                        revision: revision.key.number,
                        number: kind.rawValue,
                        caption: kind.caption,
                        name: kind.chineseName,
                        identifier: kind.identifier,
                        unit: document.identity.unit.rawValue,
                        facts: facts.map(API.FactOut.init)
                    )
                )
            }
            return TaggedResponse.response(body, request: request)
        }
        api.get("disclosures/:disclosure/findings") { request, context in
            let key = try PathParameters.disclosure(context)
            let query = QueryParameters(request)
            let (revision, _) = try await catalog.revision(
                of: key,
                number: try query.integer("revision", in: 1...1_000_000)
            )
            var findings = try await services.store.findings(revision.key)
            if let severity = query.string("severity") {
                guard ["error", "warning", "info"].contains(severity) else {
                    throw PortalError.badParameter("severity", "应为 error、warning 或 info，收到“\(severity)”")
                }
                findings = findings.filter { $0.severity == severity }
            }
            let list = API.FindingList(
                disclosure: PortalIdentifiers.id(key),
                revision: revision.key.number,
                counts: API.FindingCounts(findings),
                findings: findings.map(API.FindingOut.init)
            )
            return try TaggedResponse.response(TaggedResponse.json(list), request: request)
        }

        api.get("compare/years") { request, _ in
            let query = QueryParameters(request)
            let (comparison, lineage) = try await queries.yearOverYear(query)
            let includeLines = try query.flag("lines", default: false)
            let out = API.YearComparison(
                department: PortalIdentifiers.id(comparison.department),
                departmentName: comparison.departmentName,
                year: comparison.year,
                priorYear: comparison.priorYear,
                followsLineage: lineage,
                current: comparison.basis.current.map(PortalIdentifiers.id),
                prior: comparison.basis.prior.map(PortalIdentifiers.id),
                storedPrior: comparison.storedPrior.map(PortalIdentifiers.id),
                events: comparison.basis.events.map(API.LineageOut.init),
                measures: comparison.measures.map { measure in
                    API.MeasureOut(
                        name: measure.name,
                        table: measure.address.table.rawValue,
                        row: measure.address.row,
                        column: measure.address.column,
                        current: measure.current,
                        prior: measure.prior,
                        difference: measure.difference,
                        basis: measure.basis.rawValue,
                        parts: measure.parts.map {
                            API.PartOut(
                                department: PortalIdentifiers.id($0.department),
                                amount: $0.amount,
                                basis: $0.basis.rawValue
                            )
                        },
                        statedChange: measure.statedChange
                    )
                },
                lines: includeLines
                    ? comparison.lines.map { line in
                        API.LineOut(
                            table: line.address.table.rawValue,
                            row: line.address.row,
                            column: line.address.column,
                            name: line.name,
                            current: line.current,
                            prior: line.prior,
                            difference: line.difference
                        )
                    } : nil
            )
            return try TaggedResponse.response(TaggedResponse.json(out), request: request)
        }
        api.get("compare/departments") { request, _ in
            let comparison = try await queries.sideBySide(QueryParameters(request))
            let out = API.DepartmentComparison(
                region: comparison.region,
                year: comparison.year,
                columns: comparison.columns.map {
                    API.ColumnOut(department: PortalIdentifiers.id($0.department), name: $0.name)
                },
                rows: comparison.rows.map { API.RowOut(group: $0.group, label: $0.label, values: $0.values) }
            )
            return try TaggedResponse.response(TaggedResponse.json(out), request: request)
        }
        api.get("rollup") { request, _ in
            let (rollup, by, level) = try await queries.rollup(QueryParameters(request))
            let out = API.RollupOut(
                region: rollup.region,
                year: rollup.year,
                by: by,
                level: PortalQueries.levelName(level),
                table: rollup.classification.table.rawValue,
                columns: rollup.columns,
                rows: rollup.rows.map {
                    API.RollupRowOut(
                        code: $0.code,
                        name: $0.name,
                        amounts: $0.amounts,
                        departmentCount: $0.departmentCount
                    )
                },
                total: rollup.total,
                disclosureCount: rollup.disclosureCount
            )
            return try TaggedResponse.response(TaggedResponse.json(out), request: request)
        }
        FactRoutes.add(to: api, services: services, catalog: catalog)
        api.get("search") { request, _ in
            let query = QueryParameters(request)
            let text = try query.required("q", "搜索词（部门名称或编码）")
            let page = try query.page()
            let entries = try await catalog.search(text)
            return try paged(entries.map(API.DepartmentOut.init), page: page, request: request)
        }
    }

    /// A page of items with `next` and a `Link: <…>; rel="next"` header when more follow.
    static func paged<Item: Encodable>(_ items: [Item], page: (limit: Int, offset: Int), request: Request) throws
        -> Response
    {
        let slice = Array(items.dropFirst(page.offset).prefix(page.limit))
        var next: String?
        if page.offset + slice.count < items.count {
            var components = URLComponents()
            components.path = request.uri.path
            var pairs: [(name: String, value: String)] = []
            for parameter in request.uri.queryParameters where parameter.key != "limit" && parameter.key != "offset" {
                pairs.append((String(parameter.key), String(parameter.value)))
            }
            pairs.sort { $0.name < $1.name }
            var queryItems = pairs.map { URLQueryItem(name: $0.name, value: $0.value) }
            queryItems.append(URLQueryItem(name: "limit", value: String(page.limit)))
            queryItems.append(URLQueryItem(name: "offset", value: String(page.offset + slice.count)))
            components.queryItems = queryItems
            next = components.string
        }
        let body = try TaggedResponse.json(
            API.Page(items: slice, total: items.count, limit: page.limit, offset: page.offset, next: next)
        )
        var headers = HTTPFields()
        if let next { headers[HTTPField.Name("Link")!] = "<\(next)>; rel=\"next\"" }
        return TaggedResponse.response(body, request: request, headers: headers)
    }

    /// The disclosure with its document: the metadata, then `"document":` the canonical JSON. Cached per revision.
    static func disclosureResponse(_ key: DisclosureKey, request: Request, catalog: PortalCatalog) async throws
        -> Response
    {
        let services = catalog.services
        let (revision, all) = try await catalog.revision(
            of: key,
            number: try QueryParameters(request).integer("revision", in: 1...1_000_000)
        )
        let cacheKey = "\(revision.contentHash)/api/\(revision.key.number)/\(all.count)"
        let body = try await services.rendered.asyncValue(for: cacheKey) {
            let document = try await catalog.document(revision)
            let findings = try await services.store.findings(revision.key)
            let id = PortalIdentifiers.id(key)
            let segment = PortalIdentifiers.pathSegment(id)
            var links = [
                "self": "\(API.base)/disclosures/\(segment)",
                "html": PortalIdentifiers.disclosurePath(key),
                "tables": "\(API.base)/disclosures/\(segment)/tables",
                "findings": "\(API.base)/disclosures/\(segment)/findings",
                "department":
                    "\(API.base)/departments/\(PortalIdentifiers.pathSegment(PortalIdentifiers.id(key.department)))",
            ]
            for format in DownloadFormat.available(services: services) {
                links["download.\(format.rawValue)"] = DownloadFormat.path(key, format: format, revision: nil)
            }
            let head = API.DisclosureHead(
                id: id,
                department: PortalIdentifiers.id(key.department),
                region: key.department.region,
                code: key.department.code,
                departmentName: revision.departmentName,
                year: key.year,
                kind: key.kind.rawValue,
                revision: API.RevisionOut(revision),
                revisions: all.map(API.RevisionOut.init),
                findingCounts: API.FindingCounts(findings),
                links: links
            )
            var data = try TaggedResponse.encoder().encode(head)
            data.removeLast()  // the closing brace
            data.append(contentsOf: Array(",\"document\":".utf8))
            data.append(try PreparedDocument(document).canonicalJSON)
            data.append(UInt8(ascii: "}"))
            return TaggedBody(
                data: data,
                etag: "\"\(revision.contentHash)-\(revision.key.number)-\(all.count)\"",
                contentType: TaggedResponse.jsonType
            )
        }
        return TaggedResponse.response(body, request: request)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
