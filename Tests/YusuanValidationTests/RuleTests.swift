import Testing
import YusuanCore
import YusuanTestSupport

@testable import YusuanValidation

/// One case per rule: the 2024 seed passes it (or it does not apply), the mutated seed fails it with the
/// rule's severity.
struct RuleCase: Sendable, CustomStringConvertible {
    var id: String
    var severity: Severity
    var mutate: @Sendable (inout Disclosure) -> Void

    var description: String { id }
}

struct RuleTests {
    static func index(_ rows: [FunctionRow], _ code: String) -> Int { rows.firstIndex { $0.code == code } ?? 0 }

    static let cases: [RuleCase] = [
        RuleCase(id: "A1", severity: .error) { d in
            let i = index(d.tables.generalBudgetExpenditure?.rows ?? [], "2010301")
            d.tables.generalBudgetExpenditure?.rows[i].amounts.total.bump()
        },
        RuleCase(id: "A2", severity: .error) { d in
            d.tables.generalBudgetExpenditure?.totalRow?.amounts.total.bump()
        },
        RuleCase(id: "A3", severity: .error) { d in
            let i = index(d.tables.departmentExpenditure?.rows ?? [], "2010350")
            d.tables.departmentExpenditure?.rows[i].amounts.project = Check.one
        },
        RuleCase(id: "A4", severity: .error) { d in
            d.tables.generalBudgetBasicExpenditure?.totalRow?.personnel.bump()
        },
        RuleCase(id: "A5", severity: .error) { d in
            d.tables.threePublicExpenditure?.amounts.reception.bump()
        },
        RuleCase(id: "A6", severity: .error) { d in
            d.tables.financialSummary?.lines[0].incomeAmount.bump()
        },
        RuleCase(id: "A7", severity: .error) { d in
            d.tables.departmentSummary?.lines[0].incomeAmount.bump()
        },
        RuleCase(id: "A8", severity: .error) { d in
            d.tables.departmentIncome?.rows[0].sources[0].bump()
        },
        RuleCase(id: "A9", severity: .error) { d in
            d.tables.procurement?.rows[0].total.bump()
        },
        RuleCase(id: "A10", severity: .error) { d in
            d.tables.projectPerformance[0].indicators[0].weight.bump()
        },
        RuleCase(id: "A11", severity: .error) { d in
            d.tables.generalBudgetExpenditure?.rows[0].amounts.total.negate()
        },
        RuleCase(id: "X1", severity: .error) { d in
            let line = d.tables.financialSummary?.lines.firstIndex { $0.expenditureLabel == "一般公共服务支出" } ?? 1
            d.tables.financialSummary?.lines[line].expenditure.generalBudget.bump()
        },
        RuleCase(id: "X2", severity: .error) { d in
            d.tables.generalBudgetBasicExpenditure?.totalRow?.total.bump()
        },
        RuleCase(id: "X3", severity: .error) { d in
            let i = index(d.tables.departmentExpenditure?.rows ?? [], "2010301")
            d.tables.departmentExpenditure?.rows[i].amounts.basic.bump()
        },
        RuleCase(id: "X4", severity: .error) { d in
            d.tables.departmentIncome?.rows[2].total.bump()
        },
        RuleCase(id: "X5", severity: .error) { d in
            d.tables.departmentSummary?.lines[1].incomeAmount.bump()
        },
        RuleCase(id: "X6", severity: .error) { d in
            d.tables.financialSummary?.lines[0].expenditure.governmentFund = Amount("5.00")
        },
        RuleCase(id: "X7", severity: .error) { d in d.tables.threePublicExpenditure?.amounts.reception = Amount("0.50")
        },
        RuleCase(id: "X8", severity: .error) { d in d.tables.procurement?.totalRow?.total = Amount("5000.00") },
        RuleCase(id: "X9", severity: .error) { d in
            d.tables.projectPerformance[0].budget.bump()
        },
        RuleCase(id: "X10", severity: .error) { d in
            d.tables.overallPerformance?.budget.bump()
        },
        RuleCase(id: "X11", severity: .warning) { d in d.tables.departmentExpenditure?.rows[3].name = "行政运行费" },
        RuleCase(id: "N1", severity: .error) { d in d.narrative.facts.income?.amount = Amount("1.00") ?? Amount(1) },
        RuleCase(id: "N2", severity: .error) { d in
            d.narrative.facts.expenditure?.parts[0].amount = Amount("1.00") ?? Amount(1)
        },
        RuleCase(id: "N3", severity: .error) { d in
            d.narrative.facts.basicExpenditure?.amount = Amount("1.00") ?? Amount(1)
        },
        RuleCase(id: "N4", severity: .error) { d in
            d.narrative.facts.expenditure?.change?.amount.bump()
        },
        RuleCase(id: "N6", severity: .error) { d in
            d.narrative.facts.threePublic?.reception?.amount = Amount("3.00") ?? Amount(3)
        },
        RuleCase(id: "N7", severity: .warning) { d in
            d.narrative.facts.basicExpenditure?.change?.reason = nil
            d.narrative.facts.basicExpenditure?.change?.components = []
        },
        RuleCase(id: "N8", severity: .error) { d in
            d.narrative.facts.procurement?.all?.works?.amount = Amount("1.00") ?? Amount(1)
        },
        RuleCase(id: "N9", severity: .error) { d in
            d.narrative.facts.performanceTargetAmount?.amount = Amount("1.00") ?? Amount(1)
        },
        RuleCase(id: "N10", severity: .warning) { d in d.narrative.facts.operatingCost = nil },
        RuleCase(id: "N11", severity: .warning) { d in d.narrative.facts.assets?.vehicles?.count = 0 },
        RuleCase(id: "N12", severity: .error) { d in
            d.tables.governmentFundExpenditure?.totalRow?.amounts.total = Amount("3.00")
        },
        RuleCase(id: "N14", severity: .warning) { d in d.narrative.facts.income?.unit = .yuan },
        RuleCase(id: "C1", severity: .error) { d in
            d.tables.generalBudgetExpenditure?.rows.append(Check.row("20301", "军费", nil, nil, nil))
        },
        RuleCase(id: "C2", severity: .warning) { d in
            let i = index(d.tables.generalBudgetExpenditure?.rows ?? [], "2010301")
            d.tables.generalBudgetExpenditure?.rows[i].name = "行政运行经费"
        },
        RuleCase(id: "C3", severity: .error) { d in
            d.tables.generalBudgetExpenditure?.rows.removeAll { $0.code.hasPrefix("22102") && $0.code.count == 7 }
        },
        RuleCase(id: "C4", severity: .error) { d in
            let i = d.tables.generalBudgetBasicExpenditure?.rows.firstIndex { $0.code == "30201" } ?? 0
            d.tables.generalBudgetBasicExpenditure?.rows[i].personnel = Amount("63.68")
            d.tables.generalBudgetBasicExpenditure?.rows[i].publicUse = nil
        },
        RuleCase(id: "C5", severity: .error) { d in
            d.tables.generalBudgetExpenditure?.rows.append(Check.row("101", "税收收入", nil, nil, nil))
        },
        RuleCase(id: "C6", severity: .warning) { d in
            d.tables.generalBudgetBasicExpenditure?.rows.append(
                EconomicRow(code: "310", name: "资本性支出（基本建设）", total: nil, personnel: nil, publicUse: nil)
            )
        },
        RuleCase(id: "R1", severity: .error) { d in d.tables.procurement = nil },
        RuleCase(id: "R-EMPTY", severity: .error) { d in d.tables.governmentFundExpenditure?.header.note = nil },
        RuleCase(id: "R2", severity: .warning) { d in d.narrative.contact = nil },
        RuleCase(id: "R3", severity: .error) { d in
            d.tables.threePublicExpenditure?.amounts.vehicleOperation = nil
            d.tables.threePublicExpenditure?.amounts.vehiclePurchase = nil
        },
        RuleCase(id: "R4", severity: .error) { d in
            d.identity.publication = PublicationDates(approved: "2024-01-10", published: "2024-02-15")
        },
        RuleCase(id: "R5", severity: .info) { d in d.narrative.contact?.label = "单位预算公开联系人" },
        RuleCase(id: "R6", severity: .warning) { d in d.narrative.blocks[2].text += "XX" },
        RuleCase(id: "R7", severity: .warning) { d in d.narrative.facts.assets?.asOfYear = 2022 },
        RuleCase(id: "R8", severity: .warning) { d in
            d.tables.readingIssues = [
                TableReadingIssue(
                    table: TableKind.threePublicExpenditure.identifier,
                    caption: "表四",
                    title: "一般公共预算“三公”经费支出表",
                    line: 3,
                    reason: "“0.83”跨在两列之间",
                    reasonEnglish: "'0.83' stands across two columns"
                )
            ]
        },
        RuleCase(id: "P1", severity: .error) { d in d.tables.projectPerformance = [] },
        RuleCase(id: "P2", severity: .warning) { d in d.tables.projectPerformance[0].indicators[0].weight = nil },
        RuleCase(id: "P3", severity: .warning) { d in
            for i in d.tables.projectPerformance[0].indicators.indices {
                d.tables.projectPerformance[0].indicators[i].isCore = false
            }
        },
        RuleCase(id: "P4", severity: .warning) { d in d.tables.projectPerformance[1].indicators[0].operatorSymbol = "约"
        },
        RuleCase(id: "P5", severity: .warning) { d in d.tables.projectPerformance[1].indicators[0].value = "提高" },
        RuleCase(id: "P7", severity: .error) { d in
            var evaluation = SelfEvaluationSample.table()
            evaluation.totalScore = Amount("85.30")
            d.tables.projectSelfEvaluations = [evaluation]
        },
        RuleCase(id: "P9", severity: .warning) { d in d.tables.overallPerformance?.goal = "" },
        RuleCase(id: "N15", severity: .error) { d in
            d.narrative.blocks.append(
                NarrativeBlock(kind: .paragraph, text: "政府性基金拨款支出预算0万元，比2023年预算增加12.50万元。", line: 1)
            )
        },
        RuleCase(id: "N16", severity: .error) { d in d.tables.threePublicExpenditure?.operatingCost = Amount("1.00") },
        RuleCase(id: "R-EMPTY-FUND", severity: .error) { d in
            d.tables.governmentFundExpenditure?.header.note = "本部门无国有资本经营预算收支，故此表无数据。"
        },
        // The seeds have no per-项 statements: the mutation adds one (ItemStatementRuleTests has the other cases).
        RuleCase(id: "N17", severity: .error) { d in
            d.narrative.facts.itemStatements = [
                itemStatement(x: "167.09", prior: "160.00", y: "176.09", percent: "4.43")
            ]
        },
        RuleCase(id: "N18", severity: .error) { d in
            d.narrative.facts.itemStatements = [
                itemStatement(x: "168.09", prior: "160.00", y: "168.09", percent: "5.06")
            ]
        },
        RuleCase(id: "N19", severity: .error) { d in
            d.narrative.facts.itemStatements = [
                itemStatement(x: "167.09", prior: "160.00", y: "167.09", percent: "5.43")
            ]
        },
        RuleCase(id: "N20", severity: .error) { d in
            d.narrative.facts.itemStatements = [
                itemStatement(x: "167.09", prior: "1600.00", y: "167.09", percent: "4.43")
            ]
        },
    ]

