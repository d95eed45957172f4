import Testing
import YusuanCore

@testable import YusuanValidation

/// Findings name a table as the document prints it: by the template caption in the Chongqing district template
/// (`表四`), by the printed caption and title in the other families (`表9“财政拨款“三公”经费支出表”`), by the title
/// alone when the table prints no caption.
struct TableNameTests {
    // MARK: - The names

    @Test func chongqingTemplateNamesATableByItsTemplateCaption() {
        let header = TableHeader(caption: "表四", title: "2025年重庆市南岸区人民政府办公室一般公共预算“三公”经费支出表")
        let name = TableName(.threePublicExpenditure, header: header, followsTemplate: true)
        #expect(name.zh == "表四")
        #expect(name.ofZh == "表四")
        #expect(name.shortZh == "表四")
        #expect(name.en == "table 4")
        #expect(name.capitalizedEn == "Table 4")
        #expect(name.caption == "表四")
        // A project table printed under the caption of the one before it.
        let project = TableName(
            .projectPerformance,
            header: TableHeader(caption: nil, title: "项目"),
            followsTemplate: true
        )
        #expect(project.zh == "表十一")
        #expect(project.caption == "表十一")
    }

    @Test func otherFamiliesNameATableByItsCaptionAndTitle() {
        let header = TableHeader(caption: "表9", title: "财政拨款“三公”经费支出表")
        let name = TableName(.threePublicExpenditure, header: header, followsTemplate: false)
        #expect(name.zh == "表9“财政拨款“三公”经费支出表”")
        #expect(name.ofZh == "表9“财政拨款“三公”经费支出表”的")
        #expect(name.shortZh == "表9")
        #expect(name.en == "table 9 (财政拨款“三公”经费支出表)")
        #expect(name.capitalizedEn == "Table 9 (财政拨款“三公”经费支出表)")
        #expect(name.shortEn == "table 9")
        #expect(name.caption == "表9")
        #expect(name.short.zh == "表9")
        #expect(name.short.ofZh == "表9")
    }

    @Test func aCaptionPrintedAgainInTheTitleIsNamedOnce() {
        let header = TableHeader(caption: "表7", title: "表7：2026年市级部门一般公共预算三公经费预算表")
        let name = TableName(.threePublicExpenditure, header: header, followsTemplate: false)
        #expect(name.zh == "表7“2026年市级部门一般公共预算三公经费预算表”")
    }

    @Test func aTableWithoutCaptionIsNamedByItsTitle() {
        let header = TableHeader(caption: nil, title: "2026年部门“三公”经费和机关运行经费预算表")
        let name = TableName(.threePublicExpenditure, header: header, followsTemplate: false)
        #expect(name.zh == "“2026年部门“三公”经费和机关运行经费预算表”")
        #expect(name.shortZh == name.zh)
        #expect(name.ofZh == "“2026年部门“三公”经费和机关运行经费预算表”的")
        #expect(name.en == "table 2026年部门“三公”经费和机关运行经费预算表")
        #expect(name.caption == "2026年部门“三公”经费和机关运行经费预算表")
    }

    @Test func aTableTheDocumentDoesNotHaveIsNamedByTheModelsName() {
        let name = TableName(.threePublicExpenditure, header: nil, followsTemplate: false)
        #expect(name.zh == "一般公共预算“三公”经费支出表")
        #expect(name.en == "\"three public\" expenditure table")
        #expect(TableName(.threePublicExpenditure, header: nil, followsTemplate: true).zh == "表四")
        let blank = TableHeader(caption: nil, title: " ")
        #expect(TableName(.threePublicExpenditure, header: blank, followsTemplate: false).zh == "一般公共预算“三公”经费支出表")
    }

    @Test(arguments: [
        ("表9", "table 9"), ("表一", "table 1"), ("表十", "table 10"), ("表十二", "table 12"), ("表二十一", "table 21"),
        ("表1-2", "table 1-2"), ("公开01表", "公开01表"), ("公开表十", "公开表十"), ("表", "表"), ("表十十", "表十十"),
    ])
    func captionsInEnglish(_ caption: String, _ english: String) {
        #expect(TableName.english(caption: caption) == english)
    }

    // MARK: - The same finding in the Chongqing template and in another family

