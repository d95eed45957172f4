import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// The fund of every income line of 表六 and 表一, read once per document (``IncomeFunds``), is
/// ``FundSource/init(label:)`` of each line's label, and the lookups the rules make through it find the line that
/// the first line naming the fund was.
struct IncomeFundsTests {
    /// The seeds and generated documents, each also with 表六 given 合计 lines, blank labels, repeated sources and
    /// 事业单位经营收入 lines before and after its own, and without 表七 (so that X3 reads 表六), once with only
    /// 一般公共预算 money.
    static func documents() throws -> [Disclosure] {
        var documents = try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 41, count: 8)
        let extra = [
            DepartmentSummaryLine(
                incomeLabel: "一般公共预算合计",
                incomeAmount: Amount(7),
                expenditureLabel: "",
                expenditureAmount: nil
            ),
            DepartmentSummaryLine(
                incomeLabel: "",
                incomeAmount: Amount(3),
                expenditureLabel: "政府性基金",
                expenditureAmount: nil
            ),
            DepartmentSummaryLine(
                incomeLabel: "政府性基金预算拨款",
                incomeAmount: Amount(5),
                expenditureLabel: "合计",
                expenditureAmount: nil
            ),
            DepartmentSummaryLine(
                incomeLabel: "事业单位经营收入",
                incomeAmount: Amount(11),
                expenditureLabel: "",
                expenditureAmount: nil
            ),
            DepartmentSummaryLine(
                incomeLabel: "国有资本经营收入",
                incomeAmount: Amount(0),
                expenditureLabel: "",
                expenditureAmount: nil
            ),
            DepartmentSummaryLine(
                incomeLabel: "上级补助收入",
                incomeAmount: nil,
                expenditureLabel: "",
                expenditureAmount: nil
            ),
        ]
        for document in documents {
            guard let summary = document.tables.departmentSummary else { continue }
            var changed = document
            changed.tables.departmentSummary?.lines = extra + summary.lines + extra.reversed()
            documents.append(changed)
            changed.tables.departmentIncome = nil
            documents.append(changed)
            // Only 一般公共预算 money: every other income line of 表六 zero.
            var onlyGeneral = document
            onlyGeneral.tables.departmentIncome = nil
            onlyGeneral.tables.departmentSummary?.lines = summary.lines.map { line in
                var line = line
                if line.isIncomeSource, FundSource(label: line.incomeLabel) != .generalBudget {
                    line.incomeAmount = Amount(0)
                }
                return line
            }
            documents.append(onlyGeneral)
        }
        return documents
    }

    static func context(_ document: Disclosure) -> ValidationContext {
        ValidationContext(disclosure: document, prior: nil, options: ValidationOptions(), catalogue: .standard)
    }

    @Test func everyIncomeLineHasTheFundItsLabelNames() throws {
        var summaries = 0
        var sections = 0
        for document in try Self.documents() {
            let funds = Self.context(document).incomeFunds
            if let summary = document.tables.departmentSummary {
                summaries += 1
                let sources = summary.incomeSources
                #expect(funds.departmentSummary.count == sources.count)
                for (entry, source) in zip(funds.departmentSummary, sources) {
                    let line = summary.lines[entry.line]
                    #expect(line.incomeLabel == source.label && line.incomeAmount == source.amount)
                    #expect(line.line == source.line)
                    #expect(entry.fund == FundSource(label: source.label), "\(source.label)")
                }
            } else {
                #expect(funds.departmentSummary.isEmpty)
            }
            if let table = document.tables.financialSummary {
                sections += 1
                #expect(funds.currentYear == table.currentYearIncomeSources.map { FundSource(label: $0.label) })
                #expect(funds.carriedOver == table.carriedOverSources.map { FundSource(label: $0.label) })
            } else {
                #expect(funds.currentYear.isEmpty && funds.carriedOver.isEmpty)
            }
        }
        #expect(summaries > 10 && sections > 10)
    }

    @Test func eachLookupFindsTheFirstLineNamingTheFund() throws {
        for document in try Self.documents() {
            let context = Self.context(document)
            for fund in FundSource.allCases {
                let summaryLine = document.tables.departmentSummary?.firstIncomeSource(where: {
                    FundSource(label: $0.incomeLabel) == fund
                })
                #expect(context.departmentSummaryIncome(of: fund) == summaryLine, "\(fund)")
                let current = document.tables.financialSummary?.currentYearIncomeSources.first {
                    FundSource(label: $0.label) == fund
                }
                #expect(context.currentYearIncome(of: fund) == current, "\(fund)")
                let carried = document.tables.financialSummary?.carriedOverSources.first {
                    FundSource(label: $0.label) == fund
                }
                #expect(context.carriedOverIncome(of: fund) == carried, "\(fund)")
            }
        }
    }

    /// X3's test of a document whose money is all 一般公共预算 reads 表六's funds as it read each label's.
    @Test func allMoneyIsGeneralBudgetAsByEachLabel() throws {
        var answers: Set<Bool> = []
        for document in try Self.documents() {
            let expected: Bool
            if document.tables.departmentIncome != nil {
                continue
            } else if let summary = document.tables.departmentSummary {
                expected = summary.incomeSources.allSatisfy { source in
                    FundSource(label: source.label) == .generalBudget || (source.amount?.isZero ?? true)
                }
            } else {
                expected = false
            }
            let answer = X3GeneralBudgetWithinDepartment.allMoneyIsGeneralBudget(Self.context(document))
            #expect(answer == expected)
            answers.insert(answer)
        }
        #expect(answers == [true, false])
    }
}
