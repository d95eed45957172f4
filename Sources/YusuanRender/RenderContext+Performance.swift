import YusuanCore

extension RenderContext {
    /// 表十: the department row, the overall goal and the indicators (指标, 权重, 计量单位, 性质, 值).
    mutating func writeOverallPerformance(_ table: OverallPerformanceTable) {
        writeHeader(table.header)
        output.row(["部门（单位）名称", table.departmentLabel, "部门支出预算数", cell(table.budget), "", ""])
        output.row(["当年整体绩效目标", table.goal, "", "", "", ""])
        output.row(["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"])
        for indicator in table.indicators {
            output.row([
                "", indicator.name, weight(indicator.weight), indicator.unit, indicator.operatorSymbol, indicator.value,
            ])
        }
        writeFooter(table.header)
    }

    /// 表十一 for one project: 编制单位 line, unit line, the project rows and the indicators.
    mutating func writeProjectPerformance(_ table: ProjectPerformanceTable) {
        if let caption = table.header.caption {
            output.line(layout.captionsHaveColon ? caption + "：" : caption)
            output.blank()
        }
        output.line(table.header.title)
        output.blank()
        if let unit = table.compilingUnit {
            output.line("编制单位：\(unit)")
            output.blank()
        }
        if let unitLine = table.header.unitLine {
            output.line(unitLine)
            output.blank()
        }
        let filler = Array(repeating: "", count: 5)
        output.row(["项目名称", table.name, "主管部门", table.department, "", "", ""])
        output.row(["当年预算", cell(table.budget)] + filler)
        output.row(["项目概况", table.overview] + filler)
        output.row(["立项依据", table.basis] + filler)
        output.row(["当年绩效目标", table.goal] + filler)
        output.row(["绩效指标", "指标名称", "指标权重", "指标性质", "指标值", "计量单位", "是否核心"])
        for indicator in table.indicators {
            let core = indicator.isCore.map { $0 ? "是" : "否" } ?? ""
            output.row([
                "", indicator.name, weight(indicator.weight), indicator.operatorSymbol, indicator.value, indicator.unit,
                core,
            ])
        }
        writeFooter(table.header)
    }

    /// A weight as printed: its own precision, no separators.
    func weight(_ amount: Amount?) -> String { amount?.plainText ?? "" }
}
