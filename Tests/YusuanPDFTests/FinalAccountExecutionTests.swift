import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanStorage

/// The corpus 决算 (上海市普陀区财政局 2024, read from its PDF) against a 预算 of the same department and year built
/// here in the Shanghai way (amounts in 元, “三公” in 万元, no budget code on either document): the figures the 决算
/// prints, the rates that follow from them, and “—” where a document prints nothing (docs/EXECUTION.md).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct FinalAccountExecutionTests {
    /// A 预算 of the department: 部门支出 2,960 万元 (2,350 基本 + 610 项目), 201 一般公共服务支出 2,150 万元, the same
    /// for 一般公共预算, and “三公” 0.95 万元 of 公务接待费 — written in 元 but “三公”.
    static func budget(name: String, code: String?) -> Disclosure {
        func yuan(_ text: String) -> Amount? { Amount(text) }
        let split = ExpenditureSplit(
            total: yuan("29600000.00"),
            basic: yuan("23500000.00"),
            project: yuan("6100000.00")
        )
        let function = FunctionExpenditureTable(
            header: TableHeader(caption: nil, title: "支出预算总表", unitLine: "单位：元"),
            totalRow: FunctionRow(code: "", name: "合计", amounts: split),
            rows: [
                FunctionRow(
                    code: "201",
                    name: "一般公共服务支出",
                    amounts: ExpenditureSplit(total: yuan("21500000.00"), basic: nil, project: nil)
                )
            ]
        )
        var tables = DisclosureTables()
        tables.departmentExpenditure = function
        tables.generalBudgetExpenditure = function
        let tenThousand = Amount("0.00")
        tables.threePublicExpenditure = ThreePublicTable(
            header: TableHeader(caption: nil, title: "“三公”经费和机关运行经费预算表", unitLine: "单位：万元", unit: .tenThousandYuan),
            yearLabel: nil,
            amounts: ThreePublicAmounts(
                total: Amount("0.95"),
                abroad: tenThousand,
                vehicleSubtotal: tenThousand,
                vehiclePurchase: tenThousand,
                vehicleOperation: tenThousand,
                reception: Amount("0.95")
            )
        )
        return Disclosure(
            identity: DocumentIdentity(
                departmentCode: code,
                departmentName: name,
                year: 2024,
                unit: .yuan,
                profile: .shanghaiDistrictBudget
            ),
            narrative: Narrative(title: "\(name)2024年度部门预算", blocks: [], facts: NarrativeFacts()),
            tables: tables
        )
    }

    @Test("the corpus 决算 against a 预算 of the same department-year, stored: figures, rates and gaps")
    func corpusFinalAgainstBudget() async throws {
        let final = try DocumentImporter.importDocument(
            data: PDFFixtures.data(PDFFixtures.finalAccount),
            fileName: "final.pdf"
        )
        #expect(final.identity.departmentCode == nil)
        let store = InMemoryDisclosureStore()
        _ = try await store.importDocument(PreparedDocument(final))
        // The 预算 carries a budget code, the 决算 none: they pair by the department's name.
        _ = try await store.importDocument(
            PreparedDocument(Self.budget(name: final.identity.departmentName, code: "042"))
        )
        let executions = try await store.budgetExecutions(region: nil, year: 2024)
        let execution = try #require(executions.first)
        #expect(executions.count == 1)
        #expect(execution.department.code == "042")
        let expected: [(ExecutionLine.Group, String, String?, String?, String?)] = [
            (.department, "total", "2960.00", "2940.05", "99.33"),
            (.department, "basic", "2350.00", "2336.91", "99.44"),
            (.department, "project", "610.00", "603.14", "98.88"),
            (.department, "201", "2150.00", "2106.66", "97.98"),
            (.department, "208", nil, "326.72", nil),
            (.department, "221", nil, "445.69", nil),
            (.generalBudget, "total", "2960.00", "2940.05", "99.33"),
            (.generalBudget, "201", "2150.00", "2106.66", "97.98"),
            (.generalBudget, "210", nil, "60.99", nil),
            // The 决算 prints 0.95 预算数 and a blank 决算数 for the “三公”: no rate, and no 0 made up.
            (.threePublic, "total", "0.95", nil, nil),
            (.threePublic, "reception", "0.95", nil, nil),
        ]
        for (group, key, budget, actual, rate) in expected {
            let line = try #require(execution.line(group, key), "\(group) \(key)")
            #expect(line.budget?.plainText == budget, "\(group) \(key)")
            #expect(line.actual?.plainText == actual, "\(group) \(key)")
            #expect(line.rate?.text == rate, "\(group) \(key)")
        }
        #expect(execution.line(.department, "208")?.label == "208 社会保障和就业支出")
        #expect(execution.line(.threePublic, "total")?.printedBudget?.plainText == "0.95")
        #expect(execution.line(.threePublic, "total")?.printedBudgetDiffers == false)
    }
}
