import Foundation
import Testing
import YusuanCore
import YusuanValidation

@testable import YusuanImport

/// The 决算 narrative read into facts (``FinalAccountFacts``) and checked (F7–F11), on the corpus 决算 of 上海市普陀区
/// 财政局 2024 and on copies of its narrative with one statement changed. The values were read by hand off the PDF
/// (`pdftotext -layout`, 第三部分 情况说明).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct FinalAccountNarrativeTests {
    static func load() throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(PDFFixtures.finalAccount), fileName: "final.pdf")
    }

    /// An amount written in the test (a literal that does not parse gives -1, which no expectation meets).
    static func amount(_ text: String) -> Amount { Amount(text) ?? Amount(-1) }

    // MARK: - Facts

    @Test func totalsSharesAndChanges() throws {
        let facts = try #require(try Self.load().narrative.facts.finalAccount)
        // `收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出…`
        let grand = try #require(facts.grandTotal)
        #expect(grand.amount == Self.amount("2995.39"))
        #expect(grand.change?.direction == .decrease)
        #expect(grand.change?.amount == Self.amount("56.95"))
        #expect(grand.change?.comparedYear == 2023)
        #expect(grand.changePercent == Self.amount("1.87"))
        #expect(grand.change?.reason?.hasPrefix("基本支出中人员进出及退休变化") == true)
        #expect(grand.sentence.line != nil)
        // `本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%`
        let income = try #require(facts.income)
        #expect(income.amount == Self.amount("2946.25"))
        #expect(income.parts.map(\.label) == ["财政拨款收入", "其他收入"])
        #expect(income.parts.map(\.amount) == [Self.amount("2940.05"), Self.amount("6.2")])
        #expect(income.parts.map(\.sharePercent) == [Self.amount("99.79"), Self.amount("0.21")])
        let expenditure = try #require(facts.expenditure)
        #expect(expenditure.amount == Self.amount("2940.05"))
        #expect(expenditure.parts.map(\.label) == ["基本支出", "项目支出"])
        #expect(expenditure.parts.map(\.amount) == [Self.amount("2336.91"), Self.amount("603.14")])
        #expect(expenditure.parts.map(\.sharePercent) == [Self.amount("79.49"), Self.amount("20.51")])
        // `财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。` (the table's 总计 is 2,961.68)
        let appropriation = try #require(facts.appropriationTotal)
        #expect(appropriation.amount == Self.amount("0.3"))
        #expect(appropriation.change?.direction == .unchanged)
        // `一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，…减少63.14万元，下降2.10%。`
        let general = try #require(facts.generalBudgetExpenditure)
        #expect(general.amount == Self.amount("2940.05"))
        #expect(general.sharePercent == Self.amount("100.00"))
        #expect(general.change?.direction == .decrease)
        #expect(general.change?.amount == Self.amount("63.14"))
        #expect(general.changePercent == Self.amount("2.10"))
        let classes = try #require(facts.functionClasses)
        #expect(classes.map(\.label) == ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"])
        #expect(classes.map(\.amount) == ["2106.66", "326.72", "60.99", "445.69"].map(Self.amount))
        #expect(classes.map(\.sharePercent) == ["71.73", "11.11", "2.07", "15.16"].map(Self.amount))
        // `机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因是优化办公环境…`
        let operating = try #require(facts.operatingCost)
        #expect(operating.amount == Self.amount("184.65"))
        #expect(operating.change?.direction == .increase)
        #expect(operating.change?.amount == Self.amount("2.55"))
        #expect(operating.changePercent == Self.amount("1.40"))
        #expect(operating.change?.reason?.hasPrefix("优化办公环境") == true)
        // `一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，…；公用经费184.65万元，…`
        let basic = try #require(facts.basicExpenditure)
        #expect(basic.amount == Self.amount("2336.91"))
        #expect(basic.parts.map(\.label) == ["人员经费", "公用经费"])
        #expect(basic.parts.map(\.amount) == [Self.amount("2152.26"), Self.amount("184.65")])
    }

    @Test func executionByFunctionItem() throws {
        let facts = try #require(try Self.load().narrative.facts.finalAccount)
        // `一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的
        // 主要原因：因年度工作计划安排，个别信息化项目和中介机构服务调减。`
        let general = try #require(facts.generalBudgetExecution)
        #expect(general.budget == Self.amount("2993.92"))
        #expect(general.actual == Self.amount("2940.05"))
        #expect(general.completionPercent == Self.amount("98.20"))
        #expect(general.comparison == .decrease)
        #expect(general.reason?.hasPrefix("因年度工作计划安排") == true)
        // The eleven 项, in published order, with 年初预算 and 支出决算 as printed. The PDF prints each 年初预算 as a
        // run of its own, its box 22 pt high beside text in boxes of 3 pt (`年初预算为` `1560.05` `万元`): the line
        // reader puts it on its line by the shared baseline. Before, it was placed on another line
        // (`局本部人1560.05员经费…年初预算为万元`) and 8 of the 11 年初预算 were not read.
        let items = try #require(facts.itemExecutions)
        let expected: [(String, String, String?, String, ChangeDirection?)] = [
            ("财政事务", "行政运行", "1560.05", "1511.89", .decrease),
            ("财政事务", "一般行政管理事务", "10.00", "10.00", .unchanged),
            ("财政事务", "信息化建设", "135.90", "135.25", .decrease),
            ("财政事务", "财政委托业务支出", "450.52", "449.52", .decrease),
            ("行政事业单位养老支出", "行政单位离退休", "85.55", "84.65", .decrease),
            ("行政事业单位养老支出", "机关事业单位基本养老保险缴费支出", "161.62", "160.75", .decrease),
            ("行政事业单位养老支出", "机关事业单位职业年金缴费支出", "80.81", "80.38", .decrease),
            ("行政事业单位养老支出", "其他行政事业单位养老支出", "0.94", "0.94", .unchanged),
            ("行政事业单位医疗", "行政单位医疗", "62.29", "60.99", .decrease),
            ("住房改革支出", "住房公积金", "187.75", "187.19", .decrease),
            ("住房改革支出", "购房补贴", "258.50", "258.50", .unchanged),
        ]
        #expect(items.count == expected.count)
        for (item, (section, name, budget, actual, comparison)) in zip(items, expected) {
            #expect(item.sectionName == section)
            #expect(item.itemName == name, "\(name)")
            #expect(item.budget == budget.map(Self.amount), "\(name)")
            #expect(item.actual == Self.amount(actual), "\(name)")
            #expect(item.comparison == comparison, "\(name)")
            #expect(item.sentence.line != nil)
        }
        #expect(items.first?.className == "一般公共服务支出")
        #expect(items.first?.reason?.hasPrefix("人员进出及退休变化") == true)
    }

    @Test func threePublicProcurementAssetsAndPerformance() throws {
        let facts = try #require(try Self.load().narrative.facts.finalAccount)
        // `“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为
        // 0.00万元，完成预算的0%；公务用车购置及运行维护费支出决算为0.00万元，完成预算的0%；公务接待费支出决算为0.00万元，
        // 完成预算的0%。2024年度“三公”经费支出决算数小于预算数的主要原因：当年度无“三公”经费支出。`
        let three = try #require(facts.threePublic)
        #expect(three.total?.budget == Self.amount("0.95"))
        #expect(three.total?.actual == Self.amount("0.00"))
        #expect(three.total?.completionPercent == Self.amount("0"))
        #expect(three.total?.comparison == .decrease)
        #expect(three.total?.reason?.hasPrefix("当年度无") == true)
        for item in [three.abroad, three.vehicles, three.reception] {
            #expect(item?.actual == Self.amount("0.00"))
            #expect(item?.completionPercent == Self.amount("0"))
            #expect(item?.budget == nil)
        }
        // `政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额
        // 246.47万元。…面向中小企业预留政府采购项目预算金额246.47万元，面向小微企业预留政府采购项目预算金额0万元。…
        // 由中小企业供应商中标或成交的，采购金额246.47万元；…由中小企业供应商中标或成交的，采购金额4.79万元。`
        let procurement = try #require(facts.procurement)
        #expect(procurement.total?.amount == Self.amount("251.25"))
        #expect(procurement.goods?.amount == Self.amount("4.79"))
        #expect(procurement.works?.amount == Self.amount("0"))
        #expect(procurement.services?.amount == Self.amount("246.47"))
        #expect(procurement.reservedForSmallAndMediumFirms?.amount == Self.amount("246.47"))
        #expect(procurement.reservedForSmallFirms?.amount == Self.amount("0"))
        #expect(procurement.awardedToSmallAndMediumFirms?.map(\.amount) == ["246.47", "4.79"].map(Self.amount))
        // `截至2024年12月31日，…共有车辆0辆，…单价100万元（含）以上设备（不含车辆）2台（套）。`
        let assets = try #require(facts.assets)
        #expect(assets.asOfYear == 2024)
        #expect(assets.vehicles?.count == 0)
        #expect(assets.costlyEquipment?.count == 2)
        #expect(assets.equipmentThreshold == Self.amount("100"))
        // `编报绩效目标的2024年度项目4个，涉及预算金额598.42万元；绩效跟踪评价的…4个，…598.42万元；绩效自评的…4个，…
        // 598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个；…“良”的项目0个；…“合格”的项目0个；…“不合格”的
        // 项目0个。绩效自评中共发现问题0个，已经完成整改的0个，正在整改的0个）。`
        let performance = try #require(facts.performance)
        for stage in [performance.targets, performance.tracking, performance.selfEvaluation] {
            #expect(stage?.projects == 4)
            #expect(stage?.amount == Self.amount("598.42"))
        }
        #expect(performance.averageScore == Self.amount("99.43"))
        #expect(performance.grades == [4, 0, 0, 0])
        #expect(performance.problemsFound == 0)
        #expect(performance.problemsFixed == 0)
        #expect(performance.problemsBeingFixed == 0)
        #expect(performance.sentence.line != nil)
    }

    @Test func canonicalJSONKeepsTheFacts() throws {
        let document = try Self.load()
        let data = try CanonicalJSON.encode(document)
        #expect(try CanonicalJSON.decode(data) == document)
        // The hand-written compact writer gives the bytes of JSONEncoder (sorted keys) for the new facts too.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        struct Envelope: Encodable {
            var disclosure: Disclosure
            var format = CanonicalJSON.formatIdentifier
            var schemaVersion = Disclosure.schemaVersion
        }
        #expect(CanonicalJSON.encodeCompact(document) == (try encoder.encode(Envelope(disclosure: document))))
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"finalAccount\""))
        #expect(text.contains("\"completionPercent\" : \"98.20\""))
    }

    @Test func theBlankTemplateStatesNoFigures() throws {
        let document = try DocumentImporter.importDocument(
            data: PDFFixtures.data("shanghai-final-account-template-2024.pdf"),
            fileName: "template.pdf"
        )
        // `XXX 万元` is no amount: the template's 项 headings are read, without figures.
        let facts = document.narrative.facts.finalAccount
        #expect(facts?.grandTotal == nil)
        #expect(facts?.generalBudgetExecution == nil)
        #expect(facts?.itemExecutions?.allSatisfy { $0.budget == nil && $0.actual == nil } ?? true)
        let report = Validator().validate(document)
        for id in ["F7", "F8", "F9", "F10", "F11"] {
            let outcome = try #require(report.outcomes.first { $0.ruleID == id })
            #expect(outcome.findings.isEmpty, "\(id)")
            #expect(outcome.status == .insufficientData, "\(id)")
        }
    }

    // MARK: - Rules on the corpus document

    /// The corpus 决算 passes F7, F10 and F11 and has two real defects, checked by hand:
    /// - `一般公共服务支出（类）2106.66万元，占71.73%`: 2106.66 / 2940.05 = 71.65%, and the four stated shares add up to
    ///   100.07% (F8);
    /// - `财政拨款收入支出总计0.3万元`: the 财政拨款收入支出决算总表 prints 总计 2,961.68 (F9).
    @Test func rulesOnTheCorpusFinalAccount() throws {
        let report = Validator().validate(try Self.load())
        func outcome(_ id: String) throws -> RuleOutcome { try #require(report.outcomes.first { $0.ruleID == id }) }
        #expect(try outcome("F7").status == .passed)
        #expect(try outcome("F10").status == .passed)
        #expect(try outcome("F11").status == .passed)
        let shares = try outcome("F8").findings
        #expect(shares.count == 1)
        #expect(shares.first?.severity == .error)
        #expect(shares.first?.actual == Self.amount("71.73"))
        #expect(shares.first?.message.zh.contains("71.65%") == true)
        #expect(shares.first?.location.line != nil)
        let tables = try outcome("F9").findings
        #expect(tables.count == 1)
        #expect(tables.first?.severity == .error)
        #expect(tables.first?.actual == Self.amount("0.3"))
        #expect(tables.first?.expected == Self.amount("2961.68"))
        #expect(tables.first?.location.sentence?.contains("财政拨款收入支出总计0.3万元") == true)
    }

    // MARK: - Rules on changed statements

    /// The corpus document with one narrative statement changed, its facts read again.
    static func changed(_ replacements: [(String, String)]) throws -> Disclosure {
        var document = try load()
        var blocks = document.narrative.blocks
        for (old, new) in replacements {
            let index = try #require(blocks.firstIndex { $0.text.contains(old) }, "\(old)")
            blocks[index].text = blocks[index].text.replacingOccurrences(of: old, with: new)
        }
        document.narrative.blocks = blocks
        document.narrative.facts = PDFNarrativeFacts.extractFinalAccount(from: blocks)
        return document
    }

    static func findings(_ id: String, _ document: Disclosure) -> [Finding] {
        Validator().validate(document).outcomes.first { $0.ruleID == id }?.findings.filter { $0.severity == .error }
            ?? []
    }

    @Test func aChangedCompletionRateIsAnErrorAtItsLine() throws {
        let original = try Self.load()
        let line = try #require(original.narrative.facts.finalAccount?.generalBudgetExecution?.sentence.line)
        let document = try Self.changed([("完成年初预算的98.20%", "完成年初预算的96.20%")])
        let errors = Self.findings("F7", document)
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == line)
        #expect(errors.first?.actual == Self.amount("96.20"))
        #expect(errors.first?.message.zh.contains("98.20%") == true)
        // 98.19% is outside the rounding of 2940.05 / 2993.92 = 98.2007…%, too.
        #expect(Self.findings("F7", try Self.changed([("完成年初预算的98.20%", "完成年初预算的98.19%")])).count == 1)
    }

    @Test func aThreePublicActualThatDisagreesWithTheTable() throws {
        let document = try Self.changed([("公务接待费支出决算为0.00万元", "公务接待费支出决算为0.50万元")])
        let errors = Self.findings("F10", document)
        #expect(errors.count == 1)
        #expect(errors.first?.actual == Self.amount("0.50"))
        #expect(errors.first?.location.sentence?.contains("公务接待费") == true)
        // And its completion rate: 0.50 of the table's 预算数 0.95 is not 0%.
        #expect(Self.findings("F7", document).count == 1)
        // A 年初预算 that is not the table's 预算数.
        let budget = try Self.changed([("年初预算为0.95万元", "年初预算为1.95万元")])
        #expect(Self.findings("F10", budget).map(\.actual) == [Self.amount("1.95")])
    }

    @Test func gradesThatDoNotSumToTheSelfEvaluatedProjects() throws {
        let document = try Self.changed([("“良”的项目0个", "“良”的项目1个")])
        let errors = Self.findings("F11", document)
        #expect(errors.count == 1)
        #expect(errors.first?.expected == Amount(4))
        #expect(errors.first?.actual == Amount(5))
        let fixed = try Self.changed([("已经完成整改的0个", "已经完成整改的2个")])
        #expect(Self.findings("F11", fixed).count == 1)
        let score = try Self.changed([("平均得分99.43分", "平均得分199.43分")])
        #expect(Self.findings("F11", score).count == 1)
    }

    @Test func changesAndComparisonsThatDoNotFollow() throws {
        // 56.95 against 2995.39 + 56.95 is 1.87%, not 2.87%.
        let percent = try Self.changed([("下降1.87%", "下降2.87%")])
        let errors = Self.findings("F8", percent).filter { $0.actual == Self.amount("2.87") }
        #expect(errors.count == 1)
        // `决算数小于预算数` while the stated 决算 is above the 年初预算 135.90 (and not the table's 135.25).
        let above = try Self.changed([("支出决算为135.25万", "支出决算为136.25万")])
        #expect(Self.findings("F8", above).contains { $0.actual == Self.amount("136.25") })
        #expect(Self.findings("F9", above).contains { $0.actual == Self.amount("136.25") })
        // 人员经费 + 公用经费 no longer adds up to 基本支出.
        let split = try Self.changed([("人员经费2152.26万元", "人员经费2150.26万元")])
        #expect(Self.findings("F8", split).contains { $0.expected == Self.amount("2334.91") })
    }

    @Test func narrativeTotalsAgainstTheTables() throws {
        let document = try Self.changed([("本年收入合计2946.25万元", "本年收入合计2949.25万元")])
        let errors = Self.findings("F9", document).filter { $0.actual == Self.amount("2949.25") }
        #expect(errors.count == 1)
        #expect(errors.first?.expected == Self.amount("2946.25"))
        #expect(errors.first?.related?.caption != nil)
    }
}
