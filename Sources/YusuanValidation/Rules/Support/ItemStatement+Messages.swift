import YusuanCore

/// How the per-项 statement rules (N17–N20) name a statement, its figures and its place.
extension ItemStatement {
    /// `功能科目 2080506“机关事业单位职业年金缴费支出”` / `item 2080506 机关事业单位职业年金缴费支出` (with the 款 when
    /// the statement prints no code: several 项 share a name, `一般行政管理事务`).
    var describe: LocalizedText {
        let name = code.isEmpty ? [sectionName, itemName].filter { !$0.isEmpty }.joined(separator: "—") : itemName
        let codeText = code.isEmpty ? "" : "\(code) "
        return LocalizedText(zh: "功能科目 \(codeText)“\(name)”", en: "item \(codeText)\(name)")
    }

    /// An amount of the statement with its unit: `208.8万元` / `208.8 万元`.
    func figure(_ amount: Amount?) -> LocalizedText {
        guard let amount else { return LocalizedText(zh: "空白", en: "blank") }
        return LocalizedText(zh: "\(amount.plainText)\(unit.rawValue)", en: "\(amount.plainText) \(unit.rawValue)")
    }

    /// The statement at a line (its own when nil).
    func location(line: SourceLine?) -> FindingLocation {
        FindingLocation(line: line ?? sentence.line, sentence: sentence.text)
    }
}
