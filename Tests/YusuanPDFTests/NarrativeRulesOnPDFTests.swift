import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

@testable import YusuanImport

/// The narrative rules on the PDFs the importer reads: silent on the real documents that are right, firing on a
/// narrative changed to disagree with its tables (the facts read again from the changed blocks, as the importer
/// reads them).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct NarrativeRulesOnPDFTests {
    static func load(_ name: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name)
    }

    /// The document with one piece of its narrative replaced and its facts read again.
    static func changing(_ document: Disclosure, _ old: String, _ new: String) throws -> Disclosure {
        var changed = document
        let index = try #require(changed.narrative.blocks.firstIndex { $0.text.contains(old) }, "\(old)")
        changed.narrative.blocks[index].text = changed.narrative.blocks[index].text.replacingOccurrences(
            of: old,
            with: new
        )
        changed.narrative.facts = PDFNarrativeFacts.extract(from: changed.narrative.blocks)
        return changed
    }

    static func outcome(_ id: String, _ document: Disclosure) -> RuleOutcome? {
        Validator().validate(document).outcomes.first { $0.ruleID == id }
    }

    static func errors(_ id: String, _ document: Disclosure) -> [Finding] {
        (outcome(id, document)?.findings ?? []).filter { $0.severity == .error }
    }

    // MARK: - Silent on the real documents

    /// The rules that compare the narrative with the tables run on the real documents and find nothing.
    @Test(arguments: [
        (PDFFixtures.shanghaiBudget, ["N1", "N2", "N3", "N6", "N8", "N9", "N12", "N16"]),
        (PDFFixtures.wanliBudget, ["N1", "N2", "N3", "N6", "N8", "N9", "N12", "N16"]),
        (PDFFixtures.finalAccount, ["N1", "N2", "N3", "N12"]),
        (PDFFixtures.jiangsuBudget, ["N1", "N2", "N3", "N6", "N8", "N12"]),
    ])
    func rulesRunAndPassOnRealDocuments(_ name: String, _ rules: [String]) throws {
        let report = Validator().validate(try Self.load(name))
        for id in rules {
            let outcome = report.outcomes.first { $0.ruleID == id }
            #expect(outcome?.status == .passed, "\(name) \(id): \(String(describing: outcome?.status))")
        }
        // The rules that compare narrative facts with the tables (the per-项 statement rules N17–N20 report these
        // documents' real defects: ItemStatementCorpusTests).
        let narrative = report.outcomes.filter { rules.contains($0.ruleID) }.flatMap(\.findings)
        let serious = narrative.filter { $0.severity != .info }
        #expect(serious.isEmpty, "\(serious.map(\.message.zh))")
    }

    // MARK: - Firing on a changed narrative

    @Test func appropriationStatedAsZeroIsAnError() throws {
        let document = try Self.load(PDFFixtures.shanghaiBudget)
        #expect(Self.outcome("N3", document)?.status == .passed)
        let changed = try Self.changing(document, "一般公共预算拨款支出预算9,101.68万元", "一般公共预算拨款支出预算0.00万元")
        let errors = Self.errors("N3", changed)
        #expect(errors.count == 1)
        // The table's 91,016,775.35 元 is compared in the narrative's 万元.
        #expect(errors.first?.expected == Amount("9101.677535"))
        #expect(errors.first?.actual == Amount("0.00"))
    }

    /// 9,101.68 万元 states 91,016,775.35 元 rounded; 9,101.67 does not (off by 0.0075 万元, more than half a unit of
    /// its last decimal).
    @Test func convertedAmountsAgreeWithinTheRoundingOfThePrintedFigure() throws {
        let document = try Self.load(PDFFixtures.shanghaiBudget)
        let changed = try Self.changing(document, "一般公共预算拨款支出预算9,101.68万元", "一般公共预算拨款支出预算9,101.67万元")
        #expect(Self.errors("N3", changed).count == 1)
        let whole = try Self.changing(document, "一般公共预算拨款支出预算9,101.68万元", "一般公共预算拨款支出预算9,102万元")
        // 9,102 万元 is 91,016,775.35 元 rounded to whole 万元.
        #expect(Self.errors("N3", whole).isEmpty)
    }

    @Test func incomeAndExpenditureAgainstTheDepartmentTables() throws {
        let document = try Self.load(PDFFixtures.shanghaiBudget)
        let income = try Self.changing(document, "收入预算9,101.68万元", "收入预算9,110.68万元")
        // The total against the department summary's 收入总计, and against its own sources.
        #expect(Self.errors("N1", income).count == 2)
        let expenditure = try Self.changing(document, "支出预算9,101.68万元，其中", "支出预算9,110.68万元，其中")
        #expect(Self.errors("N2", expenditure).count == 1)
    }

    @Test func threePublicAndOperatingCostAgainstTheirTable() throws {
        let document = try Self.load(PDFFixtures.shanghaiBudget)
        let reception = try Self.changing(document, "公务接待费28.50万元", "公务接待费82.50万元")
        #expect(Self.errors("N6", reception).map { $0.related?.column } == ["公务接待费"])
        let operating = try Self.changing(document, "机关运行经费预算为213.28万元", "机关运行经费预算为231.28万元")
        #expect(Self.errors("N16", operating).count == 1)
        #expect(Self.outcome("N16", document)?.status == .passed)
    }

    @Test func procurementAndGovernmentFund() throws {
        let document = try Self.load(PDFFixtures.shanghaiBudget)
        // No procurement table in the template: the narrative's own split is checked.
        let procurement = try Self.changing(document, "政府采购服务预算34万元", "政府采购服务预算43万元")
        #expect(Self.errors("N8", procurement).count == 1)
        // The 政府性基金 table is empty.
        let fund = try Self.changing(document, "政府性基金拨款支出预算0万元", "政府性基金拨款支出预算12万元")
        #expect(Self.errors("N12", fund).count == 1)
    }

    @Test func jiangsuThreePublicItemAgainstTable9() throws {
        let document = try Self.load(PDFFixtures.jiangsuBudget)
        #expect(Self.outcome("N6", document)?.status == .passed)
        let changed = try Self.changing(document, "公务接待费支出101.26万元", "公务接待费支出110.26万元")
        #expect(Self.errors("N6", changed).count == 1)
    }

    @Test func finalAccountAppropriationAgainstItsTable() throws {
        let document = try Self.load(PDFFixtures.finalAccount)
        let changed = try Self.changing(document, "基本支出2336.91万元。其中", "基本支出2363.91万元。其中")
        #expect(Self.errors("N3", changed).count == 1)
    }

    // MARK: - Honest outcomes

    /// The 部门决算 has no typed “三公” table and states no project amount the department table prints: those rules
    /// say so rather than pass.
    @Test func rulesWithoutTheirTableSaySo() throws {
        let report = Validator().validate(try Self.load(PDFFixtures.finalAccount))
        for id in ["N6", "N9", "N16"] {
            #expect(report.outcomes.first { $0.ruleID == id }?.status == .notApplicable, "\(id)")
        }
    }

    /// A table row whose own columns do not add up (A5) is not compared with the narrative.
    @Test func inconsistentThreePublicRowIsNotCompared() throws {
        var document = try Self.load(PDFFixtures.shanghaiBudget)
        var table = try #require(document.tables.threePublicExpenditure)
        table.amounts.vehicleSubtotal = Amount("5.00")
        document.tables.threePublicExpenditure = table
        #expect(Self.outcome("A5", document)?.status == .failed)
        #expect(Self.outcome("N6", document)?.status == .insufficientData)
        #expect(Self.outcome("N16", document)?.status == .insufficientData)
    }
}
