import Foundation
import Testing
import YusuanCore

@testable import YusuanRender

@Suite struct MarkdownRendererTests {
    @Test func tablesHaveFlattenedHeadersAndAlignedAmounts() throws {
        let markdown = MarkdownRenderer().markdown(try Documents.seed(Documents.seedNames[0]))
        #expect(markdown.hasPrefix("# 重庆市南岸区政务服务管理办公室\n\n## 2024 年部门预算情况说明\n"))
        #expect(markdown.contains("| 收入 / 项目 | 收入 / 预算数 | 支出 / 项目 | 支出 / 合计 |"))
        #expect(markdown.contains("| --- | ---: | --- | ---: | ---: | ---: | ---: |"))
        #expect(markdown.contains("> 备注：本部门无该项收支，故此表无数据。"))
        #expect(markdown.contains("- **项目名称**：公共资源交易中心运行维护费"))
        #expect(markdown.contains("| 指标名称 | 指标权重 | 指标性质 | 指标值 | 计量单位 | 是否核心 |"))
    }

    @Test func markupIsEscaped() {
        #expect(MarkdownRenderer.escaped("a|b<c>*d*") == "a\\|b&lt;c&gt;\\*d\\*")
    }
}
