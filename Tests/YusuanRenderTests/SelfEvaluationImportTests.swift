import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanRender
import YusuanTestSupport
import YusuanXLSX

/// The 项目支出绩效自评表 through the published text layout (render → import), through a workbook in the national
/// template's layout, into HTML and Markdown, and the located errors of malformed input.
@Suite("项目支出绩效自评表: import and rendering")
struct SelfEvaluationImportTests {
    static let seedName = Documents.seedNames[0]

    /// The 2024 seed with two self-evaluations appended.
    static func documentWithSelfEvaluations() throws -> Disclosure {
        var document = try Documents.seed(seedName)
        var second = SelfEvaluationSample.table(project: "政务大厅运行保障")
        second.grade = nil
        second.year = nil
        second.indicators[0].deviationReason = "无偏差"
        document.tables.projectSelfEvaluations = [SelfEvaluationSample.table(), second]
        return document
    }

    @Test("a document with self-evaluations survives the published text layout")
    func publishedTextRoundTrip() throws {
        let document = try Self.documentWithSelfEvaluations()
        let text = PublishedTextRenderer.render(document)
        #expect(text.contains("项目支出绩效自评表\n（2024年度）\n项目名称\t信息系统运行维护\n"))
        #expect(text.contains("\t年度资金总额\t100.00\t120.00\t114.00\t10\t95.00%\t9.50\n"))
        #expect(text.contains("\t产出指标\t质量指标\t系统可用率\t≥99%\t98.01%\t20\t19.80\t机房停电检修两次，已增配备用电源。\n"))
        #expect(text.contains("总分\t\t\t\t\t\t100\t95.30\n自评等级\t优\n"))
        let read = try PublishedTextImporter.importDocument(text: text, fileName: "with-self-evaluations.txt")
        let evaluations = try #require(read.tables.projectSelfEvaluations)
        #expect(evaluations.count == 2)
        // Source lines aside, the figures and texts are those written.
        #expect(read.withoutSourceLines() == document.withoutSourceLines())
        // The tables before them are read as without them.
        var withoutEvaluations = read
        withoutEvaluations.tables.projectSelfEvaluations = nil
        let plain = try Documents.seed(Self.seedName)
        #expect(withoutEvaluations.withoutSourceLines() == plain.withoutSourceLines())
        // Lines point at the text.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = evaluations[0]
        let titleLine = try #require(first.line)
        #expect(lines[titleLine - 1] == "项目支出绩效自评表")
        let indicatorLine = try #require(first.indicators[2].line)
        #expect(lines[indicatorLine - 1].contains("故障响应时间"))
        let totalLine = try #require(first.totalLine)
        #expect(lines[totalLine - 1].hasPrefix("总分"))
    }

