import Foundation
import YusuanCore
import YusuanStorage

/// The execution pages (docs/EXECUTION.md): a region's departments of a year, budget against actual, in a table
/// sorted on the server (`?sort=`, links in the headers); and one department's years, line by line with a chart.
enum ExecutionPage {
    /// The region page's sort keys, each with its header and the value it sorts on.
    enum SortKey: String, CaseIterable {
        case department, budget, actual, rate, basic, project, threePublic = "three-public"

        var header: String {
            switch self {
            case .department: "部门"
            case .budget: "支出年初预算数"
            case .actual: "支出决算数"
            case .rate: "支出执行率"
            case .basic: "基本支出执行率"
            case .project: "项目支出执行率"
            case .threePublic: "“三公”经费执行率"
            }
        }

        /// The value sorted on; `nil` sorts last in either direction.
        func value(_ execution: BudgetExecution) -> Decimal? {
            let total = execution.line(.department, "total")
            switch self {
            case .department: return nil
            case .budget: return total?.budget.map(ExecutionRate.decimal)
            case .actual: return total?.actual.map(ExecutionRate.decimal)
            case .rate: return total?.rate?.percent
            case .basic: return execution.line(.department, "basic")?.rate?.percent
            case .project: return execution.line(.department, "project")?.rate?.percent
            case .threePublic: return execution.line(.threePublic, "total")?.rate?.percent
            }
        }
    }

    /// `sort` (a key, `-key` for descending; `department` by default).
    static func sortOrder(_ query: QueryParameters) throws -> (key: SortKey, descending: Bool) {
        let text = query.string("sort") ?? SortKey.department.rawValue
        let descending = text.hasPrefix("-")
        guard let key = SortKey(rawValue: descending ? String(text.dropFirst()) : text) else {
            let names = SortKey.allCases.map(\.rawValue).joined(separator: "、")
            throw PortalError.badParameter("sort", "应为 \(names) 之一（前加 - 为降序），收到“\(text)”")
        }
        return (key, descending)
    }

    static func sorted(_ executions: [BudgetExecution], by key: SortKey, descending: Bool) -> [BudgetExecution] {
        guard key != .department else {
            let ascending = executions.sorted { $0.department < $1.department }
            return descending ? ascending.reversed() : ascending
        }
        return executions.sorted { left, right in
            switch (key.value(left), key.value(right)) {
            case (nil, nil): return left.department < right.department
            case (nil, _): return false
            case (_, nil): return true
            case (let a?, let b?):
                if a == b { return left.department < right.department }
                return descending ? a > b : a < b
            }
        }
    }

