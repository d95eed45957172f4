import YusuanCore

/// R5: the document calls itself consistently a 部门 or a 单位 (title, contact label, empty-table notes, 本部门/
/// 本单位 in the text).
public struct R5EntityWording: ValidationRule {
    public static let id = "R5"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        let narrative = context.disclosure.narrative
        var department: [String] = []
        var unit: [String] = []
        func classify(_ text: String, _ place: String) {
            if text.has("部门预算") || text.has("本部门") { department.append(place) }
            if text.has("单位预算") || text.has("本单位") { unit.append(place) }
        }
        classify(narrative.title, "标题")
        if let contact = narrative.contact { classify(contact.label, "联系人") }
        for block in narrative.blocks where block.kind == .paragraph {
            if block.text.has("本部门") { department.append("第\(block.line.map(String.init) ?? "?")行") }
            if block.text.has("本单位") { unit.append("第\(block.line.map(String.init) ?? "?")行") }
        }
        for kind in TableKind.allCases {
            guard let note = context.tables.header(of: kind)?.note else { continue }
            if note.has("本部门") { department.append(kind.caption) }
            if note.has("本单位") { unit.append(kind.caption) }
        }
        if context.disclosure.identity.wording == .mixed && (department.isEmpty || unit.isEmpty) {
            department.append("导入")
            unit.append("导入")
        }
        var reporter = context.reporter(for: Self.id)
        if !department.isEmpty && !unit.isEmpty {
            reporter.report(
                LocalizedText(
                    zh: "文档对自身的称谓混用“部门”（\(department.joined(separator: "、"))）和“单位”（\(unit.joined(separator: "、"))），"
                        + "建议统一用语。",
                    en: "The document calls itself both 部门 (\(department.joined(separator: ", "))) and 单位 "
                        + "(\(unit.joined(separator: ", "))): use one word."
                ),
                at: FindingLocation(line: narrative.contact?.line ?? narrative.titleLine),
                severity: .info
            )
        }
        return reporter.outcome
    }
}
