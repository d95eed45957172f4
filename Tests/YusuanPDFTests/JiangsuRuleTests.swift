import Testing
import YusuanCore
import YusuanValidation

/// The Jiangsu rules on a small hand-made document of the template (no PDF needed).
struct JiangsuRuleTests {
    static func header(_ number: Int, _ title: String) -> TableHeader {
        TableHeader(
            caption: "公开" + (number < 10 ? "0" : "") + String(number) + "表",
            title: title,
            unitLine: "单位：万元",
            unit: .tenThousandYuan
        )
    }

    static func row(_ name: String, _ amounts: String?..., code: String = "") -> GenericRow {
        GenericRow(code: code, name: name, amounts: amounts.map { $0.flatMap(Amount.init) })
    }

    static func document() -> Disclosure {
        let summary = GenericTable(
            identifier: "jiangsu-01",
            header: header(1, "收支预算总表"),
            columns: ["收入金额", "功能分类金额", "支出用途金额"],
            rows: [
                row("一、财政拨款 | 一、公共安全支出 | 一、基本支出", "100.00", "70.00", "60.00"),
                row("1.一般公共预算 | 二、住房保障支出 | 二、项目支出", "100.00", "30.00", "40.00"),
                row("2.政府性基金预算 |  | ", nil, nil, nil),
                row("当年收入小计 | 当年支出小计 | ", "100.00", nil, "100.00"),
                row("收入合计 | 支出合计 | ", "100.00", nil, "100.00"),
            ]
        )
        let expenditure = GenericTable(
            identifier: "jiangsu-03",
            header: header(3, "支出预算总表"),
            columns: ["合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"],
            rows: [row("", "100.00", "60.00", "40.00", nil, nil)]
        )
        let meetings = GenericTable(
            identifier: "jiangsu-09",
            header: header(9, "“三公”经费、会议费、培训费支出预算表"),
            columns: ["合计", "会议费", "培训费"],
            rows: [row("", "15.00", "2.00", "3.00")]
        )
        let operating = GenericTable(
            identifier: "jiangsu-11",
            header: header(11, "一般公共预算机关运行经费支出预算表"),
            columns: ["机关运行经费支出"],
            rows: [row("合计", "10.00"), row("商品和服务支出", "10.00", code: "302"), row("办公费", "10.00", code: "30201")]
        )
        var fundHeader = header(10, "政府性基金预算财政拨款支出预算表")
        fundHeader.note = "此表为空\n注：“科目编码”和“科目名称”为必填项"
        let narrative = [
            "单位预留机动经费预算数为0万元。基本支出预算数为60万元。",
            "省检察院2019年度一般公共预算拨款安排的会议费预算支出2万元。",
            "2019年省检察院一般公共预算机关运行经费预算支出10万元，与上年持平。",
            "省检察院无政府性基金预算相关收支项目。",
        ]
        return Disclosure(
            identity: DocumentIdentity(
                departmentCode: nil,
                departmentName: "江苏省人民检察院",
                year: 2019,
                unit: .tenThousandYuan,
                profile: .jiangsuProvincialBudget
            ),
            narrative: Narrative(
                title: "江苏省人民检察院2019年度部门预算公开",
                blocks: narrative.enumerated().map {
                    NarrativeBlock(kind: .paragraph, text: $0.element, line: $0.offset + 1)
                },
                facts: NarrativeFacts()
            ),
            tables: DisclosureTables(
                threePublicExpenditure: ThreePublicTable(
                    header: header(9, "“三公”经费、会议费、培训费支出预算表"),
                    yearLabel: nil,
                    amounts: ThreePublicAmounts(
                        total: Amount("10.00"),
                        abroad: Amount("5.00"),
                        vehicleSubtotal: nil,
                        vehiclePurchase: nil,
                        vehicleOperation: nil,
                        reception: Amount("5.00")
                    )
                ),
                governmentFundExpenditure: FunctionExpenditureTable(header: fundHeader, totalRow: nil, rows: []),
                additionalTables: [summary, expenditure, meetings, operating]
            )
        )
    }

    static func status(_ id: String, _ document: Disclosure) -> RuleOutcome.Status? {
        Validator().validate(document).outcomes.first { $0.ruleID == id }?.status
    }