    /// `/execution?region=&year=&sort=`.
    static func region(_ query: QueryParameters, queries: PortalQueries) async throws -> String {
        let catalog = queries.catalog
        let e = PageLayout.escape
        let regions = try await catalog.regions().filter { !$0.isEmpty }
        let chosenRegion = try await query.string("region").asyncMap { try await catalog.region(named: $0) }
        let year = try query.year()
        let (sortKey, descending) = try sortOrder(query)
        var body = "<h1>预算执行</h1>\n<p>同时存有预算和决算的部门：决算数与预算公开的年初预算数相比（执行率 = 决算数 ÷ 年初预算数，"
        body += "四舍五入到两位小数；缺少的数字显示为“—”）。</p>\n"
        body += "<form class=\"inline\" action=\"/execution\" method=\"get\"><label>地区<select name=\"region\">"
        for region in regions { body += "<option\(chosenRegion == region ? " selected" : "")>\(e(region))</option>" }
        body += "</select></label><label>年度<select name=\"year\">"
        for candidate in try await catalog.years() {
            body += "<option\(year == candidate ? " selected" : "")>\(candidate)</option>"
        }
        body += "</select></label><button type=\"submit\">查看</button></form>\n"
        guard let region = chosenRegion ?? regions.first else {
            return PageLayout.page(
                title: "预算执行",
                body: body + "<p class=\"muted\">还没有公开文件。</p>\n",
                services: catalog.services
            )
        }
        let all = try await queries.executions(region: region, year: nil, department: nil)
        let years = Array(Set(all.map(\.year))).sorted(by: >)
        guard let shownYear = year ?? years.first else {
            body += "<p class=\"muted\">\(e(region)) 没有同时存有预算和决算的部门年度。</p>\n"
            return PageLayout.page(title: "预算执行", body: body, services: catalog.services)
        }
        let executions = sorted(all.filter { $0.year == shownYear }, by: sortKey, descending: descending)
        body += "<h2>\(e(region)) \(shownYear) 年预算执行</h2>\n"
        body += PageLayout.generatedMark(region: region, services: catalog.services)
        if years.count > 1 || year != nil {
            body += "<p>年度："
            body += years.map { other in
                other == shownYear
                    ? "<strong>\(other)</strong>"
                    : "<a href=\"\(e(link(region, other, sortKey, descending)))\">\(other)</a>"
            }.joined(separator: " ")
            body += "</p>\n"
        }
        guard !executions.isEmpty else {
            body += "<p class=\"muted\">该年度没有同时存有预算和决算的部门。</p>\n"
            return PageLayout.page(title: "预算执行", body: body, services: catalog.services)
        }
        body += "<p>\(executions.count) 个部门；金额单位：万元。点击表头排序。</p>\n"
        body += "<table class=\"data execution\">\n<thead><tr>"
        for key in SortKey.allCases {
            let next = key == sortKey && !descending ? "-\(key.rawValue)" : key.rawValue
            let mark = key == sortKey ? (descending ? " ▼" : " ▲") : ""
            let sortState = key == sortKey ? " aria-sort=\"\(descending ? "descending" : "ascending")\"" : ""
            body +=
                "<th scope=\"col\"\(sortState)><a href=\"\(e(link(region, shownYear, next)))\">\(e(key.header))\(mark)</a></th>"
        }
        body += "<th scope=\"col\">“三公”年初预算数</th><th scope=\"col\">“三公”决算数</th></tr></thead>\n<tbody>\n"
        for execution in executions {
            let total = execution.line(.department, "total")
            let threePublic = execution.line(.threePublic, "total")
            body += "<tr><th scope=\"row\"><a href=\"\(e(departmentPath(execution.department, year: shownYear)))\">"
            body += "\(e(execution.department.code)) \(e(execution.departmentName))</a></th>"
            body += AmountText.cell(total?.budget) + AmountText.cell(total?.actual) + rateCell(total)
            body += rateCell(execution.line(.department, "basic")) + rateCell(execution.line(.department, "project"))
            body += rateCell(threePublic) + AmountText.cell(threePublic?.budget) + AmountText.cell(threePublic?.actual)
            body += "</tr>\n"
        }
        let rollup = ExecutionRollup.make(region: region, year: shownYear, executions: executions)
        let total = rollup.line(.department, "total")
        let threePublic = rollup.line(.threePublic, "total")
        body += "</tbody>\n<tfoot><tr class=\"total\"><th scope=\"row\">合计（\(rollup.departments.count) 个部门）</th>"
        body += AmountText.cell(total?.budget) + AmountText.cell(total?.actual) + rateCell(total)
        body += rateCell(rollup.line(.department, "basic")) + rateCell(rollup.line(.department, "project"))
        body += rateCell(threePublic) + AmountText.cell(threePublic?.budget) + AmountText.cell(threePublic?.actual)
        body += "</tr></tfoot>\n</table>\n"
        body += "<h3>地区汇总（各行只合计两项数字都有的部门，执行率由合计数计算）</h3>\n"
        body += linesTable(rollup.lines, showsCount: true)
        return PageLayout.page(title: "\(region) \(shownYear) 年预算执行", body: body, services: catalog.services)
    }

