/// A kind of district department: its name, function codes, projects and descriptive text.
struct DepartmentProfile: Sendable {
    /// The name after `重庆市XX区` (`人民政府办公室`).
    let suffix: String
    /// The 项 code of its 行政运行 line.
    let administrationItem: String
    /// The 项 code where its subordinate institutions' basic expenditure goes (事业运行), if it has any.
    let institutionItem: String?
    /// The 项 codes its projects are classified under.
    let projectItems: [String]
    /// The 项 codes of 政府性基金 projects it may have.
    let fundItems: [String]
    /// Project names (一级项目).
    let projects: [String]
    /// Sentences of 职能职责.
    let duties: [String]
    /// Internal sections (内设机构).
    let sections: [String]
    /// Subordinate institutions, named after `重庆市XX区` or `区`.
    let institutions: [String]
}

extension DepartmentProfile {
    /// The profiles the generator draws from.
    static let all: [DepartmentProfile] = governmentProfiles + economyProfiles + socialProfiles + resourceProfiles
}

extension DepartmentProfile {
    /// The same kind of department under another name (`南坪街道办事处` for the 街道办事处 profile).
    func named(_ suffix: String) -> DepartmentProfile {
        DepartmentProfile(
            suffix: suffix,
            administrationItem: administrationItem,
            institutionItem: institutionItem,
            projectItems: projectItems,
            fundItems: fundItems,
            projects: projects,
            duties: duties,
            sections: sections,
            institutions: institutions
        )
    }
}