    @Test(arguments: ["JS-A1", "JS-A2", "JS-A3", "JS-A4", "JS-X1", "JS-N1", "JS-N2", "JS-EMPTY"])
    func consistentDocumentPasses(_ id: String) {
        let report = Validator().validate(Self.document())
        let outcome = report.outcomes.first { $0.ruleID == id }
        #expect(outcome?.status == .passed, "\(id): \(outcome?.findings.map(\.message.zh) ?? [])")
    }

    @Test func shanghaiDocumentsDoNotRunThem() {
        var document = Self.document()
        document.identity.profile = .shanghaiDistrictBudget
        #expect(Self.status("JS-A1", document) == .notApplicable)
        #expect(Self.status("JS-R1", document) == .notApplicable)
        document.identity.profile = .jiangsuProvincialBudget
        #expect(Self.status("A3", document) == .notApplicable)
        #expect(Self.status("X2", document) == .notApplicable)
    }

    @Test func unbalancedSummaryFails() {
        var document = Self.document()
        document.tables.additionalTables![0].rows[1].amounts[2] = Amount("41.00")
        #expect(Self.status("JS-A1", document) == .failed)
        #expect(Self.status("JS-X1", document) == .failed)  // 公开03表 项目支出 is 40.00
    }

    @Test func meetingTrainingTotalFails() {
        var document = Self.document()
        document.tables.additionalTables![2].rows[0].amounts[0] = Amount("16.00")
        #expect(Self.status("JS-A4", document) == .failed)
    }

    @Test func narrativeFiguresAreCompared() {
        var document = Self.document()
        document.narrative.blocks[0].text = "基本支出预算数为61万元。"
        document.narrative.blocks[2].text = "一般公共预算机关运行经费预算支出11万元。"
        #expect(Self.status("JS-N1", document) == .failed)
        #expect(Self.status("JS-N2", document) == .failed)
    }

    @Test func emptyMarkMustBeForTheRightFund() {
        var document = Self.document()
        document.narrative.blocks[3].text = "省检察院无国有资本经营预算相关收支项目。"
        #expect(Self.status("JS-EMPTY", document) == .failed)
        document = Self.document()
        document.tables.additionalTables![0].rows[2].amounts[0] = Amount("5.00")  // 政府性基金 income
        #expect(Self.status("JS-EMPTY", document) == .failed)
    }
}

/// The Jiangsu rules on the parts of a disclosure published as two files, on tables not read with certainty, and on
/// narrative sentences that are not the figures they name.
struct JiangsuPartRuleTests {
    static func status(_ id: String, _ document: Disclosure) -> RuleOutcome.Status? {
        JiangsuRuleTests.status(id, document)
    }

