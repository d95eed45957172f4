import YusuanCore

/// C2: every code exists in that year's classification and its name matches that year's name (or an alias).
///
/// A name the code has only in other years (`医疗卫生与计划生育支出` for 210 in 2026) is reported with its years; a
/// code that is only in other years' classification is reported with the years it is in. A document year the
/// catalogue does not cover is not checked: the outcome says which years the catalogue covers.
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
        var uncovered: [ClassificationSystem] = []
        var checkedAny = false
        for table in tables {
            guard let system = table.system else { continue }
            guard classification.covers(system, year: year) else {
                if !uncovered.contains(system) { uncovered.append(system) }
                continue
            }
            checkedAny = true
            for row in table.rows {
                // A code with a level is made of digits, so it has a key.
                guard row.level != nil, let codeKey = row.codeKey else { continue }
                let check = classification.check(system: system, codeKey: codeKey, year: year, name: row.name)
                if check == .unknownCode {
                    // A 7-digit economic code under a 款 is a local subdivision (C1 reports it).
                    if system == .economic, row.code.utf8.count == 7 { continue }
                    // The catalogue holds the codes of the sources docs/CLASSIFICATION.md names, not every code of the
                    // official lists: a code it does not know may still be real, so this is no certain finding — info,
                    // unless the catalogue knows the code in other years only (a code of another year's list).
                    let knownElsewhere = !classification.years(system: system, code: row.code).isEmpty
                    reporter.report(
                        Self.unknownCodeMessage(table: table, row: row, system: system, year: year, in: classification),
                        at: table.location(row, column: nil),
                        severity: knownElsewhere ? nil : .info
                    )
                    continue
                }
                guard case .rejected(let officialName) = check else { continue }
                reporter.report(
                    Self.wrongNameMessage(
                        table: table,
                        row: row,
                        system: system,
                        officialName: officialName,
                        year: year,
                        in: classification
                    ),
                    at: table.location(row, column: nil)
                )
            }
        }
        if !checkedAny, let system = uncovered.first {
            return .insufficientData(Self.id, Self.uncoveredYearReason(system: system, year: year, in: classification))
        }
        return reporter.outcome
    }

    private static func systemName(_ system: ClassificationSystem) -> (zh: String, en: String) {
        system == .function ? ("支出功能分类", "function") : ("部门预算支出经济分类", "economic")
    }

    /// Why a year outside the catalogue is not checked: the years it covers.
    static func uncoveredYearReason(
        system: ClassificationSystem,
        year: Int,
        in classification: ClassificationCatalogue
    ) -> LocalizedText {
        let names = systemName(system)
        let covered = classification.coveredYears[system].map { [$0] } ?? []
        return LocalizedText(
            zh: "科目目录收录\(ClassificationCatalogue.describe(covered))的\(names.zh)科目，不含文档年度\(year)年，未核对科目编码和名称。",
            en: "The classification catalogue covers the \(names.en) classification of "
                + "\(ClassificationCatalogue.describeInEnglish(covered)), not the document's year \(year): "
                + "codes and names were not checked."
        )
    }

    private static func unknownCodeMessage(
        table: CodedTableView,
        row: CodedRowView,
        system: ClassificationSystem,
        year: Int,
        in classification: ClassificationCatalogue
    ) -> LocalizedText {
        let names = systemName(system)
        let otherYears = classification.years(system: system, code: row.code)
        if otherYears.isEmpty {
            return LocalizedText(
                zh: "\(table.name.zh)科目编码 \(row.code)（\(row.name)）不在 Yusuan 收录的\(year)年\(names.zh)科目中"
                    + "（目录尚不完整，见 docs/CLASSIFICATION.md），请核对编码。",
                en: "\(table.name.capitalizedEn) code \(row.code) (\(row.name)) is not among the \(year) "
                    + "\(names.en) codes Yusuan's catalogue holds (the catalogue is not complete, see "
                    + "docs/CLASSIFICATION.md): check the code."
            )
        }
        return LocalizedText(
            zh: "\(table.name.zh)科目编码 \(row.code)（\(row.name)）不在\(year)年\(names.zh)科目中"
                + "（该编码见于\(ClassificationCatalogue.describe(otherYears))科目），请核对编码。",
            en: "\(table.name.capitalizedEn) code \(row.code) (\(row.name)) is not in the \(year) "
                + "\(names.en) classification (it is in that of \(ClassificationCatalogue.describeInEnglish(otherYears))): "
                + "check the code."
        )
    }

    private static func wrongNameMessage(
        table: CodedTableView,
        row: CodedRowView,
        system: ClassificationSystem,
        officialName: String,
        year: Int,
        in classification: ClassificationCatalogue
    ) -> LocalizedText {
        let nameYears = classification.years(system: system, code: row.code, name: row.name)
        if nameYears.isEmpty {
            return LocalizedText(
                zh: "\(table.name.zh)科目 \(row.code) 名称为“\(row.name)”，\(year)年科目名称为“\(officialName)”，请使用规范名称。",
                en: "\(table.name.capitalizedEn) code \(row.code) is named \(row.name); its \(year) "
                    + "name is \(officialName): use the official name."
            )
        }
        return LocalizedText(
            zh: "\(table.name.zh)科目 \(row.code) 名称为“\(row.name)”，这是\(ClassificationCatalogue.describe(nameYears))的科目名称，"
                + "\(year)年科目名称为“\(officialName)”，请使用当年规范名称。",
            en: "\(table.name.capitalizedEn) code \(row.code) is named \(row.name), its name in "
                + "\(ClassificationCatalogue.describeInEnglish(nameYears)); its \(year) name is \(officialName): "
                + "use the name of the year."
        )
    }
}
