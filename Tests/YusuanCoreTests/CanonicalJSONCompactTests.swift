import Foundation
import Testing
import YusuanCore

/// ``CanonicalJSON/encodeCompact(_:)`` writes the bytes of `JSONEncoder` with sorted keys over the `Codable`
/// conformances, for a document in which every optional field is present (and one in which none is), so that each
/// key is checked in its place among its neighbours.
@Suite struct CanonicalJSONCompactTests {
    @Test func everyFieldPresentEncodesAsJSONEncoderDoes() throws {
        let document = Self.fullDocument()
        let compact = CanonicalJSON.encodeCompact(document)
        #expect(
            String(decoding: compact, as: UTF8.self) == String(decoding: try Self.reference(document), as: UTF8.self)
        )
        #expect(try CanonicalJSON.decode(compact) == document)
    }

    @Test func noOptionalFieldEncodesAsJSONEncoderDoes() throws {
        let document = Disclosure(
            identity: DocumentIdentity(departmentCode: nil, departmentName: "", year: -1),
            narrative: Narrative(title: "", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables()
        )
        let compact = CanonicalJSON.encodeCompact(document)
        #expect(
            String(decoding: compact, as: UTF8.self) == String(decoding: try Self.reference(document), as: UTF8.self)
        )
        #expect(try CanonicalJSON.decode(compact) == document)
    }

    @Test(arguments: [
        (Int64(0), 0), (0, 2), (5, 2), (-5, 2), (-282_973, 2), (100, 6), (Int64.max, 0), (Int64.min, 3), (7, 6),
    ])
    func amountsAreWrittenAsTheirPlainText(minorUnits: Int64, scale: Int) throws {
        var document = Self.fullDocument()
        let amount = Amount(minorUnits: minorUnits, scale: scale)
        document.tables.overallPerformance?.budget = amount
        let compact = String(decoding: CanonicalJSON.encodeCompact(document), as: UTF8.self)
        #expect(compact.contains("\"budget\":\"\(amount.plainText)\""))
        #expect(compact == String(decoding: try Self.reference(document), as: UTF8.self))
    }

    /// The reference: the envelope through `JSONEncoder`.
    static func reference(_ disclosure: Disclosure) throws -> Data {
        struct Envelope: Encodable {
            var disclosure: Disclosure
            var format = CanonicalJSON.formatIdentifier
            var schemaVersion = Disclosure.schemaVersion
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Envelope(disclosure: disclosure))
    }

    /// Text with every escape `JSONEncoder` writes, a slash and characters outside the BMP.
    static let awkward = "引号\"反斜杠\\斜杠/换行\n回车\r制表\t退格\u{08}换页\u{0C}控制\u{01}\u{1F}\u{7F} 😀 𠮷"

    static func amount(_ text: String) -> Amount {
        guard let amount = Amount(text) else { preconditionFailure("not an amount: \(text)") }
        return amount
    }

    static func fullDocument() -> Disclosure {
        let sentence = Sentence(text: awkward, line: 3)
        let change = StatedChange(
            direction: .decrease,
            amount: amount("-47.28"),
            comparedWith: "2023 年",
            comparedYear: 2023,
            reason: "原因",
            components: [ComponentChange(label: "基本支出", direction: .increase, amount: amount("66.60"))]
        )
        let part = StatedFigure(label: "部分", amount: amount("1"), unit: .yuan, sentence: Sentence(text: "句"))
        let figure = StatedFigure(
            label: "一般公共预算拨款",
            amount: amount("2829.73"),
            unit: .tenThousandYuan,
            parts: [part],
            change: change,
            usage: "主要用于",
            sentence: sentence
        )
        let count = StatedCount(label: "共有车辆", count: 8, sentence: sentence)
        var facts = NarrativeFacts()
        facts.income = figure
        facts.expenditure = figure
        facts.appropriationIncome = figure
        facts.appropriationExpenditure = figure
        facts.basicExpenditure = figure
        facts.projectExpenditure = figure
        facts.governmentFund = GovernmentFundStatement(
            statesNoExpenditure: true,
            amount: amount("0"),
            sentence: sentence
        )
        facts.threePublic = ThreePublicFacts(
            total: figure,
            abroad: figure,
            reception: figure,
            vehicleOperation: figure,
            vehiclePurchase: figure
        )
        facts.operatingCost = figure
        let split = ProcurementSplit(total: figure, goods: figure, works: figure, services: figure)
        facts.procurement = ProcurementFacts(all: split, generalBudget: split)
        facts.performanceTargetAmount = figure
        facts.assets = AssetFacts(
            asOfYear: 2024,
            asOfMonth: 12,
            vehicles: count,
            generalVehicles: count,
            lawEnforcementVehicles: count,
            plannedPurchases: count
        )
        facts.carryOverStatement = sentence
        let header = TableHeader(
            caption: "表一",
            title: awkward,
            unitLine: "单位：万元",
            note: "备注",
            line: 10,
            noteLine: 11,
            unit: .yuan
        )
        let split3 = ExpenditureSplit(total: amount("3.00"), basic: amount("1.5"), project: amount("-1.500000"))
        let functionTable = FunctionExpenditureTable(
            header: header,
            totalRow: FunctionRow(code: "", name: "合计", amounts: split3, line: 12),
            rows: [FunctionRow(code: "2010301", name: "行政运行", amounts: split3, line: 13)]
        )
        let indicator = PerformanceIndicator(
            name: "指标",
            weight: amount("10"),
            operatorSymbol: "≥",
            value: "99",
            unit: "%",
            isCore: false,
            line: 40
        )
        let sourceRow = SourceBreakdownRow(
            code: "A",
            name: "货物",
            total: amount("2"),
            sources: [amount("2"), nil],
            line: 30
        )
        let sourceTable = SourceBreakdownTable(
            header: header,
            sourceColumns: ["一般公共预算拨款收入", "其他收入"],
            totalRow: sourceRow,
            rows: [sourceRow, sourceRow]
        )
        let tables = DisclosureTables(
            financialSummary: FinancialSummaryTable(
                header: header,
                lines: [
                    FinancialSummaryLine(
                        incomeLabel: "一、本年收入",
                        incomeAmount: amount("1"),
                        expenditureLabel: "一、本年支出",
                        expenditure: FundSplit(
                            total: amount("1"),
                            generalBudget: amount("1"),
                            governmentFund: amount("0"),
                            stateCapital: amount("0")
                        ),
                        line: 14
                    )
                ]
            ),
            generalBudgetExpenditure: functionTable,
            generalBudgetBasicExpenditure: EconomicExpenditureTable(
                header: header,
                totalRow: EconomicRow(
                    code: "",
                    name: "合计",
                    total: amount("1"),
                    personnel: amount("1"),
                    publicUse: amount("0"),
                    line: 15
                ),
                rows: [EconomicRow(code: "301", name: "工资福利支出", total: nil, personnel: nil, publicUse: nil)]
            ),
            threePublicExpenditure: ThreePublicTable(
                header: header,
                yearLabel: "2024年预算数",
                amounts: ThreePublicAmounts(
                    total: amount("1"),
                    abroad: amount("0"),
                    vehicleSubtotal: amount("1"),
                    vehiclePurchase: amount("0"),
                    vehicleOperation: amount("1"),
                    reception: amount("0")
                ),
                line: 16,
                operatingCost: amount("5")
            ),
            governmentFundExpenditure: functionTable,
            departmentSummary: DepartmentSummaryTable(
                header: header,
                lines: [
                    DepartmentSummaryLine(
                        incomeLabel: "合计",
                        incomeAmount: amount("1"),
                        expenditureLabel: "合计",
                        expenditureAmount: amount("1"),
                        line: 17
                    )
                ]
            ),
            departmentIncome: sourceTable,
            departmentExpenditure: functionTable,
            procurement: sourceTable,
            overallPerformance: OverallPerformanceTable(
                header: header,
                departmentLabel: "236-重庆市南岸区政务服务管理办公室",
                budget: amount("100.5"),
                goal: "目标",
                indicators: [indicator, indicator],
                line: 20
            ),
            projectPerformance: [
                ProjectPerformanceTable(
                    header: header,
                    compilingUnit: "编制单位",
                    name: "项目",
                    department: "主管部门",
                    budget: amount("9.99"),
                    overview: "概况",
                    basis: "依据",
                    goal: "目标",
                    indicators: [indicator],
                    line: 50,
                    budgetLine: 51
                )
            ],
            additionalTables: [
                GenericTable(
                    identifier: "jiangsu-04",
                    header: header,
                    columns: ["合计", "基本支出"],
                    rows: [GenericRow(code: "", name: "合计", amounts: [nil, amount("1.0")], line: 60)]
                )
            ]
        )
        return Disclosure(
            identity: DocumentIdentity(
                departmentCode: "236",
                departmentName: "重庆市南岸区政务服务管理办公室",
                year: 2024,
                kind: .finalAccount,
                unit: .yuan,
                wording: .mixed,
                profile: .jiangsuProvincialBudget,
                publication: PublicationDates(approved: "2024-01-20", published: "2024-02-01")
            ),
            narrative: Narrative(
                title: "2024 年部门预算情况说明",
                titleLine: 1,
                blocks: [
                    NarrativeBlock(kind: .heading, text: "一、单位基本情况", line: 2),
                    NarrativeBlock(kind: .subheading, text: awkward),
                    NarrativeBlock(kind: .paragraph, text: "正文", line: -4),
                ],
                facts: facts,
                contact: Contact(label: "部门预算公开联系人", person: "胡家敏", phone: "023-62606765", line: 99)
            ),
            tables: tables,
            layout: LayoutStyle(groupsThousands: true, captionsHaveColon: false, totalLabelInCodeColumn: false)
        )
    }
}