    /// The narrative file alone: the tables are in the other file, so the table rules have no data — no
    /// “missing table” errors.
    @Test func narrativePartHasNoMissingTables() {
        var document = JiangsuRuleTests.document()
        document.tables = DisclosureTables()
        document.parts = [DocumentPart(file: "n.pdf", content: .narrative, firstLine: 1, lineCount: 40)]
        #expect(Self.status("JS-R1", document) == .insufficientData)
        #expect(Self.status("R1", document) == .insufficientData)
        let errors = Validator().validate(document).outcomes.flatMap(\.findings).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.ruleID): \($0.message.zh)" })")
        // The same document without parts is a whole disclosure missing its tables.
        document.parts = nil
        #expect(Self.status("JS-R1", document) == .failed)
        #expect(Self.status("R1", document) == .failed)
    }

    /// The tables file alone: the narrative is in the other file, so JS-N2 does not ask it for 机关运行经费 and
    /// JS-EMPTY does not ask it to explain the empty fund table.
    @Test func tablesPartDoesNotAskForTheNarrative() {
        var document = JiangsuRuleTests.document()
        document.narrative.blocks = []
        document.parts = [DocumentPart(file: "t.pdf", content: .tables, firstLine: 1, lineCount: 300)]
        #expect(Self.status("JS-N2", document) == .insufficientData)
        #expect(Self.status("JS-EMPTY", document) == .passed)
        let findings = Validator().validate(document).outcomes.flatMap(\.findings)
        #expect(!findings.contains { $0.ruleID == "JS-N2" || $0.ruleID == "JS-EMPTY" })
        // The same tables in a whole disclosure without a narrative: both ask for it.
        document.parts = nil
        #expect(Self.status("JS-N2", document) == .failed)
        #expect(Self.status("JS-EMPTY", document) == .failed)
    }

    /// A table found but not read with certainty: no rule reads it, and it is not missing.
    @Test func uncertainTableIsNotRead() {
        var document = JiangsuRuleTests.document()
        document.tables.additionalTables![1].rows[0].amounts[1] = Amount("61.00")  // 支出预算总表, 基本支出
        #expect(Self.status("JS-A2", document) == .failed)
        document.tables.readingIssues = [
            TableReadingIssue(
                table: "jiangsu-03",
                caption: "公开03表",
                title: "支出预算总表",
                line: nil,
                reason: "金额 61.00 位于“合计”与“基本支出”两列之间",
                reasonEnglish: "the amount 61.00 stands between 合计 and 基本支出"
            )
        ]
        #expect(Self.status("JS-A2", document) == .notApplicable)
        #expect(Self.status("JS-X1", document) == .passed)
        #expect(
            !(Validator().validate(document).outcomes.first { $0.ruleID == "JS-R1" }?.findings ?? []).contains {
                $0.message.zh.contains("支出预算总表")
            }
        )
        // A typed table kept generic for a reading issue is not missing for R1 either.
        let header = JiangsuRuleTests.header(7, "一般公共预算支出预算表")
        func missingGeneralBudget() -> Bool {
            (Validator().validate(document).outcomes.first { $0.ruleID == "R1" }?.findings ?? []).contains {
                $0.location.table == .generalBudgetExpenditure
            }
        }
        #expect(missingGeneralBudget())
        document.tables.readingIssues?.append(
            TableReadingIssue(
                table: TableKind.generalBudgetExpenditure.identifier,
                caption: header.caption,
                title: header.title,
                line: nil,
                reason: "一行有2个金额",
                reasonEnglish: "a line holds 2 amounts"
            )
        )
        #expect(!missingGeneralBudget())
    }

    /// `…等原因，增加基本支出844.15万元` states a change, and `财政专户管理资金收入预算总计0万元` one source's income:
    /// neither is the table's 基本支出 or 收入合计 (江苏省人大常委会办公厅 2017 and 2018 reported false JS-N1 errors).
    @Test func changesAndSourceTotalsAreNotTheFigures() {
        var document = JiangsuRuleTests.document()
        document.narrative.blocks[0].text = "主要原因是政策性增资等原因，增加基本支出 844.15 万元。基本支出预算数为60万元。"
        document.narrative.blocks.append(
            NarrativeBlock(kind: .paragraph, text: "2．财政专户管理资金收入预算总计0万元。收入预算总计100万元。", line: 9)
        )
        #expect(Self.status("JS-N1", document) == .passed)
        document.narrative.blocks[0].text = "基本支出预算数为61万元。"
        #expect(Self.status("JS-N1", document) == .failed)
    }

    /// Until 2017 the 机关运行经费 counted operating costs within projects (the 2017 narratives say so), so its table
    /// may exceed 基本支出; from 2018 it is within 一般公共预算基本支出预算表.
    @Test func operatingCostsWithinBasicExpenditureFrom2018() {
        var document = JiangsuRuleTests.document()
        document.tables.generalBudgetBasicExpenditure = EconomicExpenditureTable(
            header: JiangsuRuleTests.header(8, "一般公共预算基本支出预算表（经济科目）"),
            totalRow: EconomicRow(code: "", name: "合计", total: Amount("60.00"), personnel: nil, publicUse: nil),
            rows: [
                EconomicRow(code: "302", name: "商品和服务支出", total: Amount("5.00"), personnel: nil, publicUse: nil),
                EconomicRow(code: "30201", name: "办公费", total: Amount("5.00"), personnel: nil, publicUse: nil),
            ]
        )
        let errors = { (document: Disclosure) in
            Validator().validate(document).outcomes.first { $0.ruleID == "JS-X1" }?.findings
                .filter { $0.message.zh.contains("机关运行经费") } ?? []
        }
        #expect(!errors(document).isEmpty)  // 2019: 10.00 is more than 5.00
        document.identity.year = 2017
        #expect(errors(document).isEmpty)
    }
}
