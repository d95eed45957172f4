import Testing
import YusuanCore

@testable import YusuanImport

/// The per-项 statements (`…（项）X万元 … 上年 P 万元，本年预算安排 Y 万元，比上年增加 Z%`) in the forms real narratives
/// print them.
@Suite struct ItemStatementReaderTests {
    static func paragraph(_ text: String, line: Int = 10) -> NarrativeBlock {
        NarrativeBlock(kind: .paragraph, text: text, line: line)
    }

    static func read(_ texts: String...) throws -> [ItemStatement] {
        try #require(ItemStatementReader.statements(in: texts.enumerated().map { paragraph($1, line: 10 * ($0 + 1)) }))
    }

    @Test("codes in the brackets, numbered 1、, 万元 with decimals, 当年预算执行数, 减少 Z%, reason")
    func shanghaiStatement() throws {
        let statements = try Self.read(
            "1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为"
                + "1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是：部分人员退休。"
        )
        #expect(statements.count == 1)
        let statement = try #require(statements.first)
        #expect(statement.code == "2040601")
        #expect(statement.className == "公共安全支出")
        #expect(statement.sectionName == "司法")
        #expect(statement.itemName == "行政运行")
        #expect(statement.amount == Amount("1672.67"))
        #expect(statement.unit == .tenThousandYuan)
        #expect(statement.usage == "行政单位的基本支出")
        #expect(statement.priorYear == 2025)
        #expect(statement.priorLabel == "当年预算执行数")
        #expect(statement.priorAmount == Amount("1690.69"))
        #expect(statement.budgetAmount == Amount("1672.67"))
        #expect(statement.direction == .decrease)
        #expect(statement.statedPercent == Amount("1.07"))
        #expect(statement.statedChange == nil)
        #expect(statement.reason == "部分人员退休")
        #expect(statement.sentence.line == 10)
        #expect(statement.sentence.text.hasPrefix("公共安全支出（204类）"))
        #expect(statement.sentence.text.hasSuffix("主要原因是：部分人员退休。"))
        #expect(statement.priorLine == nil)
        #expect(statement.budgetLine == 10)
    }

    @Test("names in quotes without codes, numbered 1., a space before %, 持平 without a percentage")
    func quotedNamesWithoutCodes() throws {
        let statements = try Self.read(
            "1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。2022年当年预算执行数为1.48"
                + "万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %。主要原因是：统计管理经费增加。",
            "8. “公共安全支出（类）司法（款）公共法律服务（项）”15.00万元，主要用于公共法律服务。2022年当年预算执行数为15.00万"
                + "元，2023年预算安排15.00万元，比2022年预算执行数持平。主要原因是：公共法律服务经费保持不变。"
        )
        #expect(statements.count == 2)
        #expect(statements[0].code == "")
        #expect(statements[0].className == "一般公共服务支出")
        #expect(statements[0].sectionName == "统计信息事务")
        #expect(statements[0].itemName == "统计管理")
        #expect(statements[0].statedPercent == Amount("77.70"))
        #expect(statements[0].direction == .increase)
        #expect(statements[0].usage == "统计管理")
        #expect(statements[1].direction == .unchanged)
        #expect(statements[1].statedPercent == nil)
        #expect(statements[1].priorAmount == Amount("15.00"))
        #expect(statements[1].reason == "公共法律服务经费保持不变")
        #expect(statements[1].sentence.line == 20)
    }

    @Test(
        "half-width and full-width brackets and digits read alike",
        arguments: [
            "公共安全支出(204类)司法(06款)行政运行(01项)1672.67万元",
            "公共安全支出（２０４类）司法（０６款）行政运行（０１项）１６７２．６７万元",
            "公共安全支出（204类)司法(06款）行政运行（01项) 1672.67 万元",
        ]
    )
    func bracketsAndDigits(_ head: String) throws {
        let statements = try Self.read(
            head + "。上年当年预算执行数为1690.69万元，本年预算安排1672.67万元，比上年预算执行数减少1.07％。主要原因是：人员退休。"
        )
        #expect(statements.count == 1)
        #expect(statements[0].code == "2040601")
        #expect(statements[0].className == "公共安全支出")
        #expect(statements[0].sectionName == "司法")
        #expect(statements[0].itemName == "行政运行")
        #expect(statements[0].amount == Amount("1672.67"))
        #expect(statements[0].statedPercent == Amount("1.07"))
        #expect(statements[0].priorYear == nil)
        #expect(statements[0].priorLabel == "当年预算执行数")
    }