    /// A per-项 statement of 表二's 2010301 行政运行 (167.09 in the 2024 seed).
    static func itemStatement(x: String, prior: String, y: String, percent: String) -> ItemStatement {
        ItemStatement(
            code: "2010301",
            className: "一般公共服务支出",
            sectionName: "政府办公厅（室）及相关机构事务",
            itemName: "行政运行",
            amount: Amount(x),
            priorYear: 2023,
            priorAmount: Amount(prior),
            priorLabel: "预算执行数",
            budgetAmount: Amount(y),
            direction: .increase,
            statedPercent: Amount(percent),
            sentence: Sentence(text: "行政运行\(x)万元。", line: 1)
        )
    }

    @Test(arguments: cases)
    func seedPassesAndMutationFails(_ rule: RuleCase) throws {
        let seed = try Seeds.year2024
        let before = try #require(Check.outcome(rule.id, seed))
        #expect(
            [.passed, .notApplicable, .insufficientData].contains(before.status),
            "\(rule.id) on the seed: \(before.findings.map(\.message.zh))"
        )
        #expect(before.findings.allSatisfy { $0.severity == .info })
        let mutated = seed.with(rule.mutate)
        let after = try #require(Check.outcome(rule.id, mutated))
        #expect(Check.worst(rule.id, mutated) == rule.severity, "\(rule.id): \(after.findings.map(\.message.zh))")
        #expect(after.status == (rule.severity == .info ? .passed : .failed))
        let descriptor = try #require(RuleCatalogue.standard.descriptor(id: rule.id))
        #expect(after.findings.allSatisfy { $0.severity <= descriptor.severity })
        #expect(after.findings.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
    }

    @Test func everyRuleHasACase() {
        // F1 … F6 apply to 决算 only: YusuanPDFTests/ProfileRuleTests and FinalAccountRuleTests cover them.
        let covered = Set(Self.cases.map(\.id)).union([
            "N5", "N13", "P6", "F1", "F2", "F3", "F4", "F5", "F6",
        ])
        // P8 needs the budget beside the document: SelfEvaluationRuleTests.
        .union(["P8"])
        // F7 … F11, the 决算 narrative rules: YusuanPDFTests/FinalAccountNarrativeTests.
        .union(["F7", "F8", "F9", "F10", "F11"])
        // The Jiangsu rules: YusuanPDFTests/JiangsuBudgetTests and JiangsuRuleTests.
        .union(["JS-A1", "JS-A2", "JS-A3", "JS-A4", "JS-A5", "JS-X1", "JS-N1", "JS-N2", "JS-EMPTY", "JS-R1"])
        #expect(covered == Set(RuleCatalogue.standard.rules.map(\.id)))
    }
}
