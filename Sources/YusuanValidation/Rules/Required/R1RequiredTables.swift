import YusuanCore

/// R1: every required table is present (表十一 when there is project expenditure), in template order, with a
/// title naming the year and the department, and a unit line.
public struct R1RequiredTables: ValidationRule {
    public static let id = "R1"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        let tables = context.tables
        let identity = context.disclosure.identity
        // Each kind's header, read once: a table is present exactly when it has a header (the first project's for
        // 表十一).
        let headerByKind = TableKind.allCases.map { tables.header(of: $0) }
        let isChongqingTemplate = identity.followsChongqingDistrictTemplate
        for required in RequiredTable.expected(for: identity) where !required.isPresent(in: tables) {
            if required.kind == .projectPerformance
                && (tables.generalBudgetExpenditure?.totalRow?.amounts.project?.isZero ?? true)
            {
                continue
            }
            let caption = isChongqingTemplate ? required.kind?.caption ?? "" : ""
            reporter.report(
                LocalizedText(
                    zh: "缺少\(caption)“\(required.name)”。部门预算公开应包含该表，没有数据时也应列出空表并说明。",
                    en: "The table \(required.englishName) is missing. It must be published, as an empty table with a "
                        + "note when there is no data."
                ),
                // A table the document does not have is named by the model's name outside the Chongqing template.
                at: FindingLocation(table: required.kind, caption: caption.isEmpty ? required.name : caption)
            )
        }
        let name = Labels.normalized(identity.departmentName)
        let year = String(identity.year)
        // The order check reads each table's line (Chongqing only), collected as the headers are checked.
        let checksOrder = isChongqingTemplate
        var lines: [(TableKind, SourceLine)] = []
        // The headers are checked where they are (the kinds' in template order, then each project's), not copied
        // into a list first.
        func check(_ kind: TableKind, _ header: TableHeader) {
            if checksOrder, let line = header.line { lines.append((kind, line)) }
            let title = Labels.normalized(header.title)
            // Made only for a finding.
            func tableName() -> TableName { context.tableName(kind, header: header) }
            func location() -> FindingLocation {
                FindingLocation(table: kind, caption: tableName().caption, line: header.line)
            }
            // Only the Chongqing district titles name the department and the year; the other families name the
            // department in 编制部门/单位名称 and the year in the part heading (第二部分 2026年部门预算表), docs/PDF.md.
            let namesDepartment = !isChongqingTemplate || title.has(name)
            let namesYear = !isChongqingTemplate || title.has(year)
            if !namesYear || !namesDepartment {
                reporter.report(
                    LocalizedText(
                        zh:
                            "\(tableName().shortZh)标题“\(header.title)”未写明年度\(identity.year)和部门名称“\(identity.departmentName)”，请补全标题。",
                        en:
                            "\(tableName().capitalizedShortEn)'s title \(header.title) does not name the year \(identity.year) "
                            + "and the department \(identity.departmentName): complete it."
                    ),
                    at: location(),
                    severity: .warning
                )
            }
            if header.unitLine == nil {
                reporter.report(
                    LocalizedText(
                        zh: "\(tableName().zh)未标明金额单位，请补充“单位：\(identity.unit.rawValue)”。",
                        en: "\(tableName().capitalizedEn) states no unit: add 单位：\(identity.unit.rawValue)."
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
