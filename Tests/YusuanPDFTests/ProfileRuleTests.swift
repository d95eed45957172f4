import Testing
import YusuanCore
import YusuanValidation

/// Profile rules and unit handling that need no PDF.
struct ProfileRuleTests {
    /// 收入支出决算总表 of 上海市普陀区财政局 2024 (corpus), as a generic table.
    static func finalAccount(carryForward: String = "55.34") -> Disclosure {
        func row(_ name: String, _ left: String?, _ right: String?) -> GenericRow {
            GenericRow(code: "", name: name, amounts: [left.flatMap(Amount.init), right.flatMap(Amount.init)])
        }
        let table = GenericTable(
            identifier: "final-summary",
            header: TableHeader(caption: nil, title: "收入支出决算总表", unit: .tenThousandYuan),
            columns: ["决算数", "决算数"],
            rows: [
                row("本年收入合计 | 本年支出合计", "2946.25", "2940.05"),
                row("使用非财政拨款结余（含专用结余） | 结余分配", nil, nil),
                row("年初结转和结余 | 年末结转和结余", "49.14", carryForward),
                row("总计 | 总计", "2995.39", "2995.39"),
            ]
        )
        return Disclosure(
            identity: DocumentIdentity(
                departmentCode: nil,
                departmentName: "上海市普陀区财政局",
                year: 2024,
                kind: .finalAccount,
                profile: .nationalFinalAccount
            ),
            narrative: Narrative(title: "2024年度部门决算", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables(additionalTables: [table])
        )
    }

    @Test func finalAccountBalances() {
        let outcome = Validator().validate(Self.finalAccount()).outcomes.first { $0.ruleID == "F1" }
        #expect(outcome?.status == .passed)
        let broken = Validator().validate(Self.finalAccount(carryForward: "65.34")).outcomes.first { $0.ruleID == "F1" }
        #expect(broken?.status == .failed)
    }

    @Test func chongqingOnlyRulesAreNotApplicableElsewhere() {
        let report = Validator().validate(Self.finalAccount())
        for id in ["A4", "X1", "R2", "P1"] {
            #expect(report.outcomes.first { $0.ruleID == id }?.status == .notApplicable, "\(id)")
        }
    }

    @Test func unitConversionIsExact() {
        #expect(Amount("91016775.35")?.converted(from: .yuan, to: .tenThousandYuan) == Amount("9101.677535"))
        #expect(Amount("867.50")?.converted(from: .tenThousandYuan, to: .yuan) == Amount(8_675_000))
        #expect(Amount("0.123456")?.converted(from: .tenThousandYuan, to: .yuan) == Amount("1234.56"))
        #expect(Amount("1.001")?.converted(from: .yuan, to: .tenThousandYuan) == nil)  // would need 7 decimals
    }

    @Test func existingCanonicalJSONStillDecodes() throws {
        // A document without the new optional fields (unit, operatingCost, additionalTables) decodes unchanged and
        // encodes without them.
        let document = Disclosure(
            identity: DocumentIdentity(departmentCode: "202", departmentName: "x", year: 2025),
            narrative: Narrative(title: "t", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables()
        )
        let data = try CanonicalJSON.encode(document)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("additionalTables") && !text.contains("operatingCost"))
        #expect(try CanonicalJSON.decode(data) == document)
    }
}
