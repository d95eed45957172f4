import Foundation
import YusuanCore
import YusuanStorage

/// The compare page: a department's year against the year before (following recorded lineage), or a region's
/// departments side by side in one year (all, or the ones chosen).
enum ComparePage {
    static func render(_ query: QueryParameters, queries: PortalQueries) async throws -> String {
        let catalog = queries.catalog
        let e = PageLayout.escape
        let mode = query.string("mode") ?? (query.string("region") != nil ? "departments" : "years")
        guard mode == "years" || mode == "departments" else {
            throw PortalError.badParameter("mode", "应为 years（跨年度）或 departments（跨部门），收到“\(mode)”")
        }
        let entries = try await catalog.departments()
        let years = try await catalog.years()
        var body = "<h1>比较</h1>\n"
        // Form: two years of one department.
        body += "<h2>同一部门两个年度</h2>\n<form class=\"inline\" action=\"/compare\" method=\"get\">"
        body += "<input type=\"hidden\" name=\"mode\" value=\"years\"><label>部门<select name=\"department\">"
        let chosen = query.string("department")
        for entry in entries where !entry.disclosures.isEmpty {
            let id = PortalIdentifiers.id(entry.department.key)
            body +=
                "<option value=\"\(e(id))\"\(chosen == id ? " selected" : "")>\(e(entry.department.code)) \(e(entry.department.name))</option>"
        }
        body += "</select></label><label>年度<select name=\"year\">"
        let chosenYear = query.string("year")
        for year in years { body += "<option\(chosenYear == String(year) ? " selected" : "")>\(year)</option>" }
        body += "</select></label><button type=\"submit\">与上年比较</button></form>\n"
        // Form: departments of a region in one year.
        let regions = try await catalog.regions()
        body += "<h2>同一年度多个部门</h2>\n<form class=\"inline\" action=\"/compare\" method=\"get\">"
        body += "<input type=\"hidden\" name=\"mode\" value=\"departments\"><label>地区<select name=\"region\">"
        for region in regions where !region.isEmpty {
            body += "<option\(query.string("region") == region ? " selected" : "")>\(e(region))</option>"
        }
        body += "</select></label><label>年度<select name=\"year\">"
        for year in years { body += "<option\(chosenYear == String(year) ? " selected" : "")>\(year)</option>" }
        body += "</select></label><button type=\"submit\">并列比较</button></form>\n"

        if mode == "years", query.string("department") != nil {
            body += try await yearsResult(query, queries: queries)
        } else if mode == "departments", query.string("region") != nil {
            body += try await departmentsResult(query, queries: queries)
        }
        return PageLayout.page(title: "比较", body: body, services: catalog.services)
    }

    static func basisText(_ basis: YearOverYear.PriorBasis) -> String {
        switch basis {
        case .stored: "已存上年公开文件"
        case .impliedByNarrative: "由本年说明中的增减额推算"
        case .mixed: "部分已存、部分推算"
        case .partial: "部分缺失"
        case .missing: "缺少上年数据"
        }
    }

    static func yearsResult(_ query: QueryParameters, queries: PortalQueries) async throws -> String {
        let e = PageLayout.escape
        let (comparison, lineage) = try await queries.yearOverYear(query)
        var out = "<h2>\(e(comparison.departmentName))：\(comparison.year) 年与 \(comparison.priorYear) 年</h2>\n"
        out += PageLayout.generatedMark(region: comparison.department.region, services: queries.catalog.services)
        if !comparison.basis.events.isEmpty {
            out += "<p>按机构沿革比较："
            out += comparison.basis.events.map { event in
                let kind =
                    switch event.kind {
                    case .merge: "合并"
                    case .rename: "更名"
                    case .split: "分设"
                    }
                return
                    "\(event.effectiveYear) 年\(kind)（\(event.fromCodes.joined(separator: "、")) → \(event.toCodes.joined(separator: "、"))）"
                    + (event.note.map { "：\($0)" } ?? "")
            }.map(e).joined(separator: "；")
            out += "。上年口径：\(comparison.basis.prior.map { e($0.code) }.joined(separator: " + "))。</p>\n"
        } else if !lineage {
            out += "<p class=\"muted\">未按机构沿革调整口径。</p>\n"
        }
        out +=
            "<table class=\"data compare\">\n<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">\(comparison.year) 年</th>"
        out += "<th scope=\"col\">\(comparison.priorYear) 年</th><th scope=\"col\">增减</th><th scope=\"col\">说明所述增减</th>"
        out += "<th scope=\"col\">上年数来源</th></tr></thead>\n<tbody>\n"
        for measure in comparison.measures {
            out += "<tr><th scope=\"row\">\(e(measure.name))</th>"
            out += AmountText.cell(measure.current) + AmountText.cell(measure.prior)
            out +=
                AmountText.cell(measure.difference, signed: true) + AmountText.cell(measure.statedChange, signed: true)
            let parts = measure.parts.map {
                "\($0.department.code)：\(AmountText.text($0.amount))（\(basisText($0.basis))）"
            }
            out += "<td>\(e(basisText(measure.basis)))"
            if measure.parts.count > 1 || measure.basis != .stored {
                out += "<br><span class=\"muted\">\(e(parts.joined(separator: "；")))</span>"
            }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        let changed = comparison.lines(in: .departmentExpenditure, level: .category)
        if !changed.isEmpty {
            out +=
                "<h3>支出按功能分类（类，表八）</h3>\n<table class=\"data\">\n<thead><tr><th scope=\"col\">科目</th><th scope=\"col\">列</th>"
            out +=
                "<th scope=\"col\">\(comparison.year) 年</th><th scope=\"col\">\(comparison.priorYear) 年（已存部分）</th><th scope=\"col\">增减</th></tr></thead>\n<tbody>\n"
            for line in changed where line.address.column == "总计" {
                out += "<tr><td>\(e(line.address.row)) \(e(line.name))</td><td>\(e(line.address.column))</td>"
                out +=
                    AmountText.cell(line.current) + AmountText.cell(line.prior)
                    + AmountText.cell(line.difference, signed: true) + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out
    }

    static func departmentsResult(_ query: QueryParameters, queries: PortalQueries) async throws -> String {
        let e = PageLayout.escape
        let comparison = try await queries.sideBySide(query)
        var out = "<h2>\(e(comparison.region)) \(comparison.year) 年各部门</h2>\n"
        out += PageLayout.generatedMark(region: comparison.region, services: queries.catalog.services)
        guard !comparison.columns.isEmpty else { return out + "<p class=\"muted\">该年度没有公开文件。</p>\n" }
        out += "<table class=\"data side-by-side\">\n<thead><tr><th scope=\"col\">分组</th><th scope=\"col\">项目</th>"
        for column in comparison.columns {
            out +=
                "<th scope=\"col\"><a href=\"\(PortalIdentifiers.departmentPath(column.department))\">\(e(column.department.code)) \(e(column.name))</a></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in comparison.rows {
            out += "<tr><td>\(e(row.group))</td><th scope=\"row\">\(e(row.label))</th>"
            for value in row.values { out += AmountText.cell(value) }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }
}
