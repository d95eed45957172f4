import YusuanCore

/// R5: the document calls itself consistently a 部门 or a 单位 (title, contact label, empty-table notes, 本部门/
/// 本单位 in the text).
public struct R5EntityWording: ValidationRule {
    public static let id = "R5"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        // The narrative's parts are read one by one: a copy of the whole narrative would copy its facts too.
        let contact = context.disclosure.narrative.contact
        // The places are named only for a finding (most documents use one word in many paragraphs).
        var department: [Place] = []
        var unit: [Place] = []
        func classify(_ text: String, _ place: String) {
            if text.has("部门预算") || text.has("本部门") { department.append(.named(place)) }
            if text.has("单位预算") || text.has("本单位") { unit.append(.named(place)) }
        }
        classify(context.disclosure.narrative.title, "标题")
        if let contact { classify(contact.label, "联系人") }
        // By position: iterating the blocks would copy each one.
        let blocks = context.disclosure.narrative.blocks
        for position in blocks.indices where blocks[position].kind == .paragraph {
            if blocks[position].text.has("本部门") { department.append(.line(blocks[position].line)) }
            if blocks[position].text.has("本单位") { unit.append(.line(blocks[position].line)) }
        }
        for kind in TableKind.allCases {
            guard let header = context.tables.header(of: kind), let note = header.note else { continue }
            if note.has("本部门") { department.append(.named(context.tableName(kind, header: header).shortZh)) }
            if note.has("本单位") { unit.append(.named(context.tableName(kind, header: header).shortZh)) }
        }
        if context.disclosure.identity.wording == .mixed && (department.isEmpty || unit.isEmpty) {
            department.append(.named("导入"))
            unit.append(.named("导入"))
        }
        var reporter = context.reporter(for: Self.id)
        if !department.isEmpty && !unit.isEmpty {
            let departmentPlaces = department.map(\.name)
            let unitPlaces = unit.map(\.name)
            reporter.report(
                LocalizedText(
                    zh:
                        "文档对自身的称谓混用“部门”（\(departmentPlaces.joined(separator: "、"))）和“单位”（\(unitPlaces.joined(separator: "、"))），"
                        + "建议统一用语。",
                    en: "The document calls itself both 部门 (\(departmentPlaces.joined(separator: ", "))) and 单位 "
                        + "(\(unitPlaces.joined(separator: ", "))): use one word."
                ),
                at: FindingLocation(line: contact?.line ?? context.disclosure.narrative.titleLine),
                severity: .info
            )
        }
        return reporter.outcome
    }

    /// Where the document uses a word: a named place (标题, a table's caption) or a paragraph's line.
    enum Place {
        case named(String)
        case line(SourceLine?)

        /// `标题`, `表一` (``TableName/shortZh``) or `第12行` (`第?行` without a line).
        var name: String {
            switch self {
            case .named(let name): name
            case .line(let line): "第\(line.map(String.init) ?? "?")行"
            }
        }
    }
}
