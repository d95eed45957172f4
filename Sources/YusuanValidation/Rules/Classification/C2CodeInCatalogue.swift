import YusuanCore

/// C2: every code exists in that year's classification and its name matches that year's name (or an alias).
public struct C2CodeInCatalogue: ValidationRule {
    public static let id = "C2"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let tables = context.classifiedTables
        guard !tables.isEmpty else {
            return .notApplicable(Self.id, LocalizedText(zh: "文档没有分类编码表。", en: "The document has no coded table."))
        }
        guard !context.catalogue.classification.entries.isEmpty else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "没有科目目录。", en: "No classification catalogue is loaded.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        let classification = context.catalogue.classification
        let year = context.year
        for table in tables {
            guard let system = table.system else { continue }
            for row in table.rows {
                // A code with a level is made of digits, so it has a key.
                guard row.level != nil, let codeKey = row.codeKey else { continue }
                let check = classification.check(system: system, codeKey: codeKey, year: year, name: row.name)
                if check == .unknownCode {
                    reporter.report(
                        LocalizedText(
                            zh:
                                "\(table.caption)科目编码 \(row.code)（\(row.name)）不在\(context.year)年\(system == .function ? "支出功能分类" : "部门预算支出经济分类")科目中，"
                                + "请核对编码。",
                            en:
                                "Table \(table.kind.rawValue) code \(row.code) (\(row.name)) is not in the \(context.year) "
                                + "\(system == .function ? "function" : "economic") classification: check the code."
                        ),
                        at: table.location(row, column: nil)
                    )
                    continue
                }
                guard case .rejected(let officialName) = check else { continue }
                reporter.report(
                    LocalizedText(
                        zh:
                            "\(table.caption)科目 \(row.code) 名称为“\(row.name)”，\(context.year)年科目名称为“\(officialName)”，请使用规范名称。",
                        en: "Table \(table.kind.rawValue) code \(row.code) is named \(row.name); its \(context.year) "
                            + "name is \(officialName): use the official name."
                    ),
                    at: table.location(row, column: nil)
                )
            }
        }
        return reporter.outcome
    }
}
