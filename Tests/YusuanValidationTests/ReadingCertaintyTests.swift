import Testing
import YusuanCore

@testable import YusuanValidation

/// No error without a certain reading (docs/VALIDATION.md): a table not read with certainty is a warning and its
/// rules lack data; a figure printed with fewer decimals is compared within its rounding; a code the incomplete
/// catalogue does not know is no certain finding.
struct ReadingCertaintyTests {
    static func issue(_ kind: TableKind, isUncertain: Bool = true) -> TableReadingIssue {
        TableReadingIssue(
            table: kind.identifier,
            caption: "表9",
            title: "财政拨款“三公”经费支出表",
            line: 42,
            reason: "“0.83”跨在两列之间，无法确定属于哪一列",
            reasonEnglish: "'0.83' stands across two columns and cannot be placed",
            isUncertain: isUncertain
        )
    }

    /// A “三公” table that could not be placed: the reader leaves the typed table out, R8 warns at its line, and the
    /// rules that read it report insufficient data (they said “not applicable” before, as for an absent table).
    @Test func uncertainTableWarnsAndItsRulesLackData() throws {
        let seed = try Seeds.year2024.with {
            $0.tables.threePublicExpenditure = nil
            $0.tables.readingIssues = [Self.issue(.threePublicExpenditure)]
        }
        let report = Validator().validate(seed)
        let warning = try #require(report.outcome(of: "R8")?.findings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 42)
        #expect(warning.message.zh.contains("无法确定地读取"))
        for id in ["A5", "X7"] {
            let outcome = try #require(report.outcome(of: id))
            #expect(outcome.status == .insufficientData, "\(id)")
            #expect(outcome.reason?.zh.contains("无法确定地读取") == true)
        }
        // R1 counts the table as present: it was published, only not read.
        #expect(report.outcome(of: "R1")?.findings.contains { $0.message.zh.contains("三公") } == false)
    }

    /// A 财政拨款收支总表 printed with one 预算数 column per side (as Guangzhou prints it) is kept whole as a generic
    /// table under the typed table's identifier: the rules that read the typed table report insufficient data and
    /// say why. Before, they said “not applicable”, as if the document had no such table.
    @Test func tableKeptGenericByItsLayoutLeavesItsRulesWithoutData() throws {
        let seed = try Seeds.year2024.with {
            $0.tables.financialSummary = nil
            $0.tables.additionalTables = [
                GenericTable(
                    identifier: TableKind.financialSummary.identifier,
                    header: TableHeader(caption: "表4", title: "财政拨款收支总表", unit: .tenThousandYuan),
                    columns: ["收入 预算数", "支出 预算数"],
                    rows: []
                )
            ]
        }
        let report = Validator().validate(seed)
        // Without the generic table the rules that read 财政拨款收支总表 find no such table: not applicable.
        let absent = Validator().validate(try Seeds.year2024.with { $0.tables.financialSummary = nil })
        let readers = RuleCatalogue.standard.descriptors.filter { descriptor in
            descriptor.tableKinds.contains(.financialSummary)
                && absent.outcome(of: descriptor.id)?.status == .notApplicable
        }
        #expect(!readers.isEmpty)
        for descriptor in readers {
            let outcome = try #require(report.outcome(of: descriptor.id))
            #expect(outcome.status == .insufficientData, "\(descriptor.id)")
            #expect(outcome.reason?.zh.contains("表4“财政拨款收支总表”的版式") == true, "\(descriptor.id)")
        }
        #expect(report.errorCount == 0)
    }

    /// 项目绩效目标表 printed in a layout the typed table does not hold (Chongqing's municipal 重点专项资金 and 一般性项目
    /// tables) are no missing tables and their budgets are not zero: P1 and X9 report insufficient data. Before, P1
    /// said “没有项目绩效目标表” and X9 compared 项目支出 with a sum of 0.
    @Test func projectTablesKeptGenericAreNotMissing() throws {
        let seed = try Seeds.year2024.with {
            $0.tables.projectPerformance = []
            $0.tables.additionalTables = [
                GenericTable(
                    identifier: TableKind.projectPerformance.identifier,
                    header: TableHeader(caption: "表十一", title: "2026年市级重点专项资金绩效目标表（一级项目）"),
                    columns: [],
                    rows: []
                )
            ]
        }
        #expect(try #require(Seeds.year2024.tables.generalBudgetExpenditure?.totalRow?.amounts.project).isZero == false)
        let report = Validator().validate(seed)
        for id in ["P1", "X9"] {
            let outcome = try #require(report.outcome(of: id))
            #expect(outcome.status == .insufficientData, "\(id)")
            #expect(outcome.reason?.zh.contains("表十一") == true, "\(id)")
        }
        // With no project table published at all, P1 still reports the missing tables.
        let absent = try Seeds.year2024.with { $0.tables.projectPerformance = [] }
        #expect(Validator().validate(absent).outcome(of: "P1")?.findings.contains { $0.severity == .error } == true)
    }

