import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanValidation

/// The Shanghai district budget template: the 2025 budget of 上海市普陀区人民政府办公室 (元 with decimals) and the
/// 2023 budget of 万里街道 (whole 元, one real narrative defect).
@Suite(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
struct ShanghaiBudgetTests {
    static func load(_ name: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: PDFFixtures.data(name), fileName: name)
    }

    @Test func identityAndUnits() throws {
        let document = try Self.load(PDFFixtures.shanghaiBudget)
        #expect(document.identity.profile == .shanghaiDistrictBudget)
        #expect(document.identity.kind == .budget)
        #expect(document.identity.year == 2025)
        #expect(document.identity.unit == .yuan)
        #expect(document.identity.departmentName == "上海市普陀区人民政府办公室")
        let threePublic = try #require(document.tables.threePublicExpenditure)
        #expect(threePublic.header.unit == .tenThousandYuan)
        #expect(threePublic.amounts.total == Amount("867.50"))
        #expect(threePublic.amounts.abroad == Amount("839.00"))
        #expect(threePublic.amounts.reception == Amount("28.50"))
        #expect(threePublic.operatingCost == Amount("213.28"))
        // 三公 in 万元 against the basic expenditure table in 元: converted exactly.
        let reception = try #require(document.tables.generalBudgetBasicExpenditure?.row(code: "30217")?.total)
        #expect(reception.converted(from: .yuan, to: .tenThousandYuan) == Amount("18.500000"))
    }

    @Test func tablesAreRebuilt() throws {
        let tables = try Self.load(PDFFixtures.shanghaiBudget).tables
        let general = try #require(tables.generalBudgetExpenditure)
        #expect(general.totalRow?.amounts.total == Amount("91016775.35"))
        #expect(general.totalRow?.amounts.basic == Amount("24606775.35"))
        #expect(general.totalRow?.amounts.project == Amount("66410000.00"))
        // Codes printed in 类/款/项 columns (`201  03  01`) are joined; the table continues over a page break.
        #expect(general.row(code: "2010301")?.name == "行政运行")
        #expect(general.row(code: "2210203")?.amounts.total == Amount("1867680.00"))
        #expect(general.rows.count == 20)
        let economic = try #require(tables.generalBudgetBasicExpenditure)
        #expect(economic.row(code: "30113")?.personnel == Amount("1741445.22"))
        #expect(economic.totalRow?.publicUse == Amount("2132777.54"))
        #expect(tables.departmentIncome?.sourceColumns.first == "财政拨款收入")
        let summary = try #require(tables.departmentSummary)
        #expect(summary.lines.first?.expenditureLabel == "一、一般公共服务支出")
        #expect(summary.lines.last?.incomeLabel == "收入总计")
        // The empty fund tables keep their notes; 国有资本经营 has no typed counterpart.
        #expect(tables.governmentFundExpenditure?.isEmpty == true)
        #expect(tables.governmentFundExpenditure?.header.note?.contains("政府性基金") == true)
        let capital = try #require(tables.additionalTables?.first { $0.identifier == "state-capital-expenditure" })
        #expect(capital.isEmpty)
        #expect(capital.header.note?.contains("国有资本经营") == true)
    }

    @Test(arguments: [PDFFixtures.shanghaiBudget, PDFFixtures.wanliBudget])
    func everyTableAmountIsCaptured(_ name: String) throws {
        let document = try Self.load(name)
        let lines = try PDFImporter.lines(data: PDFFixtures.data(name), fileName: name)
        let start = try #require(lines.firstIndex { $0.contains("单位：元") || $0.contains("单位:元") })
        let end = lines[start...].firstIndex { $0.replacingOccurrences(of: " ", with: "").hasSuffix("其他相关情况说明") }
        var printed: [(String, Int)] = []
        for (offset, line) in lines[start..<(end ?? lines.count)].enumerated() {
            var tokens = line.split(separator: " ").map(String.init)
            if tokens.count == 1, tokens[0].count <= 3 { continue }  // page number
            if let first = tokens.first, first.count == 3, first.allSatisfy(\.isNumber) {
                tokens.removeFirst()
                while let code = tokens.first, code.count == 2, code.allSatisfy(\.isNumber) { tokens.removeFirst() }
            }
            for token in tokens where token.first?.isNumber == true {
                if Amount(token) != nil { printed.append((token, start + offset + 1)) }
            }
        }
        #expect(printed.count > 100)
        let json = try JSONSerialization.jsonObject(with: CanonicalJSON.encode(document))
        var known: Set<Int64> = []
        func collect(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                dictionary.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            } else if let text = value as? String, let amount = Amount(text), let wide = amount.rescaled(to: 6) {
                known.insert(wide.minorUnits)
            }
        }
        let tables = (json as? [String: Any]).flatMap { ($0["disclosure"] as? [String: Any])?["tables"] }
        collect(tables as Any)
        for (token, line) in printed {
            let value = try #require(Amount(token)?.rescaled(to: 6))
            #expect(known.contains(value.minorUnits), "\(name): \(token) on line \(line) is not in the model")
        }
    }

    @Test func govOfficeValidatesClean() throws {
        let report = Validator().validate(try Self.load(PDFFixtures.shanghaiBudget))
        let serious = report.outcomes.flatMap(\.findings).filter { $0.severity != .info }
        #expect(serious.isEmpty, "\(serious.map(\.message.zh))")
    }

    @Test func wanliFindsTheNarrativeDefectOnly() throws {
        let document = try Self.load(PDFFixtures.wanliBudget)
        #expect(document.identity.year == 2023)
        #expect(document.tables.generalBudgetExpenditure?.totalRow?.amounts.total == Amount("164978640"))
        #expect(document.tables.threePublicExpenditure?.amounts.total == Amount("22.91"))
        let report = Validator().validate(document)
        let errors = report.outcomes.flatMap(\.findings).filter { $0.severity == .error }
        // N15: 政府性基金 0 万元 increased by 1421.25; the per-项 statements (N17, N19): 职业年金 220.63 then 441.25
        // (and 60.54%, copied from the paragraph above), 群众团体事务 一般行政管理事务 314.82% for 289.12%.
        #expect(errors.map(\.ruleID) == ["N15", "N17", "N19", "N19"])
        #expect(errors.first?.message.zh.contains("1421.25") == true)
        // No warning either: every code of the document is in the classification catalogue (C2).
        let warnings = report.outcomes.flatMap(\.findings).filter { $0.severity == .warning }
        #expect(warnings.isEmpty)
    }

    @Test func wholeYuanEnvelope() throws {
        var document = try Self.load(PDFFixtures.wanliBudget)
        // A 1-元 difference between a 类 and its 款 is rounding in a whole-元 table.
        var table = try #require(document.tables.generalBudgetExpenditure)
        let index = try #require(table.rows.firstIndex { $0.code == "201" })
        let total = try #require(table.rows[index].amounts.total)
        table.rows[index].amounts.total = total + Amount(1)
        document.tables.generalBudgetExpenditure = table
        let report = Validator().validate(document)
        let a1 = report.outcomes.first { $0.ruleID == "A1" }?.findings ?? []
        #expect(!a1.isEmpty)
        #expect(a1.allSatisfy { $0.severity == .info && $0.isRounding })
    }

    @Test func canonicalJSONRoundTrips() throws {
        let document = try Self.load(PDFFixtures.shanghaiBudget)
        let data = try CanonicalJSON.encode(document)
        #expect(try CanonicalJSON.decode(data) == document)
    }
}
