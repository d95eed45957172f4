import Foundation
import Hummingbird
import YusuanCore
import YusuanStorage

/// The public pages: server-rendered HTML that works without JavaScript.
enum PageRoutes {
    static func add(to router: Router<AppRequestContext>, services: ServerServices) {
        let catalog = PortalCatalog(services: services)
        let queries = PortalQueries(catalog: catalog)
        router.get("/") { _, _ in
            PageLayout.response(try await HomePage.render(catalog: catalog))
        }
        router.get("/search") { request, _ in
            let query = QueryParameters(request).string("q") ?? ""
            return PageLayout.response(try await HomePage.search(query, catalog: catalog))
        }
        router.get("/departments/:department") { _, context in
            let key = try PathParameters.department(context)
            return PageLayout.response(try await DepartmentPage.render(key, catalog: catalog))
        }
        router.get("/disclosures/:disclosure") { request, context in
            let key = try PathParameters.disclosure(context)
            let number = try QueryParameters(request).integer("revision", in: 1...1_000_000)
            let (revision, all) = try await catalog.revision(of: key, number: number)
            let body = try await services.rendered.asyncValue(
                for: "\(revision.contentHash)/page/\(revision.key.number)/\(all.count)"
            ) {
                let html = try await DisclosurePage.render(key, revision: revision, all: all, catalog: catalog)
                return TaggedBody(
                    data: Data(html.utf8),
                    etag: "\"\(revision.contentHash)-page-\(revision.key.number)-\(all.count)\"",
                    contentType: TaggedResponse.htmlType
                )
            }
            return TaggedResponse.response(body, request: request)
        }
        router.get("/disclosures/:disclosure/download/:format") { request, context in
            let key = try PathParameters.disclosure(context)
            let formatText = context.parameters.get("format") ?? ""
            guard let format = DownloadFormat(rawValue: formatText),
                DownloadFormat.available(services: services).contains(format)
            else {
                let names = DownloadFormat.available(services: services).map(\.rawValue).joined(separator: "、")
                throw PortalError.notFound("不支持的下载格式“\(formatText)”，可用：\(names)", parameter: "format")
            }
            let number = try QueryParameters(request).integer("revision", in: 1...1_000_000)
            let (revision, _) = try await catalog.revision(of: key, number: number)
            let body = try await services.rendered.asyncValue(
                for: "\(revision.contentHash)/download/\(format.rawValue)"
            ) {
                let document = try await catalog.document(revision)
                return TaggedBody(
                    data: try await format.render(document, services: services),
                    etag: "\"\(revision.contentHash)-\(format.rawValue)\"",
                    contentType: format.contentType
                )
            }
            var headers = HTTPFields()
            let name = format.fileName(key)
            headers[.contentDisposition] = format == .html ? "inline" : "attachment; filename=\"\(name)\""
            return TaggedResponse.response(body, request: request, headers: headers)
        }
        router.get("/compare") { request, _ in
            PageLayout.response(try await ComparePage.render(QueryParameters(request), queries: queries))
        }
        router.get("/rollup") { request, _ in
            PageLayout.response(try await RollupPage.render(QueryParameters(request), queries: queries))
        }
    }
}

/// Amounts as the pages print them.
enum AmountText {
    /// `2,829.73`, or `—` for no value.
    static func text(_ amount: Amount?) -> String {
        amount.map { $0.formatted(groupingThousands: true) } ?? "—"
    }

    /// A table cell with the amount right-aligned; differences get a sign and a colour.
    static func cell(_ amount: Amount?, signed: Bool = false) -> String {
        guard let amount else { return "<td class=\"num muted\">—</td>" }
        guard signed else { return "<td class=\"num\">\(text(amount))</td>" }
        if amount.isZero { return "<td class=\"num\">0</td>" }
        let sign = amount.isNegative ? "" : "+"
        return "<td class=\"num \(amount.isNegative ? "down" : "up")\">\(sign)\(text(amount))</td>"
    }
}
