import YusuanCore

/// Everything drawn for one document before it is written out: who, which layout, and every figure, in
/// hundredths of 万元. Tables and narrative are both derived from the plan, so they agree by construction.
struct DocumentPlan: Sendable {
    /// A project (一级项目) with its 表十一 content.
    struct Project: Sendable {
        var name: String
        var functionCode: String
        var budget: Cents
        var overview: String
        var basis: String
        var goal: String
        var indicators: [PerformanceIndicator]
    }

    /// The other source of income (事业收入 …), as a column of 表七 and a line of 表六.
    struct OtherSource: Sendable {
        /// The index into ``SourceBreakdownTable/standardSourceColumns``.
        var column: Int
        var amount: Cents
        var label: String { SourceBreakdownTable.standardSourceColumns[column] }
    }

    /// Year-on-year changes (current − prior) of the budget components.
    struct Changes: Sendable {
        var generalBasic: Cents
        var generalProject: Cents
        var other: Cents
        var fund: Cents

        var general: Cents { generalBasic + generalProject }
        var basic: Cents { generalBasic + other }
        var project: Cents { generalProject + fund }
        var total: Cents { basic + project }
    }

    /// Narrative variants.
    struct Style: Sendable {
        /// Spaces between numbers and Chinese text (`2024 年`).
        var spaced: Bool
        /// Narrative amounts without trailing zeros (`2197.4`, `207`).
        var trimsAmounts: Bool
        /// 职能职责 as numbered paragraphs rather than one paragraph.
        var numberedDuties: Bool
        /// 三、财政拨款情况说明 (2025) rather than 三、部门预算情况说明 (2024).
        var appropriationHeading: Bool
        /// The 2025 statement that carried-over funds are included in income.
        var carryOverStatement: Bool
        /// The 2025 wording of the asset paragraph (执勤执法用车 stated, purchases as a count).
        var detailedAssets: Bool
        /// 机关运行经费 compared with 上年 rather than with the named year.
        var operatingComparedWithLastYear: Bool
        /// The 表十一 caption repeated on every project table (else only on the first).
        var repeatsProjectCaption: Bool
        /// 表二 carries the note `备注：本表反映当年一般公共预算财政拨款支出情况。`.
        var notesGeneralBudgetTable: Bool
    }

    /// Who publishes the document.
    var department: GeneratedDepartment
    var year: Int
    var layout: LayoutStyle
    var style: Style
    /// This year's figures.
    var figures: YearFigures
    var overallGoal: String
    var overallIndicators: [PerformanceIndicator]
    /// Last year's “三公” amounts (this year's are the figures').
    var priorThreePublic: YearlyThreePublic
    /// The changes from last year's figures.
    var changes: Changes
    var plannedVehiclePurchases: Int
    var priorOperatingCost: Cents
    var operatingUsage: String
    var contactPerson: String
    var contactPhone: String

    var profile: DepartmentProfile { department.profile }
    var district: String { department.district }
    var departmentCode: String { department.code }
    var wording: EntityWording { department.wording }
    var sections: [String] { department.sections }
    var institutions: [String] { department.institutions }

    /// 表三 lines: 款 code → amount.
    var economic: [(code: String, amount: Cents)] { figures.economic }
    var ledger: Ledger { figures.ledger }
    var otherSource: OtherSource? { figures.otherSource }
    var threePublic: YearlyThreePublic { figures.threePublic }
    var projects: [Project] { figures.projects }
    var vehicles: Int { figures.vehicles }
    var generalVehicles: Int { figures.generalVehicles }
    var lawEnforcementVehicles: Int { figures.lawEnforcementVehicles }
    var operatingCost: Cents { figures.operatingCost }
    var procurementGoods: Cents { figures.procurementGoods }
    var procurementWorks: Cents { figures.procurementWorks }
    var procurementServices: Cents { figures.procurementServices }

    var departmentName: String { department.name }
    var qualifiedName: String { "\(departmentCode)-\(departmentName)" }
    var selfReference: String { "本" + wording.rawValue }
    var procurementTotal: Cents { procurementGoods + procurementWorks + procurementServices }
    var publicUseTotal: Cents { figures.publicUse }
}
