import Foundation
import YusuanCore
import YusuanStorage

/// The home page (departments by region, with their years) and the search results.
enum HomePage {
    static func render(catalog: PortalCatalog) async throws -> String {
        let entries = try await catalog.departments()
        let years = try await catalog.years()
        var body = "<h1>部门预算公开</h1>\n"
        body += "<p>各部门公开的部门预算文件：阅读全文与全部表格、查看校验结果、跨年度与跨部门比较、按地区汇总，并以多种格式下载。</p>\n"
        body += searchForm(query: "")
        if !years.isEmpty {
            body += "<h2>年度</h2>\n<ul class=\"years\">"
            for year in years {
                body += "<li>\(year) 年</li>"
            }
            body += "</ul>\n"
        }
        let regions = Dictionary(grouping: entries, by: \.department.region)
        for region in regions.keys.sorted() {
            let regionName = region.isEmpty ? "（未注明地区）" : region
            body += "<h2>\(PageLayout.escape(regionName))</h2>\n"
            if !region.isEmpty, let year = years.first {
                let link = "/rollup?region=\(PortalIdentifiers.queryValue(region))&year=\(year)"
                body += "<p><a href=\"\(link)\">\(year) 年\(PageLayout.escape(regionName))汇总</a> · "
                body +=
                    "<a href=\"/compare?mode=departments&amp;region=\(PortalIdentifiers.queryValue(region))&amp;year=\(year)\">部门并列比较</a> · "
                body += "<a href=\"/execution?region=\(PortalIdentifiers.queryValue(region))\">预算执行（预算与决算）</a></p>\n"
            }
            body += departmentTable(regions[region] ?? [])
        }
        if entries.isEmpty {
            body +=
                "<p class=\"muted\">数据库中还没有公开文件。可用 <code>yusuan db import</code> 导入，或以 <code>yusuan serve --demo</code> 启动演示。</p>\n"
        }
        return PageLayout.page(title: "部门与年度", body: body, services: catalog.services)
    }

    static func search(_ query: String, catalog: PortalCatalog) async throws -> String {
        var body = "<h1>搜索部门</h1>\n" + searchForm(query: query)
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            body += "<p class=\"muted\">请输入部门名称的一部分或部门编码。</p>\n"
        } else {
            let results = try await catalog.search(trimmed)
            body += "<p>“\(PageLayout.escape(trimmed))”：找到 \(results.count) 个部门。</p>\n"
            if !results.isEmpty { body += departmentTable(results) }
        }
        return PageLayout.page(title: trimmed.isEmpty ? "搜索" : "搜索：\(trimmed)", body: body, services: catalog.services)
    }

    static func searchForm(query: String) -> String {
        "<form class=\"inline\" action=\"/search\" method=\"get\"><label>部门名称或编码"
            + "<input type=\"search\" name=\"q\" value=\"\(PageLayout.escape(query))\" placeholder=\"如 办公室 或 202\"></label>"
            + "<button type=\"submit\">搜索</button></form>\n"
    }

    static func departmentTable(_ entries: [DepartmentEntry]) -> String {
        var out = "<table class=\"data departments\">\n<thead><tr><th scope=\"col\">编码</th><th scope=\"col\">部门</th>"
        out += "<th scope=\"col\">公开文件</th></tr></thead>\n<tbody>\n"
        for entry in entries {
            let department = entry.department
            out += "<tr><td>\(PageLayout.escape(department.code))</td>"
            out +=
                "<td><a href=\"\(PortalIdentifiers.departmentPath(department.key))\">\(PageLayout.escape(department.name))</a>"
            if entry.names.count > 1 {
                out +=
                    " <span class=\"muted\">（曾用名：\(entry.names.dropFirst().map(PageLayout.escape).joined(separator: "、"))）</span>"
            }
            out += "</td><td>"
            out += entry.disclosures.map { listing in
                "<a href=\"\(PortalIdentifiers.disclosurePath(listing.key))\">\(listing.key.year) 年\(listing.key.kind.rawValue)</a>"
            }.joined(separator: " ")
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }
}

