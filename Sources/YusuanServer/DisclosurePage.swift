import Foundation
import YusuanCore
import YusuanRender
import YusuanStorage

/// A disclosure: its header, revisions, downloads, charts, validation findings with their locations, then the
/// narrative and every table as published (the body of ``HTMLRenderer``'s page).
enum DisclosurePage {
    static func render(_ key: DisclosureKey, revision: RevisionInfo, all: [RevisionInfo], catalog: PortalCatalog)
        async throws -> String
    {
        let services = catalog.services
        let document = try await catalog.document(revision)
        let findings = try await services.store.findings(revision.key)
        let facts = try await services.store.facts(revision.key)
        let latest = revision.key.number == all.last?.key.number
        let e = PageLayout.escape
        let departmentID = PortalIdentifiers.id(key.department)
        var body = "<p class=\"muted\"><a href=\"\(PortalIdentifiers.departmentPath(key.department))\">"
        body +=
            "\(e(revision.departmentName))</a> · \(key.year) 年\(key.kind.rawValue) · 编码 \(e(key.department.code))</p>\n"
        body += "<h1>\(e(revision.departmentName))\(key.year)年部门\(key.kind.rawValue)公开</h1>\n"
        body += PageLayout.generatedMark(region: key.department.region, services: services)
        body +=
            "<p>第 \(revision.key.number) 版（共 \(all.count) 版\(latest ? "，最新" : "，<a href=\"\(PortalIdentifiers.disclosurePath(key))\">查看最新版</a>")），"
        body += "导入于 \(e(revision.importedAt))；内容校验码 <code>\(e(String(revision.contentHash.prefix(16))))</code></p>\n"
        if all.count > 1 {
            body += "<p>各版本："
            body += all.map { info in
                info.key.number == revision.key.number
                    ? "<strong>第 \(info.key.number) 版</strong>"
                    : "<a href=\"\(PortalIdentifiers.disclosurePath(key))?revision=\(info.key.number)\">第 \(info.key.number) 版</a>"
            }.joined(separator: " ")
            body += "</p>\n"
        }
        body +=
            "<nav class=\"toc\"><a href=\"#downloads\">下载</a><a href=\"#charts\">图表</a><a href=\"#findings\">校验结果</a>"
        body += "<a href=\"#document\">正文与表格</a>"
        let compare =
            "/compare?department=\(PortalIdentifiers.queryValue(departmentID))&year=\(key.year)&kind=\(PortalIdentifiers.slug(key.kind))"
        body += "<a href=\"\(e(compare))\">与上年比较</a>"
        body +=
            "<a href=\"/api/v1/disclosures/\(PortalIdentifiers.pathSegment(PortalIdentifiers.id(key)))\">JSON 接口</a></nav>\n"

        body += "<h2 id=\"downloads\">下载</h2>\n<p class=\"downloads\">"
        let number = latest ? nil : revision.key.number
        for format in DownloadFormat.available(services: services) {
            body +=
                "<a href=\"\(e(DownloadFormat.path(key, format: format, revision: number)))\">\(e(format.label))</a>"
        }
        body += "</p>\n"

        body += "<h2 id=\"charts\">图表</h2>\n<div class=\"charts\">\n"
        let unit = document.identity.unit.rawValue
        body += SVGChart.figure(
            "支出按功能分类（类）",
            unit: unit,
            svg: SVGChart.bars(functionBars(facts), title: "支出按功能分类", unit: unit)
        )
        body += SVGChart.figure(
            "基本支出与项目支出",
            unit: unit,
            svg: SVGChart.bars(basicProjectBars(facts), title: "基本支出与项目支出", unit: unit, color: "#2e7d32")
        )
        body += "</div>\n"
        if key.kind == .budget {
            body += try await ThreePublicChart.render(department: key.department, catalog: catalog)
        }

        body += findingsSection(findings)
        body += "<section class=\"document\" id=\"document\">\n\(documentBody(document))</section>\n"
        return PageLayout.page(
            title: "\(revision.departmentName) \(key.year) 年\(key.kind.rawValue)",
            body: body,
            services: services
        )
    }

    /// 表八's 类 rows (总计 column): expenditure by function class.
    static func functionBars(_ facts: [Fact]) -> [SVGChart.Bar] {
        facts.filter {
            $0.table == .departmentExpenditure && $0.rowKind == .function && $0.level == .category && $0.column == "总计"
        }
        .map { SVGChart.Bar(label: "\($0.row) \($0.name)", amount: $0.amount) }
    }

    /// 表二's 合计 row: 基本支出 and 项目支出.
    static func basicProjectBars(_ facts: [Fact]) -> [SVGChart.Bar] {
        ["基本支出", "项目支出"].compactMap { column in
            facts.first {
                $0.table == .generalBudgetExpenditure && $0.row == FactExtractor.totalRow && $0.column == column
            }
            .map { SVGChart.Bar(label: column, amount: $0.amount) }
        }
    }

    static func findingsSection(_ findings: [StoredFinding]) -> String {
        let e = PageLayout.escape
        let counts = API.FindingCounts(findings)
        var out = "<h2 id=\"findings\">校验结果</h2>\n"
        if findings.isEmpty { return out + "<p>未发现问题：全部校验规则通过。</p>\n" }
        out += "<p>错误 \(counts.error) 项，警告 \(counts.warning) 项，提示 \(counts.info) 项。</p>\n"
        out += "<table class=\"data findings\">\n<thead><tr><th scope=\"col\">级别</th><th scope=\"col\">规则</th>"
        out +=
            "<th scope=\"col\">位置</th><th scope=\"col\">说明</th><th scope=\"col\">应为</th><th scope=\"col\">实为</th></tr></thead>\n<tbody>\n"
        for finding in findings {
            let severity =
                switch finding.severity {
                case "error": "错误"
                case "warning": "警告"
                default: "提示"
                }
            var location: [String] = []
            if let table = finding.tableLabel { location.append(table) }
            if let row = finding.row { location.append("行 \(row)") }
            if let column = finding.column { location.append("列 \(column)") }
            if let line = finding.line { location.append("第 \(line) 行") }
            out +=
                "<tr><td><span class=\"badge \(e(finding.severity))\">\(severity)</span></td><td><code>\(e(finding.ruleID))</code></td>"
            out +=
                "<td>\(e(location.isEmpty ? "全文" : location.joined(separator: " · ")))</td><td>\(e(finding.message))</td>"
            out += AmountText.cell(finding.expected) + AmountText.cell(finding.actual) + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// The narrative and tables of ``HTMLRenderer``'s page: the content of its `<body>`, escaped there.
    static func documentBody(_ document: Disclosure) -> String {
        let html = HTMLRenderer().html(document)
        guard let start = html.range(of: "<body>\n"), let end = html.range(of: "</body>", options: .backwards) else {
            return ""
        }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
