import YusuanCore

/// Names of tables, columns and cells in both languages, for messages.
enum Describe {
    /// `表二` / `Table 2` (``TableName``: `表7“一般公共预算支出表”` / `Table 7 (一般公共预算支出表)` outside the
    /// Chongqing district template).
    static func table(_ table: TableName) -> LocalizedText {
        LocalizedText(zh: table.zh, en: table.capitalizedEn)
    }

    /// `表二 2010301 行政运行` / `Table 2, row 2010301 行政运行`.
    static func row(_ table: TableName, code: String, name: String) -> LocalizedText {
        let label = [code, name].filter { !$0.isEmpty }.joined(separator: " ")
        return LocalizedText(zh: "\(table.zh) \(label)", en: "\(table.capitalizedEn), row \(label)")
    }

    /// `表二 2010301 行政运行“基本支出”列` / `Table 2, row 2010301 行政运行, column 基本支出 (basic expenditure)`.
    static func cell(_ table: TableName, code: String, name: String, column: String) -> LocalizedText {
        let row = row(table, code: code, name: name)
        return LocalizedText(zh: "\(row.zh)“\(column)”列", en: "\(row.en), column \(englishColumn(column))")
    }

    /// A column name with its English gloss: `基本支出 (basic expenditure)`.
    static func englishColumn(_ column: String) -> String {
        if let gloss = columnGlosses[column] { return "\(column) (\(gloss))" }
        return column
    }

    /// Narrative figures: `情况说明中的“基本支出”` / `the narrative's 基本支出`.
    static func narrative(_ label: String) -> LocalizedText {
        LocalizedText(zh: "情况说明所述“\(label)”", en: "the narrative's \(label)")
    }

    /// Shown for a blank cell.
    static func value(_ amount: Amount?) -> LocalizedText {
        guard let amount else { return LocalizedText(zh: "空白", en: "blank") }
        return LocalizedText(zh: amount.plainText, en: amount.plainText)
    }

    private static let columnGlosses: [String: String] = [
        "总计": "total", "合计": "total", "基本支出": "basic expenditure", "项目支出": "project expenditure",
        "人员经费": "personnel", "日常公用经费": "public use", "一般公共预算": "general budget",
        "政府性基金预算": "government fund", "国有资本经营预算": "state capital", "预算数": "budget",
        "因公出国（境）费": "overseas travel", "公务用车购置及运行费小计": "vehicles subtotal",
        "公务用车购置费": "vehicle purchase", "公务用车运行费": "vehicle operation", "公务接待费": "reception",
        "一般公共预算拨款收入": "general budget", "政府性基金预算拨款收入": "government fund",
        "国有资本经营预算拨款收入": "state capital", "财政专户管理资金收入": "special fiscal account",
        "事业收入": "operating revenue", "上级补助收入": "higher-level grants", "附属单位上缴收入": "subsidiaries",
        "事业单位经营收入": "business income", "其他收入": "other income", "当年预算": "current-year budget",
        "指标权重": "weight", "部门支出预算数": "department expenditure budget",
    ]
}
