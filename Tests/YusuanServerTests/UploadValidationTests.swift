import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanServer
import YusuanStorage

/// What an upload is validated against (`DisclosureStore.validationFindings(for:)`, used by the editor's upload
/// and publish and by the demo): the stored prior year and, for a 决算, the stored budget of the same year, so that
/// P8 compares the self-evaluations with the budget's targets as `validate` and `db import` do. (It used to be given
/// no budget: P8 lacked data for every uploaded 决算.)
@Suite struct UploadValidationTests {
    @Test func anUploadedFinalAccountIsComparedWithItsStoredBudget() async throws {
        let name = "2024-236-nanan-government-services-office.txt"
        let seed = try BundledSamples.text(named: name)
        let store = InMemoryDisclosureStore()
        let budget = try DocumentImporter.importDocument(data: Data(seed.utf8), fileName: name)
        _ = try await store.importDocument(try PreparedDocument(budget, findings: [], source: "test"))
        // The budget turned into a 决算 (its title) with a self-evaluation of its first project, one target changed.
        var text = seed.replacingOccurrences(of: "2024 年部门预算情况说明", with: "2024 年部门决算情况说明")
        text += """

            项目支出绩效自评表
            项目名称\t公共资源交易中心运行维护费
            主管部门\t236-重庆市南岸区政务服务管理办公室\t实施单位\t236001
            项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
            \t年度资金总额\t9.00\t9.00\t9.00\t10\t100.00%\t10.00
            年度总体目标\t预期目标\t实际完成情况
            \t保障交易中心运行\t全年运行正常
            绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
            \t产出指标\t数量指标\t政府采购节约资金量\t>1000万\t1200万\t30\t30\t
            \t产出指标\t时效指标\t招投标网站年稳定运行天数\t≥350天\t360天\t60\t60\t
            总分\t\t\t\t\t\t100\t100.00

            """
        let final = try DocumentImporter.importDocument(data: Data(text.utf8), fileName: "final.txt")
        #expect(final.identity.kind == .finalAccount)
        let findings = try await store.validationFindings(for: final)
        let p8 = findings.filter { $0.ruleID == "P8" }
        #expect(p8.contains { $0.message.contains("≥350天") && $0.message.contains("≥360天") }, "\(p8.map(\.message))")
    }
}