    /// `/departments/:department/execution?year=`.
    static func department(_ key: DepartmentKey, query: QueryParameters, queries: PortalQueries) async throws
        -> String
    {
        let catalog = queries.catalog
        let e = PageLayout.escape
        let entry = try await catalog.department(key)
        let year = try query.year()
        let all = try await queries.executions(region: key.region, year: nil, department: key)
        guard let shown = year.map({ wanted in all.first { $0.year == wanted } }) ?? all.last else {
            let what = year.map { "\($0) 年" } ?? ""
            throw PortalError.notFound(
                "部门 \(PortalIdentifiers.id(key)) 没有同时存有\(what)预算和决算的年度",
                parameter: year == nil ? "department" : "year"
            )
        }
        var body = "<p class=\"muted\">\(e(key.region)) · 编码 \(e(key.code))</p>\n"
        body += "<h1>\(e(shown.departmentName))：\(shown.year) 年预算执行</h1>\n"
        body += PageLayout.generatedMark(region: key.region, services: catalog.services)
        body += "<p><a href=\"\(PortalIdentifiers.departmentPath(entry.department.key))\">返回部门</a> · "
        body += "<a href=\"\(e(link(key.region, shown.year, .department)))\">\(e(key.region)) \(shown.year) 年各部门</a> · "
        body += "<a href=\"\(PortalIdentifiers.disclosurePath(shown.budgetRevision.disclosure))\">预算公开文件</a> · "
        body += "<a href=\"\(PortalIdentifiers.disclosurePath(shown.finalRevision.disclosure))\">决算公开文件</a></p>\n"
        if all.count > 1 {
            body += "<p>年度："
            body += all.map { other in
                other.year == shown.year
                    ? "<strong>\(other.year)</strong>"
                    : "<a href=\"\(e(departmentPath(key, year: other.year)))\">\(other.year)</a>"
            }.joined(separator: " ")
            body += "</p>\n"
        }
        body += "<p>年初预算数取自预算公开文件，决算数取自决算公开文件；执行率 = 决算数 ÷ 年初预算数。金额单位：万元。</p>\n"
        let charted = shown.lines.filter { $0.group == .department }
        let bars = (charted.isEmpty ? shown.lines.filter { $0.group == .generalBudget } : charted).map {
            SVGChart.PairedBar(
                label: $0.label,
                budget: $0.budget,
                actual: $0.actual,
                note: $0.rate.map { "\($0.text)%" }
            )
        }
        body += "<div class=\"charts\">"
        body += SVGChart.figure(
            charted.isEmpty ? "一般公共预算财政拨款支出：年初预算与决算" : "部门支出：年初预算与决算",
            unit: "万元",
            svg: SVGChart.pairedBars(bars, title: "年初预算与决算", unit: "万元")
        )
        body += "</div>\n"
        body += linesTable(shown.lines, showsCount: false)
        if !shown.notes.isEmpty {
            body += "<h3>说明</h3>\n<ul>" + shown.notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        }
        return PageLayout.page(
            title: "\(shown.departmentName) \(shown.year) 年预算执行",
            body: body,
            services: catalog.services
        )
    }

    /// The lines by group: 年初预算数, 决算数, 差额, 执行率, the 决算's own 预算数, and for a rollup the number of
    /// departments summed.
    static func linesTable(_ lines: [ExecutionLine], showsCount: Bool) -> String {
        let e = PageLayout.escape
        var out =
            "<table class=\"data execution-lines\">\n<thead><tr><th scope=\"col\">分组</th><th scope=\"col\">项目</th>"
        out += "<th scope=\"col\">年初预算数</th><th scope=\"col\">决算数</th><th scope=\"col\">差额</th>"
        out += "<th scope=\"col\">执行率</th><th scope=\"col\">决算表所列预算数</th>"
        if showsCount { out += "<th scope=\"col\">部门数</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for line in lines {
            out += "<tr><td>\(e(line.group.rawValue))</td><th scope=\"row\">\(e(line.label))</th>"
            out += AmountText.cell(line.budget) + AmountText.cell(line.actual)
            out += AmountText.cell(line.difference, signed: true) + rateCell(line)
            if line.group == .threePublic {
                out +=
                    line.printedBudgetDiffers
                    ? "<td class=\"num\"><strong>\(AmountText.text(line.printedBudget))</strong></td>"
                    : AmountText.cell(line.printedBudget)
            } else {
                out += "<td class=\"num muted\">—</td>"
            }
            if showsCount { out += "<td class=\"num\">\(line.departmentCount ?? 0)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// `96.24%`, or `—`.
    static func rateCell(_ line: ExecutionLine?) -> String {
        guard let rate = line?.rate else { return "<td class=\"num muted\">—</td>" }
        return "<td class=\"num\">\(rate.text)%</td>"
    }

    static func link(_ region: String, _ year: Int, _ sort: SortKey, _ descending: Bool = false) -> String {
        link(region, year, descending ? "-\(sort.rawValue)" : sort.rawValue)
    }

    static func link(_ region: String, _ year: Int, _ sort: String) -> String {
        "/execution?region=\(PortalIdentifiers.queryValue(region))&year=\(year)&sort=\(PortalIdentifiers.queryValue(sort))"
    }

    /// The department's execution page for a year.
    static func departmentPath(_ key: DepartmentKey, year: Int) -> String {
        "\(PortalIdentifiers.departmentPath(key))/execution?year=\(year)"
    }
}

extension ExecutionPage {
    /// For the department page: a link to the execution page of each year with a 预算 and a 决算 stored for the
    /// department (as paired by ``ExecutionPair``); empty when there is none.
    static func departmentLinks(_ key: DepartmentKey, years: [Int]) -> String {
        guard !years.isEmpty else { return "" }
        let links = Set(years).sorted(by: >).map {
            "<a href=\"\(PageLayout.escape(departmentPath(key, year: $0)))\">\($0) 年</a>"
        }
        return "<h2>预算执行（预算与决算）</h2>\n<p>年初预算数与决算数对比：\(links.joined(separator: " "))</p>\n"
    }
}
