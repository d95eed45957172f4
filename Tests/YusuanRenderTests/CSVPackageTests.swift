import Foundation
import Testing
import YusuanCore

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

    @Test func quotesWhereNeeded() {
        #expect(CSVTable.quoted("a,b") == "\"a,b\"")
        #expect(CSVTable.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.quoted("plain") == "plain")
    }

    @Test(.enabled(if: Tools.executable("frictionless") != nil, "needs frictionless (pip install frictionless)"))
    func frictionlessValidatesThePackage() throws {
        let frictionless = try #require(Tools.executable("frictionless"))
        for document in try Documents.seedNames.map(Documents.seed) + Documents.generated.prefix(2) {
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
