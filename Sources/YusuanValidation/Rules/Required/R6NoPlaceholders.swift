import YusuanCore

/// R6: no placeholders (XX, ××, 待填写, {单位}) and no HTML residue (`<p>`, `<ol …>`) in the published text.
public struct R6NoPlaceholders: ValidationRule {
    public static let id = "R6"

    static let placeholders = ["XX", "ＸＸ", "××", "xx年", "待填写", "待补充", "{单位}", "{部门}", "【单位名称】"]

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var texts: [(String, FindingLocation)] = []
        let narrative = context.disclosure.narrative
        texts.append((narrative.title, FindingLocation(line: narrative.titleLine)))
        // A block's location quotes its start; the quote is made only for a block that has a finding.
        let blockCount = narrative.blocks.count
        for block in narrative.blocks {
            texts.append((block.text, FindingLocation(line: block.line)))
        }
        let tables = context.tables
        if let overall = tables.overallPerformance {
            let location = FindingLocation(
                table: .overallPerformance,
                caption: overall.header.caption,
                row: "当年整体绩效目标",
                line: overall.line
            )
            texts.append((overall.goal, location))
        }
        for project in tables.projectPerformance {
            for (label, text) in [("项目概况", project.overview), ("立项依据", project.basis), ("当年绩效目标", project.goal)] {
                texts.append(
                    (
                        text,
                        FindingLocation(
                            table: .projectPerformance,
                            caption: project.header.caption,
                            row: project.name,
                            column: label,
                            line: project.line
                        )
                    )
                )
            }
        }
        var reporter = context.reporter(for: Self.id)
        for (position, (text, blockLocation)) in texts.enumerated() {
            var location = blockLocation
            if position >= 1, position <= blockCount,
                Self.placeholders.contains(where: { text.has($0) }) || Self.htmlTag(in: text) != nil
            {
                location.sentence = String(text.prefix(60))
            }
            if let placeholder = Self.placeholders.first(where: { text.has($0) }) {
                reporter.report(
                    LocalizedText(
                        zh: "文本含占位符“\(placeholder)”，请填写实际内容。",
                        en: "The text contains the placeholder \(placeholder): replace it with the real content."
                    ),
                    at: location
                )
            }
            if let tag = Self.htmlTag(in: text) {
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
        return reporter.outcome
    }

    /// The first HTML tag (`<p>`, `</ol>`, `<ol style=…>`) in a text.
    static func htmlTag(in text: String) -> String? {
        guard text.utf8.contains(0x3C) else { return nil }
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