    @Test("a whole code: in brackets after the name, or before it")
    func wholeCodes() throws {
        let bracketed = try Self.read(
            "（1）行政运行（2040601）1672.67万元，主要用于行政单位的基本支出。2025年预算执行数为1690.69万元，2026年预算安排"
                + "1672.67万元，比2025年预算执行数下降1.07%，主要原因是人员退休。"
        )
        #expect(bracketed.count == 1)
        #expect(bracketed[0].code == "2040601")
        #expect(bracketed[0].itemName == "行政运行")
        #expect(bracketed[0].priorLabel == "预算执行数")
        #expect(bracketed[0].direction == .decrease)
        #expect(bracketed[0].reason == "人员退休")
        let leading = try Self.read(
            "2. 2080505 机关事业单位基本养老保险缴费支出 183.95 万元。上年预算执行数为156.34万元，本年预算安排183.95万元，"
                + "比上年增长17.66%。主要原因是：养老保险缴费基数调整。"
        )
        #expect(leading.count == 1)
        #expect(leading[0].code == "2080505")
        #expect(leading[0].itemName == "机关事业单位基本养老保险缴费支出")
        #expect(leading[0].amount == Amount("183.95"))
        #expect(leading[0].priorLabel == "预算执行数")
        #expect(leading[0].priorAmount == Amount("156.34"))
        #expect(leading[0].direction == .increase)
        #expect(leading[0].statedPercent == Amount("17.66"))
    }

    @Test(
        "the prior figure's label: 上年当年预算执行数, 2025年预算执行数, 上年预算数, 上年执行数",
        arguments: [
            ("上年当年预算执行数为", nil, "当年预算执行数"), ("2025年预算执行数为", 2025, "预算执行数"),
            ("上年预算数为", nil, "预算数"), ("上年执行数", nil, "执行数"),
        ] as [(String, Int?, String)]
    )
    func priorLabels(_ label: String, _ year: Int?, _ written: String) throws {
        let statements = try Self.read(
            "（3）社会保障和就业支出（类）民政管理事务（款）社会组织管理（项）21.50万元。\(label)14.00万元，本年预算安排21.50万元，"
                + "比上年增长53.57%。"
        )
        #expect(statements.count == 1)
        #expect(statements[0].priorAmount == Amount("14.00"))
        #expect(statements[0].priorYear == year)
        #expect(statements[0].priorLabel == written)
        #expect(statements[0].statedPercent == Amount("53.57"))
    }

    @Test("amounts with separators, without decimals, and in 元 (the other figures converted to the heading's unit)")
    func amountForms() throws {
        let statements = try Self.read(
            "5. “科学技术支出（类）科技条件与服务（款）科技条件专项（项）”1,720.00万元，主要用于政策扶持资金支出。",
            "4、公共安全支出（204类）司法（06款）公共法律服务（07项）686万元。2025年当年预算执行数为679.12万元，2026年预算安排"
                + "686万元，比2025年预算执行数增加1.01%。",
            "12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）2,087,959元。2025年当年预算执行数为1,983,400元，"
                + "2026年预算安排2,087,959元，比2025年预算执行数增加5.27%。主要原因是：支出增加。"
        )
        #expect(statements.count == 3)
        #expect(statements[0].amount == Amount("1720.00"))
        #expect(statements[0].priorAmount == nil)
        #expect(statements[0].usage == "政策扶持资金支出")
        #expect(statements[1].amount == Amount("686"))
        #expect(statements[1].budgetAmount == Amount("686"))
        #expect(statements[2].unit == .yuan)
        #expect(statements[2].amount == Amount(2_087_959))
        #expect(statements[2].priorAmount == Amount(1_983_400))
    }