    /// The seed with the tables of the other families: another profile, and the given captions and titles.
    static func otherFamily(
        _ document: Disclosure,
        profile: TemplateProfile = .nationalBudget,
        variant: String? = "caption-表N",
        _ headers: [TableKind: (caption: String?, title: String)]
    ) -> Disclosure {
        document.with { document in
            document.identity.profile = profile
            document.identity.variant = variant
            for (kind, header) in headers {
                func set(_ value: inout TableHeader) {
                    value.caption = header.caption
                    value.title = header.title
                }
                switch kind {
                case .financialSummary:
                    if var table = document.tables.financialSummary {
                        set(&table.header)
                        document.tables.financialSummary = table
                    }
                case .generalBudgetExpenditure:
                    if var table = document.tables.generalBudgetExpenditure {
                        set(&table.header)
                        document.tables.generalBudgetExpenditure = table
                    }
                case .generalBudgetBasicExpenditure:
                    if var table = document.tables.generalBudgetBasicExpenditure {
                        set(&table.header)
                        document.tables.generalBudgetBasicExpenditure = table
                    }
                case .threePublicExpenditure:
                    if var table = document.tables.threePublicExpenditure {
                        set(&table.header)
                        document.tables.threePublicExpenditure = table
                    }
                case .governmentFundExpenditure:
                    if var table = document.tables.governmentFundExpenditure {
                        set(&table.header)
                        document.tables.governmentFundExpenditure = table
                    }
                default:
                    Issue.record("no header set for \(kind)")
                }
            }
        }
    }

    static func errors(_ id: String, _ document: Disclosure) -> [Finding] {
        (Check.outcome(id, document)?.findings ?? []).filter { $0.severity == .error }
    }

    @Test func a5NamesTheThreePublicTableAsPrinted() throws {
        let seed = try Seeds.year2025.with { $0.tables.threePublicExpenditure?.amounts.total.bump() }
        let chongqing = try #require(Self.errors("A5", seed).first)
        #expect(chongqing.message.zh.hasPrefix("表四“合计”为 "))
        #expect(chongqing.message.en.hasPrefix("Table 4, column 合计 (total) is "))
        #expect(chongqing.location.caption == "表四")

        let shenzhen = Self.otherFamily(seed, [.threePublicExpenditure: ("表9", "财政拨款“三公”经费支出表")])
        let finding = try #require(Self.errors("A5", shenzhen).first)
        #expect(finding.message.zh.hasPrefix("表9“财政拨款“三公”经费支出表”的“合计”为 "), "\(finding.message.zh)")
        // Named again by its caption alone.
        #expect(finding.message.zh.contains("请核对表9“合计”和"), "\(finding.message.zh)")
        #expect(finding.message.en.hasPrefix("Table 9 (财政拨款“三公”经费支出表), column 合计 (total) is "))
        #expect(!finding.message.zh.contains("表四") && !finding.message.en.contains("Table 4"))
        #expect(finding.location.caption == "表9")
    }

