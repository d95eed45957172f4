import Foundation
import YusuanCore

/// The nine tables of the national 部门决算, recognised by the words of their titles rather than by an exact
/// string: titles come with a department and year in front (`上海市XX局2024年度收入决算表`), a number (`表1`, `一、`),
/// and in several wordings (`政府性基金预算财政拨款收入支出决算表` or `…支出决算表`). The columns are then taken from
/// the header's words (``spec(header:)``). See docs/PDF.md.
enum FinalAccountTableKind: CaseIterable, Sendable {
    case summary
    case income
    case expenditure
    case financialSummary
    case generalBudgetExpenditure
    case basicExpenditure
    case threePublic
    case governmentFund
    case stateCapital

    /// The title as the national template prints it.
    var name: String {
        switch self {
        case .summary: "收入支出决算总表"
        case .income: "收入决算表"
        case .expenditure: "支出决算表"
        case .financialSummary: "财政拨款收入支出决算总表"
        case .generalBudgetExpenditure: "一般公共预算财政拨款支出决算表"
        case .basicExpenditure: "一般公共预算财政拨款基本支出决算表"
        case .threePublic: "财政拨款“三公”经费支出决算表"
        case .governmentFund: "政府性基金预算财政拨款收入支出决算表"
        case .stateCapital: "国有资本经营预算财政拨款收入支出决算表"
        }
    }

    /// The model table: a ``GenericTable`` identifier, or `general-budget-expenditure` (the typed table).
    var identifier: String {
        switch self {
        case .summary: FinalAccountTableID.summary
        case .income: FinalAccountTableID.income
        case .expenditure: FinalAccountTableID.expenditure
        case .financialSummary: FinalAccountTableID.financialSummary
        case .generalBudgetExpenditure: TableKind.generalBudgetExpenditure.identifier
        case .basicExpenditure: FinalAccountTableID.basicExpenditure
        case .threePublic: FinalAccountTableID.threePublic
        case .governmentFund: FinalAccountTableID.governmentFund
        case .stateCapital: FinalAccountTableID.stateCapital
        }
    }

    /// The table a title names, from its words: a title ends with `表`, contains `决算`, and names its money
    /// (`三公`, `政府性基金`, `国有资本经营`, `基本支出`, `一般公共预算`, `财政拨款 … 总表`, `总表`, `收入`, `支出`, tried in
    /// that order, the more specific first). A part heading (`…2024年度部门决算表`) names none and is no title.
    ///
    /// - Parameter title: the line without spaces.
    static func recognise(title: String) -> FinalAccountTableKind? {
        guard title.count <= 60, title.hasSuffix("表"), title.contains("决算"), !title.contains("说明") else {
            return nil
        }
        // What the table is comes after the year (`2024年度`), when the title names one.
        var words = Substring(title)
        if let year = title.range(of: "年度") { words = title[year.upperBound...] }
        let names: (String) -> Bool = { words.contains($0) }
        if names("三公") { return .threePublic }
        if names("政府性基金") { return .governmentFund }
        if names("国有资本经营") { return .stateCapital }
        if names("基本支出") { return .basicExpenditure }
        if names("一般公共预算") { return .generalBudgetExpenditure }
        if names("总表") { return names("财政拨款") ? .financialSummary : .summary }
        if names("收入") && !names("支出") { return .income }
        if names("支出") && !names("收入") { return .expenditure }
        return nil
    }

    /// How the table is read, with the columns its header shows: the fund tables print either the carry-over
    /// columns (年初结转和结余, 本年收入, 本年支出 小计/基本/项目, 年末结转和结余) or only 合计, 基本支出, 项目支出.
    ///
    /// - Parameter header: the compact text of the lines between the title and the first row.
    func spec(header: String) -> PDFTableSpec {
        switch self {
        case .summary:
            spec(.finalTwoSided, FinalAccountColumns.summary)
        case .income:
            spec(.finalCoded, FinalAccountColumns.income)
        case .expenditure:
            spec(.finalCoded, FinalAccountColumns.expenditure)
        case .financialSummary:
            spec(.finalTwoSided, FinalAccountColumns.financialSummary)
        case .generalBudgetExpenditure:
            PDFTableSpec(
                identifier: identifier,
                titleSuffix: name,
                style: .finalCoded,
                target: .generalBudgetExpenditure,
                columns: FinalAccountColumns.expenditureSplit
            )
        case .basicExpenditure:
            spec(.finalSideBySide, FinalAccountColumns.basic)
        case .threePublic:
            spec(.finalBudgetAndActual, FinalAccountColumns.threePublic)
        case .governmentFund, .stateCapital:
            spec(
                .finalCoded,
                header.contains("年初") || header.contains("结转") || !header.contains("基本支出")
                    ? FinalAccountColumns.fundTable : FinalAccountColumns.expenditureSplit
            )
        }
    }

    private func spec(_ style: PDFTableSpec.Style, _ columns: [PDFTableSpec.Column]) -> PDFTableSpec {
        PDFTableSpec(
            identifier: identifier,
            titleSuffix: name,
            style: style,
            target: .generic(identifier),
            columns: columns
        )
    }
}