/// A department: its disclosures by year, “三公” over the years, and links to compare.
enum DepartmentPage {
    static func render(_ key: DepartmentKey, catalog: PortalCatalog) async throws -> String {
        let entry = try await catalog.department(key)
        let department = entry.department
        var body =
            "<p class=\"muted\">\(PageLayout.escape(department.region)) · 编码 \(PageLayout.escape(department.code))"
        if let level = department.level { body += " · \(PageLayout.escape(level))" }
        body += "</p>\n<h1>\(PageLayout.escape(department.name))</h1>\n"
        body += PageLayout.generatedMark(region: department.region, services: catalog.services)
        if entry.names.count > 1 {
            body += "<p>曾用名：\(entry.names.dropFirst().map(PageLayout.escape).joined(separator: "、"))</p>\n"
        }
        body += "<h2>公开文件</h2>\n<table class=\"data\">\n<thead><tr><th scope=\"col\">年度</th><th scope=\"col\">类型</th>"
        body += "<th scope=\"col\">版本</th><th scope=\"col\">比较</th></tr></thead>\n<tbody>\n"
        for listing in entry.disclosures {
            let compare =
                "/compare?department=\(PortalIdentifiers.queryValue(PortalIdentifiers.id(key)))&year=\(listing.key.year)&kind=\(PortalIdentifiers.slug(listing.key.kind))"
            body +=
                "<tr><td><a href=\"\(PortalIdentifiers.disclosurePath(listing.key))\">\(listing.key.year) 年</a></td>"
            body +=
                "<td>\(listing.key.kind.rawValue)</td><td>第 \(listing.latestRevision) 版（共 \(listing.revisionCount) 版）</td>"
            body += "<td><a href=\"\(PageLayout.escape(compare))\">与 \(listing.key.year - 1) 年比较</a></td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        let paired = try await catalog.services.store.executionPairs(region: key.region, year: nil, department: key)
        body += ExecutionPage.departmentLinks(key, years: paired.map(\.year))
        body += try await ThreePublicChart.render(department: key, catalog: catalog)
        return PageLayout.page(title: department.name, body: body, services: catalog.services)
    }
}

/// “三公”经费 over the years of a department (and, following lineage, its predecessors), from 表四's 合计.
enum ThreePublicChart {
    static func render(department: DepartmentKey, catalog: PortalCatalog) async throws -> String {
        let store = catalog.services.store
        let events = try await store.lineageEvents(region: department.region)
        let resolver = LineageResolver(events: events)
        var keys: [DisclosureKey] = []
        for listing in try await store.disclosures(region: department.region, year: nil)
        where listing.key.kind == .budget {
            if resolver.predecessors(of: department, in: listing.key.year).contains(listing.key.department) {
                keys.append(listing.key)
            }
        }
        let facts = try await store.latestFacts(of: keys, tables: [.threePublicExpenditure])
        var byYear: [Int: [(String, Amount)]] = [:]
        for disclosure in facts {
            if let total = disclosure.facts.first(where: { $0.row == FactExtractor.totalRow && $0.column == "合计" }) {
                byYear[disclosure.key.year, default: []].append((disclosure.departmentName, total.amount))
            }
        }
        let bars = byYear.keys.sorted().map { year -> SVGChart.Bar in
            let parts = byYear[year] ?? []
            let label = parts.count > 1 ? "\(year) 年（\(parts.count) 个部门合计）" : "\(year) 年"
            return SVGChart.Bar(label: label, amount: Amount.sum(parts.map(\.1)) ?? .zero())
        }
        var out = "<h2>“三公”经费历年变化</h2>\n"
        if keys.count > Set(keys.map(\.department)).count || Set(keys.map(\.department)).count > 1 {
            out += "<p class=\"muted\">按已登记的机构沿革合并计算前身部门。</p>\n"
        }
        out += "<div class=\"charts\">"
        out += SVGChart.figure(
            "一般公共预算“三公”经费",
            unit: "万元",
            svg: SVGChart.bars(bars, title: "“三公”经费历年变化", unit: "万元", color: "#1565c0")
        )
        out += "</div>\n"
        return out
    }
}
