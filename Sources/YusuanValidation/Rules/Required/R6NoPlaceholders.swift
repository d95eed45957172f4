import YusuanCore

/// R6: no placeholders (XX, ××, 待填写, {单位}) and no HTML residue (`<p>`, `<ol …>`) in the published text: the
/// narrative, the tables' titles and notes (a blank template's `说明：上海市 XX 局本年度没有…`), the names of the rows of
/// the tables kept as printed (``GenericTable``), with a row left to be filled (`…`), and the performance tables' texts.
public struct R6NoPlaceholders: ValidationRule {
    public static let id = "R6"

    /// The placeholders, in the order a text's first one is reported.
    static let placeholders = NeedleSet(["XX", "ＸＸ", "××", "xx年", "待填写", "待补充", "{单位}", "{部门}", "【单位名称】"])

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        // The narrative's parts are read one by one: a copy of the whole narrative would copy its facts too.
        let titleLine = context.disclosure.narrative.titleLine
        // Locations are made only for a text that has a finding.
        let narrative = context.disclosure.narrative
        // A title printed as the first block (a cover) is checked once, as the block.
        if !(narrative.blocks.first.map { $0.line == titleLine && $0.text.hasPrefix(narrative.title) } ?? false) {
            check(narrative.title, into: &reporter) { _ in FindingLocation(line: titleLine) }
        }
        for block in context.disclosure.narrative.blocks {
            // A block's location quotes its start.
            check(block.text, into: &reporter) { text in
                var location = FindingLocation(line: block.line)
                location.sentence = String(text.prefix(60))
                return location
            }
        }
        let tables = context.tables
        for kind in TableKind.allCases {
            guard let header = tables.header(of: kind) else { continue }
            checkHeader(header, table: kind, into: &reporter)
        }
        for table in tables.additionalTables ?? [] {
            checkHeader(table.header, table: nil, into: &reporter)
            for row in table.rows {
                func location(_: String) -> FindingLocation {
                    FindingLocation(
                        caption: table.header.title,
                        row: row.code.isEmpty ? row.name : row.code,
                        line: row.line
                    )
                }
                if Self.isLeftToFill(row) {
                    reporter.report(
                        LocalizedText(
                            zh: "“\(table.header.title)”中有待填写的占位行“\(row.name)”，请填写实际内容或删除。",
                            en:
                                "\(table.header.title) has a row left to be filled (\(row.name)): fill it in or remove it."
                        ),
                        at: location(row.name)
                    )
                } else {
                    check(row.name, into: &reporter, location: location)
                }
            }
        }
        if let overall = tables.overallPerformance {
            check(overall.goal, into: &reporter) { _ in
                FindingLocation(
                    table: .overallPerformance,
                    caption: context.printedCaption(.overallPerformance, header: overall.header),
                    row: "当年整体绩效目标",
                    line: overall.line
                )
            }
        }
        let projects = tables.projectPerformance
        for position in projects.indices {
            func location(_ label: String) -> FindingLocation {
                let project = projects[position]
                return FindingLocation(
                    table: .projectPerformance,
                    caption: context.printedCaption(.projectPerformance, header: project.header),
                    row: project.name,
                    column: label,
                    line: project.line
                )
            }
            check(projects[position].overview, into: &reporter) { _ in location("项目概况") }
            check(projects[position].basis, into: &reporter) { _ in location("立项依据") }
            check(projects[position].goal, into: &reporter) { _ in location("当年绩效目标") }
        }
        return reporter.outcome
    }

    /// Checks a table's title and note.
    private func checkHeader(_ header: TableHeader, table: TableKind?, into reporter: inout RuleReporter) {
        check(header.title, into: &reporter) { _ in
            FindingLocation(table: table, caption: header.caption ?? header.title, line: header.line)
        }
        if let note = header.note {
            check(note, into: &reporter) { text in
                var location = FindingLocation(
                    table: table,
                    caption: header.caption ?? header.title,
                    line: header.noteLine
                )
                location.sentence = String(text.prefix(60))
                return location
            }
        }
    }

    /// A row that only holds `…` (the blank template's rows left to be filled): no code, no amount, a name of
    /// ellipses.
    static func isLeftToFill(_ row: GenericRow) -> Bool {
        row.code.isEmpty && !row.name.isEmpty && row.name.allSatisfy { $0 == "…" || $0 == "⋯" }
            && row.amounts.allSatisfy { $0 == nil }
    }

    /// Reports the first placeholder (in the order of ``placeholders``) and the first HTML tag of a text.
    private func check(
        _ text: String,
        into reporter: inout RuleReporter,
        location makeLocation: (String) -> FindingLocation
    ) {
        let placeholder = Self.placeholders.first(in: text)
        let tag = text.has("<") ? Self.htmlTag(in: text) : nil
        guard placeholder != nil || tag != nil else { return }
        let location = makeLocation(text)
        if let placeholder {
            reporter.report(
                LocalizedText(
                    zh: "文本含占位符“\(placeholder)”，请填写实际内容。",
                    en: "The text contains the placeholder \(placeholder): replace it with the real content."
                ),
                at: location
            )
        }
        if let tag {
            reporter.report(
                LocalizedText(
                    zh: "文本含网页标记“\(tag)”，发布前应删除。",
                    en: "The text contains the HTML tag \(tag), which should be removed before publication."
                ),
                at: location,
                severity: .info
            )
        }
    }

    /// The first HTML tag (`<p>`, `</ol>`, `<ol style=…>`) in a text.
    static func htmlTag(in text: String) -> String? {
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "<") {
            let after = text.index(after: open)
            guard after < text.endIndex else { return nil }
            var nameStart = after
            if text[nameStart] == "/" { nameStart = text.index(after: nameStart) }
            let name = text[nameStart...].prefix { $0.isASCII && $0.isLetter }
            if !name.isEmpty, let close = text[open...].firstIndex(of: ">"),
                text.distance(from: open, to: close) < 200
            {
                return String(text[open...close])
            }
            index = after
        }
        return nil
    }
}
