import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanRender

@testable import YusuanGenerator
@testable import YusuanValidation

/// Generated 部门决算 (`generate --with-finals`): consistent with their budgets and with themselves, so no rule
/// reports an error, and a changed amount in a table or in the narrative is an error of the rule that checks it.
struct GeneratedFinalAccountTests {
    static func text(seed: UInt64, index: Int) -> String {
        PublishedTextRenderer.render(DisclosureGenerator.finalAccount(seed: seed, index: index))
    }

    static func imported(_ text: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "final.txt")
    }

    static func errors(_ text: String) throws -> [Finding] {
        Validator().validate(try imported(text)).findings.filter { $0.severity == .error }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func generatedFinalsHaveNoError(seed: UInt64) throws {
        let validator = Validator()
        for index in 1...28 {
            let document = try Self.imported(Self.text(seed: seed, index: index))
            #expect(document.identity.kind == .finalAccount)
            let report = validator.validate(document)
            let errors = report.findings.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(index): \(errors.map { "\($0.ruleID) \($0.message.zh)" })")
            // Every 决算 rule ran and passed: nothing is left unchecked for want of data.
            let finalRules = report.outcomes.filter { $0.ruleID.hasPrefix("F") }
            #expect(finalRules.count == 11)
            for outcome in finalRules {
                #expect(outcome.status == .passed, "\(index) \(outcome.ruleID): \(outcome.reason?.zh ?? "")")
            }
        }
    }

    /// The 年初预算 of the 决算 is the budget document's: the 一般公共预算 total and each 项 of 表二, and the “三公”
    /// items of 表四.
    @Test func finalsStateTheirBudgetsFigures() throws {
        for index in 1...14 {
            var generator = DisclosureGenerator(seed: 4)
            let budget = generator.makeDisclosure(index: index)
            let final = try Self.imported(Self.text(seed: 4, index: index))
            let facts = try #require(final.narrative.facts.finalAccount)
            let table = try #require(budget.tables.generalBudgetExpenditure)
            let budgetTotal = try #require(table.totalRow?.amounts.total)
            let stated = try #require(facts.generalBudgetExecution?.budget)
            #expect(stated.isNumericallyEqual(to: budgetTotal))
            let itemBudgets = table.rows.filter { $0.level == .item }.compactMap(\.amounts.total).map(\.minorUnits)
            let statedItems = (facts.itemExecutions ?? []).compactMap(\.budget).map { $0.rescaled(to: 2)?.minorUnits }
            #expect(statedItems.compactMap { $0 }.sorted() == itemBudgets.sorted())
            let three = try #require(budget.tables.threePublicExpenditure?.amounts)
            let finalThree = try #require(
                final.tables.additionalTables?.first { $0.identifier == "final-three-public" }
            )
            let budgets = stride(from: 0, to: 12, by: 2).map { finalThree.rows[0].amounts[$0] }
            #expect(
                budgets == [
                    three.total, three.abroad, three.vehicleSubtotal, three.vehiclePurchase, three.vehicleOperation,
                    three.reception,
                ]
            )
        }
    }

    /// The line of the first 项 (7-digit code) of a table, with its index in `lines`.
    static func firstItemLine(after title: String, in lines: [String]) -> Int? {
        guard let start = lines.firstIndex(of: title) else { return nil }
        return lines[start...].firstIndex { line in
            let code = line.prefix { $0 != "\t" }
            return code.count == 7 && code.allSatisfy(\.isNumber)
        }
    }

    /// `value` + 1.00 in the `cell`-th cell of a row.
    static func increased(_ line: String, cell: Int) -> String {
        var cells = line.components(separatedBy: "\t")
        let amount = Amount(cells[cell]) ?? .zero()
        cells[cell] = (amount + Amount(minorUnits: 100, scale: 2)).formatted(groupingThousands: false)
        return cells.joined(separator: "\t")
    }

    @Test func changedTableAmountIsAnError() throws {
        let original = Self.text(seed: 5, index: 3)
        #expect(try Self.errors(original).isEmpty)
        var lines = original.components(separatedBy: "\n")
        let index = try #require(Self.firstItemLine(after: "支出决算表", in: lines))
        lines[index] = Self.increased(lines[index], cell: 2)
        let errors = try Self.errors(lines.joined(separator: "\n"))
        // 本年支出合计 of a 项 no longer equals 基本 + 项目 (F3), nor adds up into its 款 (F2).
        #expect(errors.contains { $0.ruleID == "F3" && $0.location.line == index + 1 })
        #expect(errors.contains { $0.ruleID == "F2" })
    }

    @Test func changedThreePublicActualIsAnError() throws {
        let original = Self.text(seed: 5, index: 3)
        var lines = original.components(separatedBy: "\n")
        let title = try #require(lines.firstIndex(of: "财政拨款“三公”经费支出决算表"))
        // Title, unit, group line, header, then the row: 合计决算数 is its second cell.
        lines[title + 4] = Self.increased(lines[title + 4], cell: 1)
        let errors = try Self.errors(lines.joined(separator: "\n"))
        #expect(errors.contains { $0.ruleID == "F10" })
    }

    @Test func changedNarrativeFigureIsAnError() throws {
        let original = Self.text(seed: 5, index: 3)
        let income = try #require(original.firstRange(of: #/本年收入合计([0-9.]+)万元/#))
        let stated = try #require(Amount(String(original[income].dropFirst(6).dropLast(2))))
        let changed = original.replacingCharacters(
            in: income,
            with: "本年收入合计\((stated + Amount(minorUnits: 100, scale: 2)).formatted(groupingThousands: false))万元"
        )
        #expect(try Self.errors(changed).contains { $0.ruleID == "F9" })

        let rate = try #require(original.firstRange(of: #/完成年初预算的([0-9.]+)%/#))
        let rateChanged = original.replacingCharacters(in: rate, with: "完成年初预算的50.00%")
        #expect(try Self.errors(rateChanged).contains { $0.ruleID == "F7" })
    }

    @Test func sameSeedWritesSameBytes() {
        for index in [1, 9, 40] {
            #expect(Self.text(seed: 11, index: index) == Self.text(seed: 11, index: index))
        }
        #expect(Self.text(seed: 11, index: 9) != Self.text(seed: 12, index: 9))
    }

    /// Each 决算 is drawn from its department-year alone, so the next year's narrative states the change from the
    /// 决算 generated for the year before: the difference of the two 收入支出总计 and 机关运行经费.
    @Test func statedChangesFollowThePreviousYearsFinal() throws {
        var checked = 0
        for index in 1...13 where index % 7 != 0 {
            let first = try Self.imported(Self.text(seed: 11, index: index))
            let second = try Self.imported(Self.text(seed: 11, index: index + 1))
            #expect(second.identity.year == first.identity.year + 1)
            #expect(second.identity.departmentCode == first.identity.departmentCode)
            let before = try #require(first.narrative.facts.finalAccount)
            let after = try #require(second.narrative.facts.finalAccount)
            let figures = [(before.grandTotal, after.grandTotal), (before.operatingCost, after.operatingCost)]
            for (previous, current) in figures {
                let old = try #require(previous?.amount)
                let new = try #require(current?.amount)
                let change = try #require(current?.change)
                #expect(change.comparedYear == first.identity.year || change.direction == .unchanged)
                let difference = new - old
                switch change.direction {
                case .increase: #expect(change.amount == difference)
                case .decrease: #expect(change.amount.map { Amount.zero() - $0 } == difference)
                case .unchanged: #expect(difference.isZero)
                }
                checked += 1
            }
        }
        #expect(checked == 24)
    }
}