    @Test("a change given as an amount and a percentage (增长/下降), and 与上年相比")
    func changeAsAmount() throws {
        let statements = try Self.read(
            "（2）社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）193.24 万元，主要用于离退休方面的支出。"
                + "比上年执行数增加 43.74 万元，增长 29.3%，主要原因是退休人数增加。",
            "2．检察（款）一般行政管理事务(项)支出 2354.4万元，与上年相比减少1311.6 万元，减少35.77 %。主要原因一是压减一般性支出。",
            "（8）科学技术支出（类）技术研究与开发（款）科技成果转化与扩散（项）32,240.98 万元，主要用于科技成果转化。比上年执行数"
                + "减少 83.30 万元，下降 0.3%，与上年基本持平。"
        )
        #expect(statements.count == 3)
        #expect(statements[0].statedChange == Amount("43.74"))
        #expect(statements[0].statedPercent == Amount("29.3"))
        #expect(statements[0].direction == .increase)
        #expect(statements[0].priorAmount == nil)
        #expect(statements[0].reason == "退休人数增加")
        #expect(statements[1].className == "")
        #expect(statements[1].sectionName == "检察")
        #expect(statements[1].itemName == "一般行政管理事务")
        #expect(statements[1].amount == Amount("2354.4"))
        #expect(statements[1].statedChange == Amount("1311.6"))
        #expect(statements[1].statedPercent == Amount("35.77"))
        #expect(statements[1].direction == .decrease)
        #expect(statements[1].reason == "一是压减一般性支出")
        #expect(statements[2].direction == .decrease)
        #expect(statements[2].statedPercent == Amount("0.3"))
        #expect(statements[2].amount == Amount("32240.98"))
    }

    @Test("与上年预算数相同 and 与上年持平 are no change; a 类 on a line of its own heads its items")
    func classOnItsOwnLine() throws {
        let statements = try Self.read(
            "（二）社会保障和就业支出（类）",
            "1.行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出 298.72 万元，与上年相比增加 20.83 万元，增长 7.5%。"
                + "主要原因是基数增加。",
            "2.住房改革支出（款）提租补贴（项）支出 13,000 万元，与上年预算数相同。"
        )
        #expect(statements.count == 2)
        #expect(statements[0].className == "社会保障和就业支出")
        #expect(statements[0].sectionName == "行政事业单位养老支出")
        #expect(statements[0].itemName == "机关事业单位基本养老保险缴费支出")
        #expect(statements[0].amount == Amount("298.72"))
        #expect(statements[0].sentence.line == 20)
        #expect(statements[1].direction == .unchanged)
        #expect(statements[1].amount == Amount("13000"))
    }

    @Test("several statements in one paragraph (merged lines) are read one by one")
    func mergedParagraph() throws {
        let statements = try Self.read(
            "公共安全支出（204类）司法（06款）普法宣传（05项）124.29万元。主要用于：法制宣传工作支出。2025年当年预算执行数为"
                + "118.46万元，2026年预算安排124.29万元，比2025年预算执行数增加4.92%。主要原因是：法制宣传工作支出增加。"
                + "公共安全支出（204类）司法（06款）信息化建设（13项）227.88万元。主要用于：信息化建设及运行维护等方面的支出。。2025年"
                + "当年预算执行数为60.41万元，2026年预算安排227.88万元，比2025年预算执行数增加277.22%。主要原因是：业务量增加。"
        )
        #expect(statements.count == 2)
        #expect(statements[0].reason == "法制宣传工作支出增加")
        #expect(statements[0].sentence.text.hasSuffix("法制宣传工作支出增加。"))
        #expect(statements[1].code == "2040613")
        #expect(statements[1].usage == "信息化建设及运行维护等方面的支出")
        #expect(statements[1].priorAmount == Amount("60.41"))
        #expect(statements[1].statedPercent == Amount("277.22"))
    }

