import YusuanCore
import YusuanXLSX

/// Writes each 项目支出绩效自评表 as a sheet in the national template's layout (merged label cells, figures as
/// numbers in their own precision, 执行率 as a percentage), the layout ``SelfEvaluationWorkbookImporter`` and
/// `yusuan import` of a disclosure workbook read back. ``XLSXRenderer`` adds them after the tables.
enum SelfEvaluationSheetWriter {
    /// One sheet per table, named `绩效自评1`, `绩效自评2`, ….
    static func sheets(_ evaluations: [ProjectSelfEvaluation]) -> [XLSXSheet] {
        evaluations.enumerated().map { index, evaluation in sheet(evaluation, name: "绩效自评\(index + 1)") }
    }

    static func sheet(_ evaluation: ProjectSelfEvaluation, name: String) -> XLSXSheet {
        var rows: [[XLSXCell?]] = []
        var merges: [XLSXRange] = []
        func text(_ value: String, _ style: XLSXStyle = XLSXRenderer.textStyle) -> XLSXCell {
            XLSXCell(.text(value), style: style)
        }
        func label(_ value: String) -> XLSXCell { text(value, XLSXRenderer.fieldLabelStyle) }
        func header(_ value: String) -> XLSXCell { text(value, XLSXRenderer.headerStyle) }
        func merge(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) {
            guard lastRow > firstRow || lastColumn > firstColumn else { return }
            merges.append(
                XLSXRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
            )
        }
        rows.append([text(evaluation.title, XLSXRenderer.titleStyle)])
        merge(1, 1, 1, 9)
        if let year = evaluation.year {
            rows.append([text("（\(year)年度）", XLSXRenderer.centeredStyle)])
            merge(rows.count, 1, rows.count, 9)
        }
        rows.append([label("项目名称"), text(evaluation.projectName)])
        merge(rows.count, 2, rows.count, 9)
        rows.append([
            label("主管部门"), text(evaluation.department), nil, nil, nil, label("实施单位"), text(evaluation.implementingUnit),
        ])
        merge(rows.count, 2, rows.count, 5)
        merge(rows.count, 7, rows.count, 9)
        let fundStart = rows.count + 1
        rows.append(
            [label("项目资金（\(evaluation.unit.rawValue)）"), nil]
                + ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map(header)
        )
        for fund in evaluation.funds {
            rows.append([
                nil, text(fund.label), number(fund.initialBudget), number(fund.fullYearBudget), number(fund.actual),
                number(fund.weight), percent(fund.executionRate), number(fund.score),
            ])
        }
        merge(fundStart, 1, rows.count, 1)
        rows.append([label("年度总体目标"), header("预期目标"), nil, nil, nil, header("实际完成情况")])
        merge(rows.count, 2, rows.count, 5)
        merge(rows.count, 6, rows.count, 9)
        rows.append([nil, text(evaluation.goal), nil, nil, nil, text(evaluation.achievement)])
        merge(rows.count - 1, 1, rows.count, 1)
        merge(rows.count, 2, rows.count, 5)
        merge(rows.count, 6, rows.count, 9)
        let indicatorStart = rows.count + 1
        rows.append(SelfEvaluationTextWriter.indicatorHeader.enumerated().map { $0 == 0 ? label($1) : header($1) })
        for indicator in evaluation.indicators {
            rows.append([
                nil, text(indicator.level1), text(indicator.level2), text(indicator.name), text(indicator.target),
                text(indicator.achieved), number(indicator.weight), number(indicator.score),
                text(indicator.deviationReason),
            ])
        }
        merge(indicatorStart, 1, rows.count, 1)
        if evaluation.totalWeight != nil || evaluation.totalScore != nil {
            rows.append([
                label("总分"), nil, nil, nil, nil, nil, number(evaluation.totalWeight), number(evaluation.totalScore),
            ])
            merge(rows.count, 1, rows.count, 6)
        }
        if let grade = evaluation.grade {
            rows.append([label("自评等级"), text(grade)])
            merge(rows.count, 2, rows.count, 9)
        }
        return XLSXSheet(
            name: name,
            rows: rows,
            merges: merges,
            columnWidths: [14, 16, 16, 24, 14, 14, 8, 8, 30]
        )
    }

    /// A figure as a number in its own precision; blank stays blank.
    static func number(_ amount: Amount?) -> XLSXCell? {
        guard let amount else { return nil }
        let style = XLSXStyle(
            hasBorder: true,
            alignment: .right,
            numberFormat: XLSXRenderer.plainFormat(scale: amount.scale)
        )
        return XLSXCell(.number(amount.plainText), style: style)
    }

    /// 执行率 as a number formatted as a percentage (`95.00` → 0.9500 shown `95.00%`), or as text when the fraction
    /// would need more decimals than an amount holds.
    static func percent(_ rate: Amount?) -> XLSXCell? {
        guard let rate else { return nil }
        guard rate.scale + 2 <= Amount.maximumScale else {
            return XLSXCell(.text(rate.plainText + "%"), style: XLSXRenderer.textStyle)
        }
        let fraction = Amount(minorUnits: rate.minorUnits, scale: rate.scale + 2)
        let format = rate.scale == 0 ? "0%" : "0." + String(repeating: "0", count: rate.scale) + "%"
        return XLSXCell(
            .number(fraction.plainText),
            style: XLSXStyle(hasBorder: true, alignment: .right, numberFormat: format)
        )
    }
}
