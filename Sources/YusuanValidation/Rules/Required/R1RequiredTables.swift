import YusuanCore

/// R1: every required table is present (表十一 when there is project expenditure), in template order, with a
/// title naming the year and the department, and a unit line.
public struct R1RequiredTables: ValidationRule {
    public static let id = "R1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        // The narrative part of a disclosure published as two files: the tables are in the other file.
        guard context.disclosure.hasTablesPart else {
            return .insufficientData(
                Self.id,
                LocalizedText(
                    zh: "本文件只含情况说明，报表在另一文件中。",
                    en: "This file holds the narrative only; the tables are in the other file."
                )
            )
        }
        var reporter = context.reporter(for: Self.id)
        let tables = context.tables
        let identity = context.disclosure.identity
        // Each kind's header, read once: a table is present exactly when it has a header (the first project's for
        // 表十一).
        let headerByKind = TableKind.allCases.map { tables.header(of: $0) }
        // The expected tables are found only when a table is missing.
        var expected: Set<TableKind>?
        // A table found but not read with certainty (a reading issue) is present.
        for (kind, header) in zip(TableKind.allCases, headerByKind)
        where header == nil && tables.readingIssue(of: kind) == nil {
            let expectedTables = expected ?? identity.profile.expectedTables
            expected = expectedTables
            guard expectedTables.contains(kind) else { continue }
            if kind == .projectPerformance
                && (tables.generalBudgetExpenditure?.totalRow?.amounts.project?.isZero ?? true)
            {
                continue
            }
            reporter.report(
                LocalizedText(
                    zh: "缺少\(kind.caption)“\(kind.chineseName)”。部门预算公开应包含该表，没有数据时也应列出空表并说明。",
                    en: "Table \(kind.rawValue) (\(kind.englishName)) is missing. It must be published, as an empty "
                        + "table with a note when there is no data."
                ),
                at: FindingLocation(table: kind, caption: kind.caption)
            )
        }
        let name = ClassificationCatalogue.normalized(identity.departmentName)
        let year = String(identity.year)
        // The order check reads each table's line (Chongqing only), collected as the headers are checked.
        let checksOrder = identity.profile == .chongqingDistrictBudget
        var lines: [(TableKind, SourceLine)] = []
        // The headers are checked where they are (the kinds' in template order, then each project's), not copied
        // into a list first.
        func check(_ kind: TableKind, _ header: TableHeader) {
            if checksOrder, let line = header.line { lines.append((kind, line)) }
            let title = ClassificationCatalogue.normalized(header.title)
            // Made only for a finding.
            func location() -> FindingLocation {
                FindingLocation(table: kind, caption: header.caption ?? kind.caption, line: header.line)
            }
            // Only the Chongqing titles name the department; the others name it in 编制部门 (docs/PDF.md).
            let namesDepartment = identity.profile != .chongqingDistrictBudget || title.has(name)
            // Jiangsu titles name neither: the year is in the part heading (第二部分 2019年度部门预算表).
            // The 部门决算 titles name neither (the year is in 第二部分's heading).
            let namesYear =
                identity.profile == .jiangsuProvincialBudget || identity.profile == .nationalFinalAccount
                || title.has(year)
            if !namesYear || !namesDepartment {
                reporter.report(
                    LocalizedText(
                        zh:
                            "\(kind.caption)标题“\(header.title)”未写明年度\(identity.year)和部门名称“\(identity.departmentName)”，请补全标题。",
                        en: "Table \(kind.rawValue)'s title \(header.title) does not name the year \(identity.year) "
                            + "and the department \(identity.departmentName): complete it."
                    ),
                    at: location(),
                    severity: .warning
                )
            }
            if header.unitLine == nil {
                reporter.report(
                    LocalizedText(
                        zh: "\(kind.caption)未标明金额单位，请补充“单位：\(identity.unit.rawValue)”。",
                        en: "Table \(kind.rawValue) states no unit: add 单位：\(identity.unit.rawValue)."
                    ),
                    at: location(),
                    severity: .warning
                )
            }
        }
        for (kind, header) in zip(TableKind.allCases, headerByKind) where kind != .projectPerformance {
            if let header { check(kind, header) }
        }
        let projects = tables.projectPerformance
        for position in projects.indices { check(.projectPerformance, projects[position].header) }
        // The order of the tables is the Chongqing template's; other templates print them in their own order.
        for (previous, next) in zip(lines, lines.dropFirst()) where next.1 < previous.1 {
            reporter.report(
                LocalizedText(
                    zh: "\(next.0.caption)出现在\(previous.0.caption)之前，请按模板顺序排列各表。",
                    en: "Table \(next.0.rawValue) comes before table \(previous.0.rawValue): keep the template order."
                ),
                at: FindingLocation(table: next.0, caption: next.0.caption, line: next.1),
                severity: .warning
            )
        }
        return reporter.outcome
    }
}
