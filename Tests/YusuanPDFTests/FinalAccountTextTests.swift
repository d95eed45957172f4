import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanRender
import YusuanValidation

/// The 部门决算 in the published text layout: rendered and read back, the nine tables are the same `GenericTable`s
/// (and typed 一般公共预算财政拨款支出决算表) as the PDF import gives, and the 决算 rules run on them.
struct FinalAccountTextTests {
    /// The tables without their source lines (a text has other line numbers than the PDF).
    static func withoutLines(_ tables: DisclosureTables) -> DisclosureTables {
        var result = tables
        result.additionalTables = tables.additionalTables?.map { table in
            var copy = table
            copy.header.line = nil
            copy.header.noteLine = nil
            copy.rows = table.rows.map { GenericRow(code: $0.code, name: $0.name, amounts: $0.amounts) }
            return copy
        }
        if var general = tables.generalBudgetExpenditure {
            general.header.line = nil
            general.header.noteLine = nil
            general.totalRow?.line = nil
            general.rows = general.rows.map { FunctionRow(code: $0.code, name: $0.name, amounts: $0.amounts) }
            result.generalBudgetExpenditure = general
        }
        result.projectSelfEvaluations = tables.projectSelfEvaluations?.map { evaluation in
            var copy = evaluation
            (copy.line, copy.totalLine, copy.gradeLine) = (nil, nil, nil)
            copy.funds = evaluation.funds.map { fund in
                var row = fund
                row.line = nil
                return row
            }
            copy.indicators = evaluation.indicators.map { indicator in
                var row = indicator
                row.line = nil
                return row
            }
            return copy
        }
        return result
    }

    static func reimported(_ disclosure: Disclosure, name: String = "final.txt") throws -> (String, Disclosure) {
        let text = PublishedTextRenderer.render(disclosure)
        return (text, try DocumentImporter.importDocument(data: Data(text.utf8), fileName: name))
    }

    static func outcomes(_ disclosure: Disclosure) -> [String: RuleOutcome] {
        var result: [String: RuleOutcome] = [:]
        for outcome in Validator().validate(disclosure).outcomes where outcome.ruleID.hasPrefix("F") {
            result[outcome.ruleID] = outcome
        }
        return result
    }