    @Test func x7NamesBothTablesAsPrinted() throws {
        let seed = try Seeds.year2025.with { document in
            guard var economic = document.tables.generalBudgetBasicExpenditure,
                let index = economic.rows.firstIndex(where: { $0.code == "30217" }),
                let reception = document.tables.threePublicExpenditure?.amounts.reception
            else { return }
            economic.rows[index].total = reception + Check.one
            document.tables.generalBudgetBasicExpenditure = economic
        }
        let chongqing = try #require(Self.errors("X7", seed).first)
        #expect(chongqing.message.zh.hasPrefix("表三 30217 "), "\(chongqing.message.zh)")
        #expect(chongqing.message.zh.contains("超过表四“公务接待费”"), "\(chongqing.message.zh)")
        #expect(chongqing.message.en.contains("more than table 4 公务接待费 (reception)"), "\(chongqing.message.en)")

        let other = Self.otherFamily(
            seed,
            [
                .generalBudgetBasicExpenditure: ("表8", "一般公共预算基本支出表"),
                .threePublicExpenditure: ("表9", "财政拨款“三公”经费支出表"),
            ]
        )
        let finding = try #require(Self.errors("X7", other).first)
        #expect(finding.message.zh.hasPrefix("表8“一般公共预算基本支出表” 30217 "), "\(finding.message.zh)")
        #expect(finding.message.zh.contains("超过表9“财政拨款“三公”经费支出表”的“公务接待费”"), "\(finding.message.zh)")
        #expect(
            finding.message.en.contains("more than table 9 (财政拨款“三公”经费支出表) 公务接待费 (reception)"),
            "\(finding.message.en)"
        )
        #expect(!finding.message.zh.contains("表三") && !finding.message.zh.contains("表四"))
        #expect(finding.location.caption == "表8")
        #expect(finding.related?.caption == "表9")
    }

    @Test func anEmptyTableWithoutNoteIsNamedAsPrinted() throws {
        let seed = try Seeds.year2025.with { document in
            document.tables.governmentFundExpenditure?.rows = []
            document.tables.governmentFundExpenditure?.totalRow = nil
            document.tables.governmentFundExpenditure?.header.note = nil
        }
        let chongqing = try #require(Self.errors("R-EMPTY", seed).first)
        #expect(chongqing.message.zh.hasPrefix("表五为空表，但未附说明。"))
        #expect(chongqing.message.en.hasPrefix("Table 5 is empty but carries no note"))

        let jiangsu = Self.otherFamily(
            seed,
            profile: .jiangsuProvincialBudget,
            variant: "caption-公开表一",
            [.governmentFundExpenditure: ("公开表十", "财政拨款政府性基金支出预算表")]
        )
        let finding = try #require(Self.errors("R-EMPTY", jiangsu).first)
        #expect(finding.message.zh.hasPrefix("公开表十“财政拨款政府性基金支出预算表”为空表，但未附说明。"), "\(finding.message.zh)")
        #expect(finding.message.en.hasPrefix("公开表十 (财政拨款政府性基金支出预算表) is empty but carries no note"))
        #expect(finding.location.caption == "公开表十")
    }

    @Test func aFindingOnATableWithoutCaptionNamesItsTitle() throws {
        let seed = try Seeds.year2025.with { document in
            guard var table = document.tables.generalBudgetExpenditure,
                let index = table.rows.firstIndex(where: { $0.code == "2010301" })
            else { return }
            table.rows[index].name = "行政运行支出"
            document.tables.generalBudgetExpenditure = table
        }
        let warning = { (document: Disclosure) in
            Check.outcome("C2", document)?.findings.first { $0.location.row == "2010301" }
        }
        let chongqing = try #require(warning(seed))
        #expect(chongqing.message.zh.hasPrefix("表二科目 2010301 名称为“行政运行支出”"), "\(chongqing.message.zh)")

        let title = "2025年部门一般公共预算支出功能分类预算表"
        let shanghai = Self.otherFamily(
            seed,
            profile: .shanghaiDistrictBudget,
            variant: "department",
            [.generalBudgetExpenditure: (nil, title)]
        )
        let finding = try #require(warning(shanghai))
        #expect(finding.message.zh.hasPrefix("“\(title)”科目 2010301 名称为“行政运行支出”"), "\(finding.message.zh)")
        #expect(finding.message.en.hasPrefix("Table \(title) code 2010301 is named 行政运行支出"), "\(finding.message.en)")
        #expect(!finding.message.zh.contains("表二"))
        #expect(finding.location.caption == title)
    }

    @Test func theChongqingMunicipalVariantIsNamedByItsOwnNumbers() throws {
        // 表四 is the 财政拨款收支总表 there, and 表八 the “三公” table.
        let seed = try Seeds.year2025.with { $0.tables.threePublicExpenditure?.amounts.total.bump() }
        let municipal = Self.otherFamily(
            seed,
            profile: .chongqingDistrictBudget,
            variant: "municipal",
            [
                .financialSummary: ("表四", "2025年财政拨款收支总体情况表"),
                .threePublicExpenditure: ("表八", "2025年财政拨款“三公”经费支出情况表"),
            ]
        )
        let finding = try #require(Self.errors("A5", municipal).first)
        #expect(finding.message.zh.hasPrefix("表八“2025年财政拨款“三公”经费支出情况表”的“合计”为 "), "\(finding.message.zh)")
        #expect(!finding.message.zh.contains("表四"))
    }

    @Test func aRuleWithoutItsTablesNamesTheMissingOne() throws {
        let seed = try Seeds.year2025.with { $0.tables.threePublicExpenditure = nil }
        #expect(Check.outcome("X7", seed)?.status == .notApplicable)
        #expect(Check.outcome("X7", seed)?.reason?.zh == "缺少表三或表四。")
        let other = Self.otherFamily(seed, [.generalBudgetBasicExpenditure: ("表8", "一般公共预算基本支出表")])
        let reason = try #require(Check.outcome("X7", other)?.reason)
        #expect(reason.zh == "缺少一般公共预算“三公”经费支出表。")
        #expect(reason.en == "\"three public\" expenditure table is missing.")
        #expect(Check.outcome("A5", other)?.reason?.zh == "文档没有一般公共预算“三公”经费支出表。")
    }
}