    /// The national template's layout (财预〔2020〕10号), merged cells and all, as a department fills it in.
    static func nationalWorkbook(rateCell: XLSXCell? = nil, strayCell: Bool = false) -> XLSXWorkbook {
        func t(_ text: String) -> XLSXCell { XLSXCell(.text(text)) }
        func n(_ value: String, _ format: String = "0.00") -> XLSXCell {
            XLSXCell(.number(value), style: XLSXStyle(numberFormat: format))
        }
        let percent = XLSXCell(.number("0.95"), style: XLSXStyle(numberFormat: "0.00%"))
        var rows: [[XLSXCell?]] = [
            [t("项目支出绩效自评表")],
            [t("（2024年度）")],
            [t("项目名称"), t("信息系统运行维护")],
            [t("主管部门"), t("001-示例局"), nil, nil, nil, t("实施单位"), t("001001-示例局本级")],
            [t("项目资金（万元）"), nil, t("年初预算数"), t("全年预算数"), t("全年执行数"), t("分值"), t("执行率"), t("得分")],
            [nil, t("年度资金总额"), n("100"), n("120"), n("114"), n("10", "0"), rateCell ?? percent, n("9.5")],
            [nil, t("其中：财政拨款"), n("100"), n("120"), n("114"), t("—"), percent, t("—")],
            [nil, t("其他资金"), n("0"), n("0"), n("0"), t("—"), t("—"), t("—")],
            [t("年度总体目标"), t("预期目标"), nil, nil, nil, t("实际完成情况")],
            [nil, t("保障信息系统全年稳定运行，设备运维不少于50台。"), nil, nil, nil, t("全年系统稳定运行，完成52台设备运维。")],
            [
                t("绩效指标"), t("一级指标"), t("二级指标"), t("三级指标"), t("年度指标值"), t("实际完成值"), t("分值"),
                t("得分"), t("偏差原因分析及改进措施"),
            ],
            [nil, t("产出指标"), t("数量指标"), t("运维设备数量"), t("≥50台"), t("52台"), n("20", "0"), n("20", "0")],
            [
                nil, nil, t("质量指标"), t("系统可用率"), t("≥99%"), t("98.01%"), n("20", "0"), n("19.8"),
                t("机房停电检修两次，已增配备用电源。"),
            ],
            [
                nil, nil, t("时效指标"), t("故障响应时间"), t("≤2小时"), t("2.5小时"), n("10", "0"), n("8"),
                t("夜间值守人员不足，已调整排班。"),
            ],
            [nil, t("效益指标"), t("社会效益指标"), t("服务保障效果"), t("效果明显"), t("达成预期指标"), n("30", "0"), n("28", "0")],
            [
                nil, t("满意度指标"), t("服务对象满意度指标"), t("使用人员满意度"), t("≥90%"), t("95%"), n("10", "0"),
                n("10", "0"),
            ],
            [t("总分"), nil, nil, nil, nil, nil, n("100", "0"), n("95.3")],
            [t("自评等级"), t("优")],
        ]
        if strayCell { rows[11].append(contentsOf: [nil, t("多余")]) }
        let merges = [
            XLSXRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 9),
            XLSXRange(firstRow: 3, firstColumn: 2, lastRow: 3, lastColumn: 9),
            XLSXRange(firstRow: 5, firstColumn: 1, lastRow: 8, lastColumn: 1),
            XLSXRange(firstRow: 9, firstColumn: 1, lastRow: 10, lastColumn: 1),
            XLSXRange(firstRow: 11, firstColumn: 1, lastRow: 16, lastColumn: 1),
            XLSXRange(firstRow: 12, firstColumn: 2, lastRow: 14, lastColumn: 2),
            XLSXRange(firstRow: 17, firstColumn: 1, lastRow: 17, lastColumn: 6),
        ]
        return XLSXWorkbook(sheets: [XLSXSheet(name: "自评表1", rows: rows, merges: merges)])
    }

    @Test("a workbook in the national template's layout gives the same table as the text")
    func nationalWorkbookImport() throws {
        let data = try XLSXWriter.write(Self.nationalWorkbook())
        let evaluations = try SelfEvaluationWorkbookImporter.importSelfEvaluations(data: data, fileName: "自评.xlsx")
        #expect(evaluations.count == 1)
        let read = try #require(evaluations.first)
        #expect(read == SelfEvaluationSample.table())
        // The 一级 label merged over three rows is each row's.
        #expect(read.indicators.prefix(3).allSatisfy { $0.level1 == "产出指标" })
        #expect(read.funds[0].executionRate == Amount("95.00"))
    }

    @Test("a disclosure workbook carries its self-evaluation sheets into the model")
    func disclosureWorkbookKeepsSelfEvaluations() throws {
        let document = try Documents.seed(Self.seedName)
        var workbook = try XLSXReader.read(XLSXRenderer().render(document))
        let national = try XLSXReader.read(XLSXWriter.write(Self.nationalWorkbook()))
        workbook.sheets += national.sheets
        let rewritten = XLSXWorkbook(
            sheets: workbook.sheets.map { sheet in
                XLSXSheet(
                    name: sheet.name,
                    rows: sheet.rows.map { row in
                        row.map { cell in
                            cell.map { cell in
                                XLSXCell(
                                    cell.kind == .number ? .number(cell.value) : .text(cell.value),
                                    style: XLSXStyle(numberFormat: cell.numberFormat)
                                )
                            }
                        }
                    }
                )
            }
        )
        let read = try XLSXImporter.importDocument(data: XLSXWriter.write(rewritten), fileName: "disclosure.xlsx")
        #expect(read.tables.projectSelfEvaluations == [SelfEvaluationSample.table()])
    }

    @Test("a document with self-evaluations survives its workbook (render --to xlsx, then import)")
    func workbookRoundTrip() throws {
        var document = try Self.documentWithSelfEvaluations()
        // A title that names the table with the year after it, and a rate with one decimal.
        document.tables.projectSelfEvaluations?[1].title = "项目支出绩效自评表（2024年度）"
        document.tables.projectSelfEvaluations?[1].funds[0].executionRate = Amount("95.0")
        let workbook = XLSXRenderer().workbook(document)
        #expect(workbook.sheets.map(\.name).contains("绩效自评2"))
        let data = try XLSXRenderer().render(document)
        let read = try XLSXImporter.importDocument(data: data, fileName: "round.xlsx")
        #expect(read.tables.projectSelfEvaluations == document.withoutSourceLines().tables.projectSelfEvaluations)
        let alone = try SelfEvaluationWorkbookImporter.importSelfEvaluations(data: data, fileName: "round.xlsx")
        #expect(alone.count == 2)
        // And through the text layout too.
        let text = PublishedTextRenderer.render(document)
        let fromText = try PublishedTextImporter.importDocument(text: text, fileName: "round.txt")
        #expect(fromText.withoutSourceLines() == document.withoutSourceLines())
    }

    @Test("a narrative sentence naming the table starts no block")
    func narrativeMentionIsNoBlock() throws {
        let text = try Documents.seedText(Self.seedName)
        let second = try #require(text.range(of: "\n二、"))
        let mentioned = text.replacingCharacters(in: second, with: "\n附件：项目支出绩效自评表\n二、")
        let read = try PublishedTextImporter.importDocument(text: mentioned, fileName: "mention.txt")
        #expect(read.tables.projectSelfEvaluations == nil)
        #expect(read.narrative.blocks.contains { $0.text.contains("项目支出绩效自评表") })
    }

    @Test("malformed workbook cells are errors naming the sheet and cell")
    func malformedWorkbook() throws {
        let badRate = XLSXCell(.text("九成五"))
        let data = try XLSXWriter.write(Self.nationalWorkbook(rateCell: badRate))
        let error = try #require(
            throws: ImportError.self,
            performing: { try SelfEvaluationWorkbookImporter.importSelfEvaluations(data: data, fileName: "自评.xlsx") }
        )
        #expect(error.code == .invalidAmount)
        #expect(error.line == 6)
        #expect(error.description.contains("自评表1!G6"))
        #expect(error.description.contains("九成五"))
        let stray = try XLSXWriter.write(Self.nationalWorkbook(strayCell: true))
        let strayError = try #require(
            throws: ImportError.self,
            performing: { try SelfEvaluationWorkbookImporter.importSelfEvaluations(data: stray, fileName: "自评.xlsx") }
        )
        #expect(strayError.code == .malformedTable)
        #expect(strayError.description.contains("自评表1!J12"))
        let none = try XLSXWriter.write(XLSXWorkbook(sheets: [XLSXSheet(name: "表一", rows: [[XLSXCell(.text("x"))]])]))
        #expect(throws: ImportError.self) {
            try SelfEvaluationWorkbookImporter.importSelfEvaluations(data: none, fileName: "空.xlsx")
        }
    }

    /// The text of the document with one line of the first self-evaluation replaced.
    static func text(replacing old: String, with new: String) throws -> (text: String, line: Int) {
        let text = PublishedTextRenderer.render(try documentWithSelfEvaluations())
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix(old) })
        lines[index] = new
        return (lines.joined(separator: "\n"), index + 1)
    }

    @Test(
        "malformed text is an error at its line saying what was expected",
        arguments: [
            ("\t年度资金总额\t", "\t年度资金总额\t100.00\t一百二十\t114.00\t10\t95.00%\t9.50", "invalid-amount", "全年预算数"),
            ("\t年度资金总额\t", "\t年度资金总额\t100.00\t120.00\t114.00\t10\t95%%\t9.50", "invalid-amount", "执行率"),
            ("\t产出指标\t数量指标\t", "\t产出指标\t数量指标\t运维设备数量\t≥50台\t52台\t20\t20\t\t多余", "malformed-table", "绩效指标"),
            ("\t产出指标\t数量指标\t", "\t产出指标\t数量指标\t\t≥50台\t52台\t20\t20", "malformed-table", "三级指标"),
            ("自评等级", "自我评价\t优", "malformed-table", "项目支出绩效自评表"),
            ("绩效指标\t一级指标", "绩效指标\t一级指标\t二级指标\t名称\t年度指标值\t实际完成值\t分值\t得分", "malformed-table", "三级指标"),
        ]
    )
    func malformedText(_ old: String, _ new: String, _ code: String, _ expected: String) throws {
        let (text, line) = try Self.text(replacing: old, with: new)
        let error = try #require(
            throws: ImportError.self,
            performing: { try PublishedTextImporter.importDocument(text: text, fileName: "自评.txt") }
        )
        #expect(error.code.description == code)
        #expect(error.line == line)
        #expect(error.file == "自评.txt")
        #expect(error.expected.contains(expected), "\(error)")
    }

    @Test("a block cut off before its rows is an error, not an empty table")
    func truncatedText() throws {
        let text = PublishedTextRenderer.render(try Documents.seed(Self.seedName)) + "\n项目支出绩效自评表\n（2024年度）\n"
        let error = try #require(
            throws: ImportError.self,
            performing: { try PublishedTextImporter.importDocument(text: text, fileName: "自评.txt") }
        )
        #expect(error.code == .truncated)
        #expect(error.expected.contains("项目名称"))
    }

    @Test("HTML and Markdown show every self-evaluation with its figures")
    func htmlAndMarkdown() throws {
        let document = try Self.documentWithSelfEvaluations()
        let html = HTMLRenderer().html(document)
        #expect(html.contains("<section class=\"table self-evaluation\" id=\"self-evaluation-1\">"))
        #expect(html.contains("<section class=\"table self-evaluation\" id=\"self-evaluation-2\">"))
        #expect(html.contains("<td colspan=\"8\">信息系统运行维护</td>"))
        #expect(html.contains("<td class=\"num\">95.00%</td>"))
        #expect(html.contains("<td>≥99%</td><td>98.01%</td><td class=\"num\">20</td><td class=\"num\">19.80</td>"))
        #expect(html.contains("<td class=\"num\">95.30</td>"))
        let markdown = MarkdownRenderer().markdown(document)
        #expect(markdown.contains("## 项目支出绩效自评表（2024年度）"))
        #expect(markdown.contains("| 年度资金总额 | 100.00 | 120.00 | 114.00 | 10 | 95.00% | 9.50 |"))
        #expect(markdown.contains("| 产出指标 | 时效指标 | 故障响应时间 | ≤2小时 | 2.5小时 | 10 | 8.00 | 夜间值守人员不足，已调整排班。 |"))
        #expect(markdown.contains("- **自评等级**：优"))
    }
}
