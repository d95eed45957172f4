import Foundation
import Testing
import YusuanCore
import YusuanStorage
import YusuanTestSupport

/// Budget against actual (docs/EXECUTION.md): pairing the stored 预算 and 决算 of a department-year, the lines and
/// their rates, and the region's rollup.
@Suite("Execution: budget against actual")
struct ExecutionTests {
    static func amount(_ text: String) -> Amount { Amount(text) ?? .zero() }

    /// Stores documents in a fresh store of the kind and runs `body`.
    static func withStore<T: Sendable>(
        _ kind: StoreKind,
        _ documents: [Disclosure],
        _ body: (any DisclosureStore) async throws -> T
    ) async throws -> T {
        try await StoreFixture.with(kind) { fixture in
            for document in documents { _ = try await fixture.store.importDocument(PreparedDocument(document)) }
            return try await body(fixture.store)
        }
    }

    @Test(
        "rates are exact, rounded half away from zero to two decimals; no rate without both figures",
        arguments: [
            ("962.37", "1000.00", "96.24"), ("7.25", "8.00", "90.63"), ("0.01", "200.00", "0.01"), ("1", "3", "33.33"),
            ("2", "3", "66.67"), ("141.30", "150.00", "94.20"), ("2940.05", "2960", "99.33"),
            ("-0.01", "200.00", "-0.01"), ("123456789012.345678", "0.000001", "12345678901234567800.00"),
        ]
    )
    func rate(_ actual: String, _ budget: String, _ expected: String) throws {
        let rate = try #require(ExecutionRate(actual: Self.amount(actual), budget: Self.amount(budget)))
        #expect(rate.text == expected)
    }

    @Test func noRateWithoutBothFiguresOrWithAZeroBudget() {
        #expect(ExecutionRate(actual: nil, budget: Self.amount("1")) == nil)
        #expect(ExecutionRate(actual: Self.amount("1"), budget: nil) == nil)
        #expect(ExecutionRate(actual: Self.amount("1"), budget: Self.amount("0.00")) == nil)
    }

