import Foundation
import YusuanCore
import YusuanStorage

/// The rollup page: a region's disclosures of a year summed by function or economic classification.
enum RollupPage {
    static func render(_ query: QueryParameters, queries: PortalQueries) async throws -> String {
        let catalog = queries.catalog
        let e = PageLayout.escape
        let regions = try await catalog.regions().filter { !$0.isEmpty }
        let years = try await catalog.years()
        var body =
            "<h1>地区汇总</h1>\n<form class=\"inline\" action=\"/rollup\" method=\"get\"><label>地区<select name=\"region\">"
        for region in regions {
            body += "<option\(query.string("region") == region ? " selected" : "")>\(e(region))</option>"
        }
        body += "</select></label><label>年度<select name=\"year\">"
        for year in years {
            body += "<option\(query.string("year") == String(year) ? " selected" : "")>\(year)</option>"
        }
        body += "</select></label><label>分类<select name=\"by\">"
        body += "<option value=\"function\"\(query.string("by") == "economic" ? "" : " selected")>功能分类</option>"
        body +=
            "<option value=\"economic\"\(query.string("by") == "economic" ? " selected" : "")>经济分类</option></select></label>"
        body += "<label>级次<select name=\"level\">"
        for level in ["类", "款", "项"] {
            body += "<option\(query.string("level") == level ? " selected" : "")>\(level)</option>"
        }
        body += "</select></label><button type=\"submit\">汇总</button></form>\n"
        if query.string("region") != nil {
            let (rollup, by, level) = try await queries.rollup(query)
            body +=
                "<h2>\(e(rollup.region)) \(rollup.year) 年 按\(by == "economic" ? "经济" : "功能")分类（\(PortalQueries.levelName(level))）汇总</h2>\n"
            body += PageLayout.generatedMark(region: rollup.region, services: catalog.services)
            body +=
                "<p>汇总 \(rollup.disclosureCount) 份公开文件（\(rollup.classification.table.caption) \(e(rollup.classification.table.chineseName))）。</p>\n"
            body += "<table class=\"data rollup\">\n<thead><tr><th scope=\"col\">编码</th><th scope=\"col\">名称</th>"
            for column in rollup.columns { body += "<th scope=\"col\">\(e(column))</th>" }
            body += "<th scope=\"col\">部门数</th></tr></thead>\n<tbody>\n"
            for row in rollup.rows {
                body += "<tr><td>\(e(row.code))</td><td>\(e(row.name))</td>"
                for amount in row.amounts { body += AmountText.cell(amount) }
                body += "<td class=\"num\">\(row.departmentCount)</td></tr>\n"
            }
            body += "<tr class=\"total\"><th scope=\"row\" colspan=\"2\">合计</th>"
            for amount in rollup.total { body += AmountText.cell(amount) }
            body += "<td></td></tr>\n</tbody>\n</table>\n"
        } else if let region = regions.first, let year = years.first {
            body +=
                "<p><a href=\"/rollup?region=\(PortalIdentifiers.queryValue(region))&amp;year=\(year)\">\(e(region)) \(year) 年</a></p>\n"
        }
        return PageLayout.page(title: "地区汇总", body: body, services: catalog.services)
    }
}
