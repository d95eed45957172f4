/// Who published a disclosure, for which year, of which kind, in which unit and template.
public struct DocumentIdentity: Sendable, Hashable, Codable {
    /// The budget code of the department (`202`), when the document states it.
    public var departmentCode: String?
    /// The department's full name (`重庆市南岸区人民政府办公室`).
    public var departmentName: String
    /// The budget year (`2025`).
    public var year: Int
    /// 预算 or 决算.
    public var kind: DocumentKind
    /// The unit the tables are published in.
    public var unit: AmountUnit
    /// How the document refers to the entity (部门 or 单位).
    public var wording: EntityWording
    /// The template family the document follows (``TemplateProfile``).
    public var profile: TemplateProfile
    /// The variant of the family, as the reader recognised it (`municipal`, `unit`, `caption-公开表一`,
    /// `numbered-一、`), a stable lower-case identifier documented in docs/PDF.md; `nil` for the family's reference
    /// layout (the seeds, a document Yusuan wrote).
    public var variant: String?
    /// Optional publication metadata (dates), not part of the published text.
    public var publication: PublicationDates?

    public init(
        departmentCode: String?,
        departmentName: String,
        year: Int,
        kind: DocumentKind = .budget,
        unit: AmountUnit = .tenThousandYuan,
        wording: EntityWording = .department,
        profile: TemplateProfile = .chongqingDistrictBudget,
        variant: String? = nil,
        publication: PublicationDates? = nil
    ) {
        self.departmentCode = departmentCode
        self.departmentName = departmentName
        self.year = year
        self.kind = kind
        self.unit = unit
        self.wording = wording
        self.profile = profile
        self.variant = variant
        self.publication = publication
    }

    /// `202-重庆市南岸区人民政府办公室`, or the name alone when the code is unknown.
    public var qualifiedName: String {
        departmentCode.map { "\($0)-\(departmentName)" } ?? departmentName
    }
}

/// The template family a document follows.
public enum TemplateProfile: String, Sendable, Hashable, Codable, CaseIterable {
    /// The Chongqing 部门预算 family: the district template with eleven tables (the seeds) and the municipal
    /// variant (表一 部门收支总体情况表 … 表十二, ``DocumentIdentity/variant`` `municipal`).
    case chongqingDistrictBudget = "chongqing-district-budget"
    /// The Shanghai district 部门预算 template: nine tables in 元 (财务收支预算总表 … “三公”经费和机关运行经费预算表),
    /// with 项目经费情况说明.
    case shanghaiDistrictBudget = "shanghai-district-budget"
    /// The Jiangsu provincial 部门预算 template: 公开01表 … 公开12表 in 万元, the narrative after the tables.
    case jiangsuProvincialBudget = "jiangsu-provincial-budget"
    /// The national 部门决算 template: nine tables (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表).
    case nationalFinalAccount = "national-final-account"
    /// The national 部门预算 template under a city's own titles, order and numbering (收支总表, 收入总表, 支出总表,
    /// 财政拨款收支总表, 一般公共预算支出表, 基本支出表, “三公”经费表, 政府性基金 …: Beijing, Shenzhen, Guangzhou,
    /// Hangzhou, Suzhou, Xi'an …), each table recognised by its title and header.
    case nationalBudget = "national-budget"
}

/// Dates around publication, given as metadata (`YYYY-MM-DD`), used by the timeliness rule.
public struct PublicationDates: Sendable, Hashable, Codable {
    /// The day the finance bureau approved the budget (批复).
    public var approved: String?
    /// The day the disclosure was published.
    public var published: String?

    public init(approved: String? = nil, published: String? = nil) {
        self.approved = approved
        self.published = published
    }
}

extension DocumentIdentity {
    /// Whether the document follows the Chongqing district template of the seeds (表一 财政拨款收支总表 … 表十一, its
    /// labels and conventions), not another family or the Chongqing municipal variant.
    public var followsChongqingDistrictTemplate: Bool {
        profile == .chongqingDistrictBudget && (variant == nil || variant == "district")
    }
}