    @Test(
        "a stored 预算 and 决算 of one department-year: every line, its figures and its rate",
        arguments: [
            StoreKind.memory, .sqlite,
        ]
    )
    func departmentLines(_ kind: StoreKind) async throws {
        let documents = [ExecutionFixtures.budget(), ExecutionFixtures.final()]
        let executions = try await Self.withStore(kind, documents) {
            try await $0.budgetExecutions(region: nil, year: nil)
        }
        let execution = try #require(executions.first)
        #expect(executions.count == 1)
        #expect(execution.department == DepartmentKey(region: "重庆市南岸区", code: "901"))
        #expect(execution.year == 2024)
        let expected: [(ExecutionLine.Group, String, String?, String?, String?)] = [
            (.department, "total", "1000.00", "962.37", "96.24"), (.department, "basic", "700.00", "690.12", "98.59"),
            (.department, "project", "300.00", "272.25", "90.75"), (.department, "201", "800.00", "776.40", "97.05"),
            (.department, "208", "150.00", "141.30", "94.20"), (.department, "221", "50.00", "44.67", "89.34"),
            (.generalBudget, "total", "900.00", "871.55", "96.84"),
            (.generalBudget, "basic", "650.00", "640.00", "98.46"),
            (.generalBudget, "project", "250.00", "231.55", "92.62"),
            (.generalBudget, "201", "720.00", "700.00", "97.22"),
            (.generalBudget, "208", "130.00", "127.00", "97.69"), (.generalBudget, "221", "50.00", "44.55", "89.10"),
            (.threePublic, "total", "12.00", "10.37", "86.42"), (.threePublic, "abroad", "0.00", nil, nil),
            (.threePublic, "vehicles", "8.00", "7.25", "90.63"), (.threePublic, "vehicle-purchase", "0.00", nil, nil),
            (.threePublic, "vehicle-operation", "8.00", "7.25", "90.63"),
            (.threePublic, "reception", "4.00", "3.12", "78.00"),
        ]
        #expect(
            execution.lines.map { "\($0.group.identifier)/\($0.key)" } == expected.map { "\($0.0.identifier)/\($0.1)" }
        )
        for (group, key, budget, actual, rate) in expected {
            let line = try #require(execution.line(group, key))
            #expect(line.budget?.plainText == budget, "\(group) \(key)")
            #expect(line.actual?.plainText == actual, "\(group) \(key)")
            #expect(line.rate?.text == rate, "\(group) \(key)")
            // The rate follows from the printed amounts.
            if let budget, let actual, let rate {
                #expect(ExecutionRate(actual: Self.amount(actual), budget: Self.amount(budget))?.text == rate)
            }
        }
        #expect(execution.line(.department, "201")?.label == "201 一般公共服务支出")
        // The 决算's own 预算数 is kept beside the baseline and noted where it differs.
        #expect(execution.line(.threePublic, "total")?.printedBudget?.plainText == "12.50")
        #expect(execution.line(.threePublic, "reception")?.printedBudgetDiffers == false)
        #expect(execution.line(.threePublic, "vehicles")?.printedBudgetDiffers == true)
        #expect(execution.notes.filter { $0.contains("决算表所列预算数") }.count == 3)
    }

    @Test("a 预算 in 元 is compared in 万元, exactly")
    func budgetInYuan() async throws {
        let documents = [ExecutionFixtures.budget(unit: .yuan), ExecutionFixtures.final()]
        let execution = try #require(
            try await Self.withStore(.memory, documents) { try await $0.budgetExecutions(region: nil, year: nil) }.first
        )
        let total = try #require(execution.line(.department, "total"))
        #expect(total.budget?.plainText == "1000.00", "元 → 万元 keeps the decimals that are not zero, at least two")
        #expect(total.rate?.text == "96.24")
        // “三公” of a 元 budget is printed in 万元 (its own header unit).
        #expect(execution.line(.threePublic, "total")?.budget?.plainText == "12.00")
    }

    @Test("a 决算 without a budget code pairs by name; a lone 预算 or 决算 gives no comparison")
    func pairing() async throws {
        let documents = [
            ExecutionFixtures.budget(), ExecutionFixtures.final(code: nil),
            ExecutionFixtures.budget(year: 2025),
            ExecutionFixtures.final(name: "重庆市南岸区无预算局", code: "902"),
        ]
        let pairs = try await Self.withStore(.memory, documents) { try await $0.executionPairs(region: nil, year: nil) }
        #expect(pairs.count == 1)
        #expect(pairs.first?.department.code == "901")
        #expect(pairs.first?.final.key.department.code == "重庆市南岸区执行测试局")
    }

    @Test("the region's rollup sums the departments that print both figures; its rates come from the sums")
    func rollup() async throws {
        var final = ExecutionFixtures.final(name: "重庆市南岸区第二局", code: "902", factor: 3)
        // The second department's 决算 lacks the 221 row: that class sums one department only.
        final.tables.additionalTables?[0].rows.removeLast()
        let documents = [
            ExecutionFixtures.budget(), ExecutionFixtures.final(),
            ExecutionFixtures.budget(name: "重庆市南岸区第二局", code: "902", factor: 3), final,
        ]
        let executions = try await Self.withStore(.sqlite, documents) {
            try await $0.budgetExecutions(region: "重庆市南岸区", year: 2024)
        }
        #expect(executions.count == 2)
        let rollups = ExecutionRollup.rollups(executions)
        let rollup = try #require(rollups.first)
        #expect(rollups.count == 1 && rollup.region == "重庆市南岸区" && rollup.year == 2024)
        let total = try #require(rollup.line(.department, "total"))
        #expect(total.budget?.plainText == "4000.00" && total.actual?.plainText == "3849.48")
        #expect(total.departmentCount == 2)
        #expect(total.rate?.text == "96.24")
        let housing = try #require(rollup.line(.department, "221"))
        #expect(housing.departmentCount == 1 && housing.budget?.plainText == "50.00" && housing.rate?.text == "89.34")
        let vehicles = try #require(rollup.line(.threePublic, "vehicles"))
        #expect(vehicles.budget?.plainText == "32.00" && vehicles.actual?.plainText == "29.00")
        #expect(vehicles.rate?.text == "90.63")
        #expect(vehicles.printedBudget?.plainText == "34.00")
        let abroad = try #require(rollup.line(.threePublic, "abroad"))
        #expect(abroad.departmentCount == 0 && abroad.budget == nil && abroad.rate == nil)
    }

    @Test("a 决算 table read without certainty gives no figures and a note")
    func uncertainTable() throws {
        var final = ExecutionFixtures.final()
        final.tables.readingIssues = [
            TableReadingIssue(
                table: FinalAccountTableID.expenditure,
                caption: nil,
                title: "支出决算表",
                line: nil,
                reason: "“基本支出”列的金额跨在两列之间",
                reasonEnglish: "an amount between two columns"
            )
        ]
        let budget = ExecutionFixtures.budget()
        let pair = ExecutionPair(
            budget: DisclosureListing(
                key: DisclosureKey(department: DepartmentKey(region: "重庆市南岸区", code: "901"), year: 2024),
                departmentName: budget.identity.departmentName,
                latestRevision: 1,
                revisionCount: 1
            ),
            final: DisclosureListing(
                key: DisclosureKey(
                    department: DepartmentKey(region: "重庆市南岸区", code: "901"),
                    year: 2024,
                    kind: .finalAccount
                ),
                departmentName: final.identity.departmentName,
                latestRevision: 1,
                revisionCount: 1
            )
        )
        let execution = BudgetExecution.make(pair, budget: budget, final: final)
        let total = try #require(execution.line(.department, "total"))
        #expect(total.budget?.plainText == "1000.00" && total.actual == nil && total.rate == nil)
        #expect(execution.notes.contains { $0.hasPrefix("决算：《支出决算表》未能确定读取") })
        #expect(execution.line(.generalBudget, "total")?.actual?.plainText == "871.55")
    }
}