    /// The blank national template: every table without amounts, the fund tables with notes of two lines.
    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func templateKeepsItsTablesThroughText() throws {
        let pdf = try PDFImporter.importDocument(
            data: PDFFixtures.data(FinalAccountTemplateTests.template),
            fileName: "template.pdf"
        )
        let (_, reread) = try Self.reimported(pdf)
        let fund = reread.tables.additionalTables?.first { $0.identifier == "final-government-fund" }
        #expect(fund?.header.note?.contains("\n说明：") == true)
        #expect(Self.withoutLines(reread.tables) == Self.withoutLines(pdf.tables))
    }

    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func corpusFinalKeepsItsTablesThroughText() throws {
        let pdf = try PDFImporter.importDocument(
            data: PDFFixtures.data(PDFFixtures.finalAccount),
            fileName: "putuo.pdf"
        )
        let (text, reread) = try Self.reimported(pdf)
        #expect(text.contains("收入支出决算总表\n单位：万元\n"))
        #expect(reread.identity.kind == .finalAccount)
        #expect(reread.identity.profile == .nationalFinalAccount)
        #expect(reread.identity.year == 2024)
        #expect(reread.identity.departmentName == pdf.identity.departmentName)
        #expect((pdf.tables.additionalTables ?? []).count == 8)
        #expect(Self.withoutLines(reread.tables) == Self.withoutLines(pdf.tables))
        // The narrative's 决算 facts are read as from the PDF.
        let pdfFacts = try #require(pdf.narrative.facts.finalAccount)
        let textFacts = try #require(reread.narrative.facts.finalAccount)
        #expect(textFacts.grandTotal?.amount == pdfFacts.grandTotal?.amount)
        #expect(textFacts.itemExecutions?.count == pdfFacts.itemExecutions?.count)
        #expect(textFacts.threePublic?.total?.budget == pdfFacts.threePublic?.total?.budget)
        #expect(textFacts.performance?.averageScore == pdfFacts.performance?.averageScore)
        // Every F rule comes to the same result, with the same two real errors (F8, F9).
        let fromPDF = Self.outcomes(pdf)
        let fromText = Self.outcomes(reread)
        #expect(fromPDF.count == 11)
        for (rule, outcome) in fromPDF {
            #expect(fromText[rule]?.status == outcome.status, "\(rule)")
            #expect(
                fromText[rule]?.findings.filter { $0.severity == .error }.count
                    == outcome.findings.filter { $0.severity == .error }.count,
                "\(rule)"
            )
        }
        #expect(fromText["F8"]?.status == .failed)
        #expect(fromText["F9"]?.status == .failed)
    }

    @Test func generatedFinalRoundTripsThroughText() throws {
        for index in [1, 5, 12, 30] {
            let final = DisclosureGenerator.finalAccount(seed: 7, index: index)
            let (text, reread) = try Self.reimported(final)
            #expect(Self.withoutLines(reread.tables) == Self.withoutLines(final.tables))
            #expect(PublishedTextRenderer.render(reread) == text)
            #expect(reread.narrative.blocks.map(\.text) == final.narrative.blocks.map(\.text))
        }
    }

    /// A 决算 in the Chongqing template (the eleven tables under a 决算 title) keeps its eleven tables: only the
    /// national template's 决算 is written with the nine 决算 tables.
    @Test func chongqingTemplateFinalKeepsItsElevenTables() throws {
        var generator = DisclosureGenerator(seed: 2)
        var document = generator.makeDisclosure(index: 1)
        document.identity.kind = .finalAccount
        let text = PublishedTextRenderer.render(document)
        #expect(text.contains("财政拨款收支总表"))
        #expect(!text.contains("收入支出决算总表"))
        let reread = try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "chongqing.txt")
        #expect(reread.tables.departmentSummary != nil)
        #expect(reread.tables.additionalTables == nil)
    }

    /// A generated 决算 with one line of its text replaced.
    static func damaged(_ transform: (inout [String]) -> Void) -> String {
        let final = DisclosureGenerator.finalAccount(seed: 3, index: 2)
        var lines = PublishedTextRenderer.render(final).components(separatedBy: "\n")
        transform(&lines)
        return lines.joined(separator: "\n")
    }

    static func importError(_ text: String) -> ImportError? {
        do {
            _ = try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "bad.txt")
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            return nil
        }
    }

    @Test func badAmountIsLocated() throws {
        var line = 0
        let text = Self.damaged { lines in
            let index = lines.firstIndex { $0.hasPrefix("\t合计\t") } ?? 0
            lines[index] = lines[index].replacingOccurrences(of: ".", with: "x", options: [], range: nil)
            line = index + 1
        }
        let error = try #require(Self.importError(text))
        #expect(error.code == .invalidAmount)
        #expect(error.line == line)
        #expect(error.file == "bad.txt")
    }

    @Test func extraCellIsLocated() throws {
        var line = 0
        let text = Self.damaged { lines in
            let index = lines.firstIndex { $0.hasPrefix("201\t") || $0.hasPrefix("2") && $0.contains("\t") } ?? 0
            lines[index] += "\t\t\t\t\t\t\t\t\t1.00"
            line = index + 1
        }
        let error = try #require(Self.importError(text))
        #expect(error.code == .malformedTable)
        #expect(error.line == line)
    }

    @Test func missingHeaderIsLocated() throws {
        var line = 0
        let text = Self.damaged { lines in
            let title = lines.firstIndex(of: "支出决算表") ?? 0
            lines.remove(at: title + 2)
            line = title + 3
        }
        let error = try #require(Self.importError(text))
        #expect(error.code == .malformedTable)
        #expect(error.line == line)
        #expect(error.expected.contains("本年支出合计"))
    }

    @Test func strayTextInTablesIsLocated() throws {
        var line = 0
        let text = Self.damaged { lines in
            let title = lines.firstIndex(of: "收入决算表") ?? 0
            lines.insert("这一行不是表格的一部分", at: title + 4)
            line = title + 5
        }
        let error = try #require(Self.importError(text))
        #expect(error.code == .malformedTable)
        #expect(error.line == line)
    }

    @Test func tableTwiceIsAnError() throws {
        let text = Self.damaged { lines in
            let start = lines.firstIndex(of: "收入决算表") ?? 0
            let end = lines.firstIndex(of: "支出决算表") ?? start
            // Among the tables: the self-evaluations that end the text are read apart.
            lines.insert(contentsOf: Array(lines[start..<end]), at: end)
        }
        let error = try #require(Self.importError(text))
        #expect(error.code == .duplicateTable)
    }
}
