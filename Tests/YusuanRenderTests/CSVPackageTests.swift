import Foundation
import Testing
import YusuanCore
import YusuanTestSupport

@testable import YusuanRender

@Suite struct CSVPackageTests {
    @Test func oneFilePerTableAndADescriptor() throws {
        let files = try CSVPackageRenderer().renderFiles(try Documents.seed(Documents.seedNames[0]))
        #expect(files.count == 12)
        #expect(files["datapackage.json"] != nil)
        let summary = try #require(files["01-financial-summary.csv"].map { String(decoding: $0, as: UTF8.self) })
        #expect(summary.hasPrefix("收入 / 项目,收入 / 预算数,支出 / 项目,支出 / 合计,支出 / 一般公共预算,"))
        #expect(summary.contains("一、本年收入,967.73,一、本年支出,967.73,967.73,,\r\n"))
        let projects = try #require(files["11-project-performance.csv"].map { String(decoding: $0, as: UTF8.self) })
        #expect(projects.contains("公共资源交易中心运行维护费,236-重庆市南岸区政务服务管理办公室,9.00,"))
    }

    @Test func descriptorTypesTheFields() throws {
        let files = try CSVPackageRenderer().renderFiles(try Documents.seed(Documents.seedNames[1]))
        let data = try #require(files["datapackage.json"])
        let descriptor = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(descriptor["profile"] as? String == "tabular-data-package")
        let resources = try #require(descriptor["resources"] as? [[String: Any]])
        #expect(resources.count == 11)
        let fields = try #require((resources[1]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        #expect(fields.map { $0["type"] as? String } == ["string", "string", "number", "number", "number"])
        #expect(fields[2]["decimalPlaces"] as? Int == 2)
    }

    /// Before, a document's 项目支出绩效自评表 were left out of the package: its data were not downloadable as CSV.
    @Test func selfEvaluationsAreTwoTidyFilesLedByTheProject() throws {
        var document = try Documents.seed(Documents.seedNames[0])
        var second = SelfEvaluationSample.table(project: "政务大厅运行保障")
        second.grade = nil
        document.tables.projectSelfEvaluations = [SelfEvaluationSample.table(), second]
        let files = try CSVPackageRenderer().renderFiles(document)
        #expect(files.count == 14)
        let funds = try #require(files["self-evaluation-funds.csv"].map { String(decoding: $0, as: UTF8.self) })
        let fundLines = funds.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(fundLines.first == "项目名称,主管部门,实施单位,资金,年初预算数,全年预算数,全年执行数,分值,执行率,得分,总分,评价等级")
        // Three fund rows per project, each amount as printed, the 总分 and the grade beside them.
        #expect(fundLines.count == 1 + 6)
        let first = SelfEvaluationSample.table()
        let total = first.totalScore.map(\.plainText) ?? ""
        #expect(
            fundLines[1]
                == "信息系统运行维护,001-示例局,001001-示例局本级,年度资金总额,100.00,120.00,114.00,10,95.00,9.50,\(total),\(first.grade ?? "")"
        )
        #expect(fundLines[6].hasPrefix("政务大厅运行保障,001-示例局,001001-示例局本级,其他资金,0.00,0.00,0.00,,,,"))
        #expect(fundLines[6].hasSuffix(","))  // no grade printed for the second project
        let indicators = try #require(
            files["self-evaluation-indicators.csv"].map { String(decoding: $0, as: UTF8.self) }
        )
        let indicatorLines = indicators.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(indicatorLines.count == 1 + first.indicators.count + second.indicators.count)
        #expect(indicatorLines[1] == "信息系统运行维护,001-示例局,001001-示例局本级,产出指标,数量指标,运维设备数量,≥50台,52台,20,20,")
        let data = try #require(files["datapackage.json"])
        let descriptor = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let resources = try #require(descriptor["resources"] as? [[String: Any]])
        let fields = try #require(
            resources.first { $0["path"] as? String == "self-evaluation-funds.csv" }
                .flatMap { ($0["schema"] as? [String: Any])?["fields"] as? [[String: Any]] }
        )
        #expect(
            fields.map { $0["type"] as? String }.suffix(8) == [
                "number", "number", "number", "number", "number", "number", "number", "string",
            ]
        )
    }

    @Test func quotesWhereNeeded() {
        #expect(CSVTable.quoted("a,b") == "\"a,b\"")
        #expect(CSVTable.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.quoted("plain") == "plain")
    }

    @Test(.enabled(if: Tools.executable("frictionless") != nil, "needs frictionless (pip install frictionless)"))
    func frictionlessValidatesThePackage() throws {
        let frictionless = try #require(Tools.executable("frictionless"))
        var withSelfEvaluations = try Documents.seed(Documents.seedNames[0])
        withSelfEvaluations.tables.projectSelfEvaluations = [SelfEvaluationSample.table()]
        for document in try Documents.seedNames.map(Documents.seed) + Documents.generated.prefix(2) + [
            withSelfEvaluations
        ] {
            let directory = try Tools.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            for (name, data) in try CSVPackageRenderer().renderFiles(document) {
                try data.write(to: directory.appendingPathComponent(name))
            }
            let result = try Tools.run(
                frictionless,
                ["validate", directory.appendingPathComponent("datapackage.json").path]
            )
            #expect(result.status == 0, "\(result.output)")
        }
    }
}