    @Test("a statement split over two blocks at a page break is one, with the lines of P and Y")
    func splitAtPageBreak() throws {
        let statements = try Self.read(
            "（5）公共安全支出（类）公安（款）执法办案（项）",
            "3,307.07 万元，主要用于行政执法支出。上年执行数为 6,692.17 万元，本年预算安排 3,307.07 万元，比上年执行数减少",
            "3,385.10 万元，下降 50.6%，主要原因是调整功能科目。"
        )
        #expect(statements.count == 1)
        let statement = try #require(statements.first)
        #expect(statement.itemName == "执法办案")
        #expect(statement.amount == Amount("3307.07"))
        #expect(statement.sentence.line == 10)
        #expect(statement.priorAmount == Amount("6692.17"))
        #expect(statement.priorLine == 20)
        #expect(statement.budgetLine == 20)
        #expect(statement.statedChange == Amount("3385.10"))
        #expect(statement.statedPercent == Amount("50.6"))
        #expect(statement.reason == "调整功能科目")
    }

    @Test("a statement ends before a sentence that continues none of it, and at a heading")
    func statementEnds() throws {
        let blocks = [
            Self.paragraph(
                "13、住房保障支出（221类）住房改革支出（02款）购房补贴（03项）243.36万元。主要用于：发放购房补贴。2025年当年预算执行数为"
                    + "241.76万元，2026年预算安排243.36万元，比2025年预算执行数增加0.66%。主要原因是：支出增加。",
                line: 5
            ),
            Self.paragraph("财政拨款支出主要内容如上。2026年预算安排购置车辆0辆。", line: 7),
            NarrativeBlock(kind: .heading, text: "三、“三公”经费预算情况说明", line: 9),
            Self.paragraph("16. “住房保障支出（类）住房改革支出（款）购房补贴（项）”148.80万元，主要用于机关人员每月房贴支出。", line: 11),
            Self.paragraph("2025年预算安排购置车辆0辆，比上年减少1辆。", line: 12),
        ]
        let statements = try #require(ItemStatementReader.statements(in: blocks))
        #expect(statements.count == 2)
        #expect(statements[0].sentence.text.hasSuffix("主要原因是：支出增加。"))
        #expect(statements[1].usage == "机关人员每月房贴支出")
        #expect(statements[1].budgetAmount == nil)
        #expect(statements[1].direction == nil)
        #expect(statements[1].sentence.text.hasSuffix("房贴支出。"))
    }

    @Test("every prefix and every one-scalar cut of statements reads without trapping")
    func damagedTextReads() {
        let text = Array(
            ("（二）社会保障和就业支出（类）1. “住房保障支出（221类）住房改革支出（02款）住房公积金（01项）”208.8万元。2025年当年"
                + "预算执行数为198.34万元，2026年预算安排201.50万元，比2025年预算执行数增加5.27%。主要原因是：支出增加。"
                + "行政运行（2010401）2740.23万元，较上年增加957.62万元，增长53.7%，原因是：调资。2040601 行政运行 1.5万元。"
                + "上年执行数为1.0万元，与上年持平。").unicodeScalars
        )
        var read = 0
        for end in 0...text.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: text[0..<end])
            read += ItemStatementReader.statements(in: [Self.paragraph(String(prefix))])?.count ?? 0
            if end < text.count {
                var cut = String.UnicodeScalarView()
                cut.append(contentsOf: text[0..<end])
                cut.append(contentsOf: text[(end + 1)...])
                read += ItemStatementReader.statements(in: [Self.paragraph(String(cut))])?.count ?? 0
            }
        }
        #expect(read > text.count)
    }

    @Test(
        "no statement: a glossary entry, a 决算 statement without an amount after its heading, running text",
        arguments: [
            "八、一般公共服务支出(类)审计事务(款)行政运行(项)：反映行政单位（包括实行公务员管理的事业单位）的基本支出。",
            "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费。年初预算为 1560.05 万元，支出决算为1511.89万元。",
            "2024 年收入预算 2829.73 万元，比 2023 年增加 19.32 万元，主要原因是人员增加。",
            "预算执行数为 20240601 元。",
        ]
    )
    func noStatement(_ text: String) {
        #expect(ItemStatementReader.statements(in: [Self.paragraph(text)]) == nil)
    }

    @Test("the Chongqing seeds have none: their facts are unchanged", arguments: SeedFixtures.names)
    func seedsHaveNone(_ name: String) throws {
        let document = try SeedFixtures.disclosure(name)
        #expect(document.narrative.facts.itemStatements == nil)
        #expect(ItemStatementReader.statements(in: document.narrative.blocks) == nil)
    }
}
