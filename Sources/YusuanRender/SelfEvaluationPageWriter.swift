import YusuanCore

/// Writes the 项目支出绩效自评表 as HTML (one `<table>` per project, the national template's merged cells as
/// `rowspan`/`colspan`) and as Markdown (the fields as a list, then the funds and the indicators as tables). Used by
/// ``HTMLRenderer`` and ``MarkdownRenderer`` after the other tables.
enum SelfEvaluationPageWriter {
    // MARK: HTML

    /// The sections of the page, one per project.
    static func html(_ evaluations: [ProjectSelfEvaluation]) -> String {
        var out = ""
        for (index, evaluation) in evaluations.enumerated() {
            out += html(evaluation, id: "self-evaluation-\(index + 1)")
        }
        return out
    }

    private static func e(_ text: String) -> String { HTMLEscaping.escaped(text) }

    private static func figure(_ amount: Amount?) -> String { amount?.plainText ?? "" }

    static func html(_ evaluation: ProjectSelfEvaluation, id: String) -> String {
        var out = "<section class=\"table self-evaluation\" id=\"\(id)\">\n"
        out += "<h2 class=\"title\">\(e(evaluation.title))</h2>\n"
        if let year = evaluation.year { out += "<p class=\"unit\">（\(year)年度）</p>\n" }
        out += "<table>\n<tbody>\n"
        out +=
            "<tr class=\"field\"><th scope=\"row\">项目名称</th><td colspan=\"8\">\(e(evaluation.projectName))</td></tr>\n"
        out += "<tr class=\"field\"><th scope=\"row\">主管部门</th><td colspan=\"4\">\(e(evaluation.department))</td>"
        out += "<th scope=\"row\">实施单位</th><td colspan=\"3\">\(e(evaluation.implementingUnit))</td></tr>\n"
        let fundRows = evaluation.funds.count + 1
        out +=
            "<tr class=\"indicatorHeader\"><th scope=\"rowgroup\" rowspan=\"\(fundRows)\">项目资金（"
            + "\(e(evaluation.unit.rawValue))）</th><th></th>"
        for name in ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] {
            out += "<th scope=\"col\">\(name)</th>"
        }
        out += "<th></th></tr>\n"
        for fund in evaluation.funds {
            out += "<tr><th scope=\"row\">\(e(fund.label))</th>"
            let cells = [
                figure(fund.initialBudget), figure(fund.fullYearBudget), figure(fund.actual), figure(fund.weight),
                fund.executionRate.map { $0.plainText + "%" } ?? "", figure(fund.score),
            ]
            for cell in cells { out += "<td class=\"num\">\(e(cell))</td>" }
            out += "<td></td></tr>\n"
        }
        out += "<tr class=\"indicatorHeader\"><th scope=\"rowgroup\" rowspan=\"2\">年度总体目标</th>"
        out += "<th scope=\"col\" colspan=\"4\">预期目标</th><th scope=\"col\" colspan=\"4\">实际完成情况</th></tr>\n"
        out +=
            "<tr><td colspan=\"4\">\(e(evaluation.goal))</td><td colspan=\"4\">\(e(evaluation.achievement))</td></tr>\n"
        out +=
            "<tr class=\"indicatorHeader\"><th scope=\"rowgroup\" rowspan=\"\(evaluation.indicators.count + 1)\">"
            + "绩效指标</th>"
        for name in SelfEvaluationTextWriter.indicatorHeader.dropFirst() { out += "<th scope=\"col\">\(name)</th>" }
        out += "</tr>\n"
        for indicator in evaluation.indicators {
            out += "<tr><td>\(e(indicator.level1))</td><td>\(e(indicator.level2))</td><td>\(e(indicator.name))</td>"
            out += "<td>\(e(indicator.target))</td><td>\(e(indicator.achieved))</td>"
            out += "<td class=\"num\">\(figure(indicator.weight))</td><td class=\"num\">\(figure(indicator.score))</td>"
            out += "<td>\(e(indicator.deviationReason))</td></tr>\n"
        }
        if evaluation.totalWeight != nil || evaluation.totalScore != nil {
            out += "<tr class=\"total\"><th scope=\"row\" colspan=\"6\">总分</th>"
            out += "<td class=\"num\">\(figure(evaluation.totalWeight))</td>"
            out += "<td class=\"num\">\(figure(evaluation.totalScore))</td><td></td></tr>\n"
        }
        if let grade = evaluation.grade {
            out += "<tr class=\"field\"><th scope=\"row\">自评等级</th><td colspan=\"8\">\(e(grade))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    // MARK: Markdown

    /// The sections of the document, one per project.
    static func markdown(_ evaluations: [ProjectSelfEvaluation]) -> String {
        evaluations.map(markdown).joined()
    }

    private static func m(_ text: String) -> String { MarkdownRenderer.escaped(text) }

    private static func markdownRow(_ cells: [String]) -> String {
        "| " + cells.map(m).joined(separator: " | ") + " |\n"
    }

    static func markdown(_ evaluation: ProjectSelfEvaluation) -> String {
        var out = "---\n\n## \(m(evaluation.title))"
        if let year = evaluation.year { out += "（\(year)年度）" }
        out += "\n\n"
        out += "- **项目名称**：\(m(evaluation.projectName))\n"
        out += "- **主管部门**：\(m(evaluation.department))\n"
        out += "- **实施单位**：\(m(evaluation.implementingUnit))\n\n"
        out += "**项目资金（\(evaluation.unit.rawValue)）**\n\n"
        out += markdownRow(["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for fund in evaluation.funds {
            out += markdownRow([
                fund.label, figure(fund.initialBudget), figure(fund.fullYearBudget), figure(fund.actual),
                figure(fund.weight), fund.executionRate.map { $0.plainText + "%" } ?? "", figure(fund.score),
            ])
        }
        out += "\n- **年度总体目标**：\(m(evaluation.goal))\n"
        out += "- **实际完成情况**：\(m(evaluation.achievement))\n\n"
        out += "**绩效指标**\n\n"
        out += markdownRow(Array(SelfEvaluationTextWriter.indicatorHeader.dropFirst()))
        out += "| --- | --- | --- | --- | --- | ---: | ---: | --- |\n"
        for indicator in evaluation.indicators {
            out += markdownRow([
                indicator.level1, indicator.level2, indicator.name, indicator.target, indicator.achieved,
                figure(indicator.weight), figure(indicator.score), indicator.deviationReason,
            ])
        }
        if evaluation.totalWeight != nil || evaluation.totalScore != nil {
            out += markdownRow([
                "总分", "", "", "", "", figure(evaluation.totalWeight), figure(evaluation.totalScore), "",
            ])
        }
        out += "\n"
        if let grade = evaluation.grade { out += "- **自评等级**：\(m(grade))\n\n" }
        return out
    }
}