    /// X3: a row of the 一般公共预算 table printed with last year's figure only (`21501 资源勘探开发` with an empty
    /// 2026 column, a real Chongqing municipal table) is not a row of the year and need not be in the department's
    /// expenditure table; a row with an amount still must.
    @Test func rowWithoutAnAmountOfTheYearNeedNotBeInTheDepartmentTable() throws {
        var document = Check.document(table2: [
            Check.row("215", "资源勘探工业信息等支出", "5.00", nil, "5.00"),
            Check.row("21501", "资源勘探开发", nil, nil, nil),
            Check.row("21505", "工业和信息产业", "5.00", nil, "5.00"),
        ])
        document.tables.departmentExpenditure = FunctionExpenditureTable(
            header: TableHeader(caption: "表三", title: "2025年部门支出总体情况表"),
            totalRow: nil,
            rows: [
                Check.row("215", "资源勘探工业信息等支出", "5.00", nil, "5.00"),
                Check.row("21505", "工业和信息产业", "5.00", nil, "5.00"),
            ]
        )
        #expect(Check.worst("X3", document) == nil)
        document.tables.generalBudgetExpenditure?.rows[1] = Check.row("21501", "资源勘探开发", "1.00", nil, "1.00")
        #expect(Check.worst("X3", document) == .error)
    }

    /// A remark on how a table read with certainty is printed is info, and takes no rule's data away.
    @Test func remarkIsInfoOnly() throws {
        let seed = try Seeds.year2024.with {
            $0.tables.readingIssues = [Self.issue(.threePublicExpenditure, isUncertain: false)]
        }
        let report = Validator().validate(seed)
        #expect(report.outcome(of: "R8")?.findings.map(\.severity) == [.info])
        #expect(report.outcome(of: "A5")?.status == .passed)
    }

    /// `22,118,861` in one table for 22,118,861.34 in another (a real Shanghai unit budget): a rounded figure, info;
    /// a difference larger than half a unit of the shorter figure stays an error.
    @Test func figurePrintedWithFewerDecimalsIsRounded() throws {
        let rounded = try Seeds.year2024.with {
            let basic = $0.tables.generalBudgetExpenditure?.totalRow?.amounts.basic ?? Amount(0)
            $0.tables.generalBudgetBasicExpenditure?.totalRow?.total = basic + Amount(minorUnits: 34, scale: 4)
        }
        #expect(Check.worst("X2", rounded) == nil)
        #expect(Check.outcome("X2", rounded)?.findings.contains { $0.isRounding } == true)
        let wrong = try Seeds.year2024.with {
            let basic = $0.tables.generalBudgetExpenditure?.totalRow?.amounts.basic ?? Amount(0)
            $0.tables.generalBudgetBasicExpenditure?.totalRow?.total = basic + Amount(minorUnits: 6, scale: 2)
        }
        #expect(Check.worst("X2", wrong) == .error)
    }

    /// X7: 表三's 30217 in 元 against 表四's 公务接待费 in 万元 rounded to 0.01 (7,315 元 against 0.73 万元): within the
    /// rounding of the 万元 figure, not an excess.
    @Test func partWithinTheRoundingOfItsLimitIsNoExcess() {
        var reporter = RuleReporter(
            ruleID: "X7",
            severity: .error,
            context: ValidationContext(
                disclosure: Check.document(table2: []),
                prior: nil,
                options: .init(),
                catalogue: .standard
            )
        )
        let subject = LocalizedText(zh: "表三 30217", en: "table 3 30217")
        let other = LocalizedText(zh: "表四“公务接待费”", en: "table 4 reception")
        reporter.checkAtMost(
            Check.amount("0.731500"),
            limit: Check.amount("0.73"),
            at: .init(),
            subject: subject,
            other: other
        )
        #expect(reporter.findings.map(\.severity) == [.info])
        reporter.checkAtMost(
            Check.amount("0.741500"),
            limit: Check.amount("0.73"),
            at: .init(),
            subject: subject,
            other: other
        )
        #expect(reporter.findings.map(\.severity) == [.info, .error])
    }

    /// C2: a code the catalogue does not hold in any year (the catalogue is not complete: docs/CLASSIFICATION.md) is
    /// info, not a warning; a known code with another name stays a warning.
    @Test func unknownCodeIsInfo() throws {
        let unknown = Check.document(table2: [
            Check.row("201", "一般公共服务支出", "1.00", "1.00", nil), Check.row("20198", "某项新设款", "1.00", "1.00", nil),
            Check.row("2019801", "某项新设项", "1.00", "1.00", nil),
        ])
        let findings = Check.outcome("C2", unknown)?.findings ?? []
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.severity == .info })
        let renamed = Check.document(table2: [Check.row("201", "一般公共服务", "1.00", "1.00", nil)])
        #expect(Check.worst("C2", renamed) == .warning)
    }
}
