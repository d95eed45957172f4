import Foundation
import Testing
import YusuanCore

@testable import YusuanValidation

struct ReportWriterTests {
    static func report() throws -> ValidationReport {
        let seed = try Seeds.year2024.with { $0.tables.threePublicExpenditure?.amounts.reception.bump() }
        return Validator().validate(seed)
    }

    @Test func textIsCompilerStyleWithASummary() throws {
        let report = try Self.report()
        let text = TextReportWriter(language: .zh).render(report, fileName: "a.txt")
        let lines = text.split(separator: "\n")
        #expect(lines.count == report.findings.count + 1)
        #expect(lines.contains { $0.hasPrefix("a.txt:") && $0.contains(": error[A5]: 表四") })
        #expect(lines.last?.contains("错误 \(report.errorCount)") == true)
        let english = TextReportWriter(language: .en).render(report, fileName: "a.txt")
        #expect(english.contains("error[A5]: Table 4"))
        #expect(english.contains("\(report.errorCount) errors"))
    }

    @Test func csvHasStableColumnsAndOneRowPerFinding() throws {
        let report = try Self.report()
        let csv = CSVReportWriter(language: .zh, includesByteOrderMark: false).render(report, fileName: "a.txt")
        let rows = csv.split(separator: "\r\n")
        #expect(
            rows.first == "file,department,year,rule,severity,table,row,column,line,expected,actual,difference,message"
        )
        #expect(rows.count == report.findings.count + 1)
        #expect(rows.contains { $0.hasPrefix("a.txt,236-重庆市南岸区政务服务管理办公室,2024,A5,error,") })
        #expect(CSVReportWriter.escape("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }

    @Test func jsonIsDeterministicAndKeepsAmountsAsStrings() throws {
        let report = try Self.report()
        let writer = JSONReportWriter(language: .en)
        let first = writer.render(report, fileName: "a.txt")
        #expect(first == writer.render(try Self.report(), fileName: "a.txt"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(object["format"] as? String == JSONReportWriter.formatIdentifier)
        let reports = try #require(object["reports"] as? [[String: Any]])
        let findings = try #require(reports.first?["findings"] as? [[String: Any]])
        let a5 = try #require(findings.first { $0["rule"] as? String == "A5" })
        // 合计 2.90 against 出国 + 车辆小计 + 接待 = 0 + 1.90 + 2.00.
        #expect(a5["actual"] as? String == "2.90")
        #expect(a5["expected"] as? String == "3.90")
        #expect(a5["difference"] as? String == "-1.00")
        #expect(a5["tolerance"] as? String == "0.015")
        let outcomes = try #require(reports.first?["outcomes"] as? [[String: Any]])
        #expect(outcomes.count == RuleCatalogue.standard.rules.count)
    }
}
