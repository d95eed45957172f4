import Foundation
import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// The validator's fast lookups (integer code keys, byte comparisons, sections and rule plans read once) give the
/// same answers as the plain string comparisons and accessors they replace.
struct LookupEquivalenceTests {
    /// 表二 as a coded table with the given codes and names, in order, and no amounts.
    static func functionView(_ rows: [(code: String, name: String)]) -> CodedTableView {
        let table = FunctionExpenditureTable(
            header: TableHeader(caption: nil, title: "表二"),
            totalRow: nil,
            rows: rows.map {
                FunctionRow(
                    code: $0.code,
                    name: $0.name,
                    amounts: ExpenditureSplit(total: nil, basic: nil, project: nil)
                )
            }
        )
        return CodedTableView(.generalBudgetExpenditure, function: table)
    }

    @Test func digitCodeKeysKeepLengthAndRejectOtherTexts() {
        #expect(DigitCode.key("201") != DigitCode.key("0201"))
        #expect(DigitCode.key("201") == DigitCode.key("201".utf8))
        for text in ["", "A", "20 1", "２０１", "2010301x", "123456789012345678"] {
            #expect(DigitCode.key(text) == nil, "\(text)")
        }
        for code in ["20103", "2010301", "301", "30101", "00000", "0010203", "12345678901234567"] {
            let key = DigitCode.key(code)!
            #expect(DigitCode.parentKey(of: key, count: code.utf8.count) == DigitCode.key(String(code.dropLast(2))))
            #expect(DigitCode.key(code, dropping: 2) == DigitCode.key(String(code.dropLast(2))))
        }
    }

    /// Rows out of order, a repeated code (or none), an orphan and codes that are not digits: the children and the
    /// rows by code are those a scan of the rows by text finds.
    @Test(arguments: [
        ["20103", "201", "2010301", "205", "2010302", "201", "20599", "2059901", "30101", "A", "", "2019999"],
        ["20103", "201", "2010301", "205", "2010302", "20599", "2059901", "30101", "A", "", "2019999", "2050101"],
        // In table order, where the parent is the last 类 or 款 row seen, but for a 款 or 项 listed after another
        // 类's or 款's rows, and with or without a repeated code.
        ["201", "20101", "2010101", "2010102", "20102", "2010201", "202", "20201", "20102", "2010202", "2020101"],
        ["201", "20101", "2010101", "202", "20201", "2010102", "20202", "2020201", "2029999", "203", "20301"],
        ["201", "20101", "2010101", "201", "20101", "2010102", "20102", "2010201"],
    ])
    func codedTableViewFindsRowsAndChildrenAsAScanByText(codes: [String]) {
        let view = Self.functionView(codes.enumerated().map { position, code in (code, "行\(position)") })
        let rows = Array(view.rows)
        #expect(rows.map(\.code) == codes)
        for code in codes + ["2010399", "B", "２０１"] {
            #expect(view.row(code: code)?.name == rows.first { $0.code == code }?.name, "\(code)")
        }
        for (position, row) in rows.enumerated() {
            let expected =
                row.level == nil
                ? []
                : rows.indices.filter { child in
                    guard let level = rows[child].level, level != .category else { return false }
                    return String(rows[child].code.dropLast(2)) == row.code
                }
            #expect(Array(view.childPositions[position]) == expected, "\(row.code)")
        }
    }

    /// The sorted key index finds the first row with a key as a scan of the rows does, with keys out of order,
    /// repeated and missing.
    @Test func rowKeyIndexFindsTheFirstRowAsAScan() {
        var random = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 5, 13, 40] {
            for _ in 0..<20 {
                let keys: [Int?] = (0..<count).map { _ in
                    Bool.random(using: &random) && count > 3 ? nil : Int.random(in: 0..<8, using: &random)
                }
                let index = RowKeyIndex(keys: keys)
                let present = keys.compactMap { $0 }
                #expect(index.hasRepeatedKeys == (Set(present).count != present.count), "\(keys)")
                for key in -1...9 {
                    #expect(index.firstPosition(of: key) == keys.firstIndex(of: key), "\(keys) \(key)")
                }
            }
        }
        let sorted = RowKeyIndex(keys: [1, 1, 2, nil, 3, 3, 5])
        #expect([1, 2, 3, 4, 5].map { sorted.firstPosition(of: $0) } == [0, 2, 4, nil, 6])
    }

    /// Without any parent in the table, no row has children.
    @Test func childPositionsOfATableWithoutParents() {
        let view = Self.functionView(["2010301", "2010302", "A"].map { ($0, $0) })
        for position in view.rows.indices { #expect(view.childPositions[position].isEmpty) }
    }

    /// The word-at-a-time check of ``ClassificationCatalogue/normalized(_:)`` finds a space, a tab, a parenthesis
    /// or U+3000 (and any other scalar starting with its lead byte) at every position of names of 0 to 40 bytes, as
    /// a byte-by-byte scan does, and no other byte.
    @Test func normalizingCheckAsAByteScan() {
        func byByte(_ text: String) -> Bool {
            text.utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x28 || $0 == 0x29 || $0 == 0xE3 }
        }
        let fillers = ["", "a", "收入", "项目支出绩效", "abcdefghijklmnopqrst", "一般公共预算财政拨款收入合计数"]
        let inserts = [" ", "\t", "(", ")", "\u{3000}", "、", "《", "*", "!", "8", "\u{00A0}", "Ａ", "\u{2028}", "\u{E3}"]
        var names: [String] = []
        for filler in fillers {
            names.append(filler)
            let characters = Array(filler)
            for insert in inserts {
                for position in 0...characters.count {
                    names.append(String(characters[..<position]) + insert + String(characters[position...]))
                }
            }
        }
        for byte in UInt8(0)...UInt8(0x7F) {
            for count in [1, 7, 8, 9, 16, 17] {
                for position in 0..<count {
                    var bytes = [UInt8](repeating: 0x61, count: count)
                    bytes[position] = byte
                    names.append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        for name in names {
            #expect(Labels.needsNormalizing(name) == byByte(name), "\(name.debugDescription)")
            var bridged = name
            bridged.makeContiguousUTF8()
            #expect(Labels.needsNormalizing(Substring(bridged).description) == byByte(name))
        }
        #expect(ClassificationCatalogue.normalized("a (b)\u{3000}c\t") == "a（b）c")
    }

    /// The fund a label names, found with the words searched for in the label's bytes, is the one `has` finds.
    @Test func fundSourceAsTheTextSearchFindsIt() {
        func byHas(_ label: String) -> FundSource? {
            let text = ClassificationCatalogue.normalized(label)
            if text.has("经营收入") && !text.has("国有资本") { return .business }
            return FundSource.allCases.first { text.has($0.rawValue) }
        }
        var labels = ["", " ", "经营", "收入", "事业单位经营收入", "国有资本经营收入", "国有资本经营预算拨款收入", "上年结转", "用事业基金弥补收支差额"]
        for fund in FundSource.allCases {
            for affix in ["", "资金", "拨款", "拨款收入", "预算财政拨款收入", " (本级)", "\u{3000}"] {
                labels += [fund.rawValue + affix, affix + fund.rawValue, "一、" + fund.rawValue + affix]
            }
            let characters = Array(fund.rawValue)
            labels.append(String(characters.dropLast()))
            labels.append(String(characters[..<1]) + " " + String(characters[1...]))
        }
        labels += labels.map { $0 + "经营收入" } + labels.map { "国有资本" + $0 }
        for label in labels {
            #expect(FundSource(label: label) == byHas(label), "\(label)")
        }
    }

    /// 表一's items and sections found with each label's words read once are those the text searches of each
    /// item find, for generated tables and for tables whose labels are shuffled, emptied or changed.
    @Test func financialSummarySectionsAsTheTextSearchesFindThem() {
        func section(_ items: [FinancialSummaryTable.Item], after start: String, before end: String)
            -> [FinancialSummaryTable.Item]
        {
            var result: [FinancialSummaryTable.Item] = []
            var inside = false
            // A total (合计/总计) ends a section and never starts one (本年收入合计 is a subtotal).
            func isTotal(_ label: String) -> Bool { label.has("合计") || label.has("总计") }
            for item in items {
                if item.label.has(start) && !isTotal(item.label) {
                    inside = true
                } else if item.label.has(end) || isTotal(item.label) || item.label.hasPrefixBytes("一、")
                    || item.label.hasPrefixBytes("二、")
                {
                    inside = false
                } else if inside {
                    result.append(item)
                }
            }
            return result
        }
        func check(_ table: FinancialSummaryTable) {
            let sections = FinancialSummarySections(table)
            let income = table.incomeItems
            let expenditure = table.expenditureItems
            #expect(sections.incomeItems == income)
            #expect(sections.expenditureItems == expenditure)
            #expect(sections.currentYearIncome == income.first { $0.label.has("本年收入") })
            #expect(sections.carriedOverIncome == income.first { $0.label.has("上年结转") })
            #expect(sections.incomeTotal == income.first { $0.label.has("合计") || $0.label.has("总计") })
            #expect(sections.currentYearIncomeSources == section(income, after: "本年收入", before: "上年结转"))
            #expect(sections.carriedOverSources == section(income, after: "上年结转", before: "合计"))
            #expect(sections.currentYearExpenditure == expenditure.first { $0.label.has("本年支出") })
            #expect(sections.carriedForwardExpenditure == expenditure.first { $0.label.has("结转下年") })
            #expect(sections.expenditureTotal == expenditure.first { $0.label.has("合计") || $0.label.has("总计") })
            var byClass: [FinancialSummaryTable.ExpenditureItem] = []
            var inside = false
            for item in expenditure {
                if item.label.has("本年支出") && !item.label.has("合计") && !item.label.has("总计") {
                    inside = true
                } else if item.label.has("结转下年") || item.label.has("合计") || item.label.has("总计") {
                    inside = false
                } else if inside {
                    byClass.append(item)
                }
            }
            #expect(sections.expenditureByClass == byClass)
        }
        var generator = DisclosureGenerator(seed: 21)
        var random = SplitMix64(seed: 3)
        let labels = [
            "", "一、本年收入", "二、上年结转", "收入合计", "支出合计", "一、本年支出", "二、结转下年", "合计", "一、其他",
            "二、其他", " 一、本年收入", "本年收入合计", "上年结转合计", "结转下年支出", "一般公共预算拨款收入", "一、",
        ]
        for index in 0..<40 {
            guard let table = generator.makeDisclosure(index: index).tables.financialSummary else { continue }
            check(table)
            for _ in 0..<6 {
                var changed = table
                for _ in 0..<3 where !changed.lines.isEmpty {
                    let position = random.int(in: 0...(changed.lines.count - 1))
                    changed.lines[position].incomeLabel = labels[random.int(in: 0...(labels.count - 1))]
                    changed.lines[position].expenditureLabel = labels[random.int(in: 0...(labels.count - 1))]
                }
                changed.lines.shuffle(using: &random)
                check(changed)
            }
        }
        check(FinancialSummaryTable(header: TableHeader(caption: nil, title: "表一"), lines: []))
    }

    @Test func indicatorOperatorsAndTrimmingAsTheCoreReadsThem() {
        let symbols = [
            "≥", " ≥ ", "\u{3000}≤", "\u{00A0}=\u{00A0}", ">=", "<=", "＞＝", "＜＝", "≧", "≦", "=", "＝", ">", "＞", "<",
            "＜",
            "定性", " 定性\t", "", " ", "abc", ">\u{338}", "=\u{338}", "≥≥", "定", "性", "≥\u{301}", "\u{226F}", "\u{2260}",
        ]
        for symbol in symbols {
            // The symbols as a `switch` on the trimmed text compares them (`==`).
            let reference: IndicatorOperator? =
                switch symbol.trimmingSpaces() {
                case "≥", ">=", "＞＝", "≧": .atLeast
                case "≤", "<=", "＜＝", "≦": .atMost
                case "=", "＝": .equal
                case ">", "＞": .greaterThan
                case "<", "＜": .lessThan
                case "定性": .qualitative
                default: nil
                }
            #expect(IndicatorOperator(symbol: symbol) == reference, "\(symbol)")
            #expect(
                IndicatorReading(value: "", operatorSymbol: symbol, unit: "").indicatorOperator == reference,
                "\(symbol)"
            )
            // The `String` overload (which returns the text itself when there is nothing to trim) and the general one.
            #expect(symbol.trimmingSpaces().utf8.elementsEqual(symbol[...].trimmingSpaces().utf8), "\(symbol)")
        }
    }

    /// The catalogue's name check answers as the indexed entry and a string comparison of the normalized name do,
    /// for every entry of the standard catalogue, its names, a name in decomposed form and a wrong name.
    @Test func catalogueNameCheckAsTheIndexedEntry() throws {
        let catalogue = RuleCatalogue.standard.classification
        for entry in catalogue.entries {
            guard let key = DigitCode.key(entry.code) else { continue }
            let decomposed = entry.name.decomposedStringWithCanonicalMapping
            for name in [entry.name, decomposed, "", entry.name + " ", "(" + entry.name + ")", "不是这个名称"] + entry.aliases
            {
                for year in [entry.yearFrom - 1, entry.yearFrom, entry.yearTo ?? 2030] {
                    let expected: ClassificationCatalogue.NameCheck
                    if let indexed = catalogue.indexedEntry(system: entry.system, code: entry.code, year: year) {
                        let accepted =
                            name.isEmpty
                            || ([indexed.entry.name] + indexed.entry.aliases).contains {
                                ClassificationCatalogue.normalized($0) == ClassificationCatalogue.normalized(name)
                            }
                        expected = accepted ? .accepted : .rejected(officialName: indexed.entry.name)
                    } else {
                        expected = .unknownCode
                    }
                    let check = catalogue.check(system: entry.system, codeKey: key, year: year, name: name)
                    #expect(check == expected, "\(entry.code) \(name) \(year)")
                }
            }
        }
    }

    /// A name with the bytes of the entry's name is accepted without being normalized, also when the entry's name
    /// has spaces or ASCII brackets that normalizing changes; a name normalizing to it is accepted too.
    @Test func catalogueAcceptsTheEntryNameAsPrintedWithSpacesAndBrackets() {
        let entry = ClassificationEntry(
            yearFrom: 2020,
            yearTo: nil,
            system: .function,
            code: "2010350",
            name: "事业 运行(其他)",
            parent: nil,
            aliases: ["别 名"]
        )
        let catalogue = ClassificationCatalogue(entries: [entry])
        let key = DigitCode.key("2010350")!
        for name in ["事业 运行(其他)", "事业运行（其他）", "事业\u{3000}运行(其他)", "别 名", "别名", "事业运行", "别名 x"] {
            let accepted = ([entry.name] + entry.aliases).contains {
                ClassificationCatalogue.normalized($0) == ClassificationCatalogue.normalized(name)
            }
            let expected: ClassificationCatalogue.NameCheck = accepted ? .accepted : .rejected(officialName: entry.name)
            #expect(catalogue.check(system: .function, codeKey: key, year: 2024, name: name) == expected, "\(name)")
        }
    }

    /// P6's test for satisfaction indicators in both 分 and % answers as the set of their trimmed units does.
    @Test func satisfactionUnitsAsASetOfTrimmedUnits() throws {
        func reference(_ table: PerformanceTableView) -> Bool {
            let units = Set(table.indicators.filter { $0.name.has("满意") }.map { $0.unit.trimmingSpaces() })
            return units.contains("分") && (units.contains("%") || units.contains("％"))
        }
        func table(_ indicators: [(String, String)]) -> PerformanceTableView {
            PerformanceTableView(
                kind: .projectPerformance,
                name: "项目",
                header: TableHeader(caption: nil, title: "表十一"),
                indicators: indicators.map {
                    PerformanceIndicator(
                        name: $0.0,
                        weight: nil,
                        operatorSymbol: "≥",
                        value: "90",
                        unit: $0.1,
                        isCore: nil
                    )
                },
                line: nil,
                budget: nil
            )
        }
        let cases: [[(String, String)]] = [
            [], [("满意度", "分")], [("满意度", "分"), ("满意度", "%")], [("满意度", " 分 "), ("服务满意度", "％")],
            [("满意度", "分"), ("其他", "%")], [("满意度", "分分"), ("满意度", "%")], [("满意度", "%"), ("满意度", "%")],
            [("满意度", "%"), ("群众满意", "\u{3000}分")], [("满意度", "分\u{301}"), ("满意度", "%")],
            [("满意度", "分"), ("满意度", "分"), ("满意", "％")],
        ]
        var tables = cases.map(table)
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 4, count: 10) {
            tables += PerformanceTableView.all(in: document.tables)
        }
        for table in tables {
            #expect(P6IndicatorPlausibility.mixesPointsAndPercent(table) == reference(table), "\(table.indicators)")
        }
    }

    /// Canonically equivalent names with different bytes are accepted (the string comparison after the bytes).
    @Test func catalogueAcceptsCanonicallyEquivalentNames() {
        let entry = ClassificationEntry(
            yearFrom: 2020,
            yearTo: nil,
            system: .function,
            code: "2010301",
            name: "Caf\u{E9}运行",
            parent: nil,
            aliases: []
        )
        let catalogue = ClassificationCatalogue(entries: [entry])
        let key = DigitCode.key("2010301")!
        #expect(catalogue.check(system: .function, codeKey: key, year: 2024, name: "Cafe\u{301}运行") == .accepted)
        #expect(catalogue.check(system: .function, codeKey: key, year: 2024, name: "Cafe运行") != .accepted)
        #expect(catalogue.check(system: .economic, codeKey: key, year: 2024, name: "Cafe运行") == .unknownCode)
        #expect(catalogue.indexedEntry(system: .function, code: "2010301", year: 2024)?.entry == entry)
    }

    /// 表一's sections, read in one pass, on the 2024 seed (whose 表一 has every section, the empty ones too).
    @Test func financialSummarySectionsOfTheSeed() throws {
        let table = try #require(try Seeds.year2024.tables.financialSummary)
        let sections = table.sections
        #expect(sections.currentYearIncome?.label == "一、本年收入")
        #expect(sections.currentYearIncome?.amount == Amount("967.73"))
        #expect(sections.currentYearIncomeSources.map(\.label) == ["一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金"])
        #expect(sections.currentYearIncomeSources.map(\.amount) == [Amount("967.73"), nil, nil])
        #expect(sections.carriedOverIncome?.label == "二、上年结转")
        #expect(sections.carriedOverSources.map(\.label) == ["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营收入"])
        #expect(sections.incomeTotal?.amount == Amount("967.73"))
        #expect(sections.currentYearExpenditure?.amounts.generalBudget == Amount("967.73"))
        #expect(
            sections.expenditureByClass.map(\.label) == ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"]
        )
        #expect(
            sections.expenditureByClass.map(\.amounts.total) == ["824.65", "71.97", "34.30", "36.82"].map(Amount.init)
        )
        #expect(sections.carriedForwardExpenditure?.label == "二、结转下年")
        #expect(sections.expenditureTotal?.label == "支出合计")
        #expect(sections.expenditureTotal?.amounts.total == Amount("967.73"))
        // The accessors read the same sections.
        #expect(table.expenditureByClass == sections.expenditureByClass)
        #expect(table.currentYearIncomeSources == sections.currentYearIncomeSources)
    }

    /// The report's descriptors are those of the rules that ran, with disabled rules, a catalogue with fewer rules
    /// and a catalogue whose descriptors change after it is made.
    @Test func reportDescriptorsAreThoseOfTheRulesThatRan() throws {
        let document = try Seeds.year2025
        func check(_ validator: Validator) {
            let report = validator.validate(document)
            let ran = Set(report.outcomes.map(\.ruleID))
            #expect(report.descriptors == validator.catalogue.descriptors.filter { ran.contains($0.id) })
            #expect(
                report.outcomes.map(\.ruleID)
                    == validator.catalogue.rules.map(\.id).filter { !validator.options.disabledRules.contains($0) }
            )
        }
        check(Validator())
        check(Validator(options: ValidationOptions(disabledRules: ["A1", "X2", "C2"])))
        check(Validator(catalogue: RuleCatalogue.standard.only(["A1", "N5", "P5"])))
        var catalogue = RuleCatalogue.standard
        catalogue.descriptors[0].profiles = [TemplateProfile.jiangsuProvincialBudget.rawValue]
        let changed = Validator(catalogue: catalogue)
        check(changed)
        let id = catalogue.descriptors[0].id
        #expect(changed.validate(document).outcome(of: id)?.status == .notApplicable)
    }

    /// N15's pre-filter never skips a text in which a figure is zero.
    @Test func zeroFigureFilterKeepsEveryTextWithAZeroFigure() throws {
        var texts = [
            "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元", "支出0.00万元，比上年增加5万元", "收入 0,000.0 元",
            "比2023年增加10万元", "共计100万元", "0", "a.05万元", "0.5万元", "1.0万元", "00万元比上年增长", "",
        ]
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 9, count: 10) {
            texts += document.narrative.blocks.map(\.text)
        }
        for text in texts {
            let hasZero = NarrativeText.figures(in: text).contains { $0.amount.isZero }
            if hasZero { #expect(NarrativeText.mayHaveZeroFigure(text), "\(text)") }
            if hasZero { #expect(NarrativeText.mayHaveZeroFigure(text[...]), "\(text)") }
        }
        #expect(!NarrativeText.mayHaveZeroFigure("比2023年增加10万元"))
        #expect(NarrativeText.mayHaveZeroFigure("支出0.00万元"))
    }

    /// R6's needle set reports the first placeholder of its list that a plain byte search finds, and the tag test
    /// is a byte search for `<`.
    @Test func placeholdersAsAPlainSearch() throws {
        func has(_ text: String, _ needle: String) -> Bool {
            let bytes = Array(text.utf8)
            let needle = Array(needle.utf8)
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        var texts = [
            "", "X", "XX", "xX", "xx年", "x", "Ｘ", "ＸＸ", "×", "××", "待", "待填写", "{", "{单位}", "【", "【单位名称】",
            "<", "<p>", "a<b", "X<", "文本X", "文本X待", "弃", "彳", "徒", "《", "〔", "Ｙ", "ｘ", "Ã", "é", "😀X", "😀XX",
            "😀<", "比上年增加10万元。", "部门XX年预算", "预算<ol style=\"x\">", "\u{E5}\u{BE}", "É×", "待补充XX",
        ]
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 7, count: 10) {
            texts += document.narrative.blocks.map(\.text)
        }
        let placeholders = R6NoPlaceholders.placeholders.needles
        for word in placeholders {
            texts += ["文本" + word, word + "X", "【" + word, "<p>" + word + "{", "xx" + word]
        }
        for text in texts {
            let first = placeholders.first { has(text, $0) }
            #expect(R6NoPlaceholders.placeholders.first(in: text) == first, "\(text)")
            #expect(text.has("<") == has(text, "<"), "\(text)")
        }
    }

    /// N15 tests whole paragraphs before splitting them: a paragraph that fails the test has no clause that passes.
    @Test func changeFromZeroParagraphFilterKeepsEveryCandidateClause() throws {
        var narratives: [Narrative] = []
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 8, count: 20) {
            narratives.append(document.narrative)
        }
        let texts = [
            "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。其他", "收入0万元；比上年增长5万元", "比上年增加0;支出0.00万元",
            "支出0万元。比上年增加", "比上年增加10万元；支出0", "0。比增加", "比增长0", "比上年减少0万元",
        ]
        narratives.append(
            Narrative(
                title: "",
                blocks: texts.enumerated().map { NarrativeBlock(kind: .paragraph, text: $1, line: $0 + 1) },
                facts: NarrativeFacts()
            )
        )
        for narrative in narratives {
            var candidates: [String] = []
            NarrativeText.forEachClause(of: narrative) { clause, _ in
                if clause.has("比"), clause.has("增加") || clause.has("增长"), NarrativeText.mayHaveZeroFigure(clause) {
                    candidates.append(String(clause))
                }
            }
            var filtered: [String] = []
            NarrativeText.forEachClause(of: narrative, paragraphFilter: N15ChangeFromZero.mayHaveCandidate) {
                clause,
                _ in
                if N15ChangeFromZero.mayHaveCandidate(clause) { filtered.append(String(clause)) }
            }
            #expect(filtered == candidates)
        }
    }

    /// N7's and P1's blank test answers as trimming the spaces and testing for an empty text.
    @Test func blankReasonAsTrimmingSpaces() {
        let texts = [
            "", " ", "\t", "\u{3000}", "\u{00A0}", " \u{3000}\t\u{00A0} ", "a", " a ", "\u{3000}原因", "原因\u{3000}",
            "\u{2003}",
            "\u{00A0}x", "\n", "\u{3001}", "\u{E3}", "\u{3000}\u{301}", " \u{301}",
        ]
        for text in texts {
            #expect(
                text.isOnlySpaces == text.trimmingSpaces().isEmpty,
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    /// R5 names a paragraph's place as before: `第12行`, or `第?行` without a line.
    @Test func entityWordingPlaceNames() {
        #expect(R5EntityWording.Place.line(12).name == "第12行")
        #expect(R5EntityWording.Place.line(nil).name == "第?行")
        #expect(R5EntityWording.Place.named("标题").name == "标题")
    }

    /// X11 finds the renamed rows as a dictionary of the codes as texts does, with codes repeated within a table and
    /// across tables, names changed, and codes that are not made of digits.
    @Test func renamedRowsAsADictionaryOfCodes() throws {
        func reference(_ tables: [CodedTableView]) -> [[Int]] {
            var result: [[Int]] = []
            var first: [String: (table: Int, row: Int)] = [:]
            for (tablePosition, table) in tables.enumerated() {
                for (rowPosition, row) in table.rows.enumerated() {
                    guard let (firstTable, firstRow) = first[row.code] else {
                        first[row.code] = (tablePosition, rowPosition)
                        continue
                    }
                    guard !Labels.same(tables[firstTable].rows[firstRow].name, row.name) else { continue }
                    result.append([tablePosition, rowPosition, firstTable, firstRow])
                }
            }
            return result
        }
        func view(_ rows: [(String, String)]) -> CodedTableView { Self.functionView(rows) }
        var cases: [[CodedTableView]] = [
            [
                view([("201", "甲"), ("20101", "乙"), ("201", "丙"), ("A", "x"), ("", "合计"), ("A", "y")]),
                view([("20101", "乙"), ("201", "丁"), ("205", "戊"), ("A", "z"), ("", "合计"), ("0201", "甲")]),
                view([("205", "己"), ("201", "甲"), ("123456789012345678", "a"), ("20101", "乙 ")]),
                view([("123456789012345678", "b"), ("205", "戊"), ("0201", "乙")]),
            ]
        ]
        var random = SplitMix64(seed: 3)
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 6, count: 10) {
            var changed = document
            if var table = changed.tables.departmentExpenditure, !table.rows.isEmpty {
                table.rows[random.int(in: 0...(table.rows.count - 1))].name = "改名"
                changed.tables.departmentExpenditure = table
            }
            cases.append(DocumentIndex(document.tables).functionTables)
            cases.append(DocumentIndex(changed.tables).functionTables)
        }
        for tables in cases {
            #expect(
                X11SameCodeSameName.renamedRows(in: tables).map { [$0.table, $0.row, $0.firstTable, $0.firstRow] }
                    == reference(tables)
            )
        }
    }

    /// A11's test of every amount answers as the test of the tables' `columns` it replaces.
    @Test func anyAmountAsTheColumns() throws {
        func reference(_ tables: DisclosureTables, where test: (Amount) -> Bool) -> Bool {
            func check(_ amounts: [Amount?]) -> Bool { amounts.contains { $0.map(test) ?? false } }
            func check(_ amount: Amount?) -> Bool { amount.map(test) ?? false }
            if let table = tables.financialSummary {
                for line in table.lines where check(line.incomeAmount) || check(line.expenditure.columns) {
                    return true
                }
            }
            for table in [
                tables.generalBudgetExpenditure, tables.governmentFundExpenditure, tables.departmentExpenditure,
            ] {
                guard let table else { continue }
                if let total = table.totalRow, check(total.amounts.columns) { return true }
                for row in table.rows where check(row.amounts.columns) { return true }
            }
            if let table = tables.generalBudgetBasicExpenditure {
                if let total = table.totalRow, check(total.columns) { return true }
                for row in table.rows where check(row.columns) { return true }
            }
            if let table = tables.threePublicExpenditure {
                let amounts = table.amounts
                if check([
                    amounts.total, amounts.abroad, amounts.vehicleSubtotal, amounts.vehiclePurchase,
                    amounts.vehicleOperation, amounts.reception,
                ]) {
                    return true
                }
            }
            if let table = tables.departmentSummary {
                for line in table.lines where check(line.incomeAmount) || check(line.expenditureAmount) { return true }
            }
            for table in [tables.departmentIncome, tables.procurement] {
                guard let table else { continue }
                if let total = table.totalRow, check(total.total) || check(total.sources) { return true }
                for row in table.rows where check(row.total) || check(row.sources) { return true }
            }
            if let table = tables.overallPerformance {
                if check(table.budget) || table.indicators.contains(where: { check($0.weight) }) { return true }
            }
            for project in tables.projectPerformance {
                if check(project.budget) || project.indicators.contains(where: { check($0.weight) }) { return true }
            }
            return false
        }
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 2, count: 10) {
            var values = AmountCells.all(in: document.tables).compactMap(\.amount)
            values += [Amount("-1"), Amount("0.001"), Amount("123456789.12")].compactMap { $0 }
            for value in values {
                #expect(
                    A11AmountFormat.anyAmount(in: document.tables, where: { $0 == value })
                        == reference(document.tables, where: { $0 == value })
                )
            }
            for test in [{ (amount: Amount) in amount.isNegative }, { $0.scale > 2 }, { $0.isZero }] {
                #expect(
                    A11AmountFormat.anyAmount(in: document.tables, where: test)
                        == reference(document.tables, where: test)
                )
            }
        }
    }

    /// P1 finds repeated project names as a set of the normalized names does, including names that are canonically
    /// equivalent with different bytes.
    @Test func repeatedProjectNamesAsASet() {
        let cases: [[String]] = [
            [], ["项目"], ["项目", "项目"], ["项目A", "项目 A", "项目(A)", "项目（A）"], ["Caf\u{E9}", "Cafe\u{301}", "Cafe"],
            ["甲", "乙", "甲", "乙", "丙"], ["\u{FA10}", "\u{585A}", "塚"], ["K", "\u{212A}", "k"],
        ]
        for names in cases {
            var seen: Set<String> = []
            let expected = names.map { !seen.insert(ClassificationCatalogue.normalized($0)).inserted }
            var projects = P1ProjectTablesComplete.SeenNames()
            #expect(names.map { !projects.insert(ClassificationCatalogue.normalized($0)) } == expected, "\(names)")
        }
    }

    /// R2 searches the blocks one by one as it searched them joined by line breaks.
    @Test func blockSearchAsTheJoinedText() throws {
        let words = [
            "职能职责", "主要职能", "单位构成", "机构设置", "内设机构", "机关运行经费", "政府采购情况", "绩效目标设置", "国有资产", "名词解释",
            "部门", "2025", "。", "本部门无", "经费", "费\n一",
        ]
        var narratives = try ([Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 12, count: 10))
            .map(\.narrative)
        narratives.append(Narrative(title: "", blocks: [], facts: NarrativeFacts()))
        narratives.append(
            Narrative(
                title: "",
                blocks: ["职能", "职责", "机关运行经", "费", "国有资产"].map { NarrativeBlock(kind: .paragraph, text: $0) },
                facts: NarrativeFacts()
            )
        )
        for narrative in narratives {
            let joined = narrative.blocks.map(\.text).joined(separator: "\n")
            let search = R2NarrativeSections.BlockSearch(blocks: narrative.blocks)
            for word in words where !word.contains("\n") {
                #expect(search.has(word) == joined.has(word), "\(word)")
            }
        }
    }

    /// The stated figures with changes read once per document are those of the document's facts, also after the
    /// context's document is replaced.
    @Test func statedFiguresWithChangesOncePerDocument() throws {
        let documents = try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 13, count: 5)
        for document in documents {
            var context = ValidationContext(
                disclosure: documents[0],
                prior: nil,
                options: ValidationOptions(),
                catalogue: .standard
            )
            context.disclosure = document
            let entries = context.statedFiguresWithChanges
            let expected = StatedFigures.withChanges(document.narrative.facts)
            #expect(entries.map(\.fact) == expected.map(\.fact))
            #expect(entries.map(\.figure) == expected.map(\.figure))
        }
    }

    /// N14 walks the stated figures in the order of ``StatedFigures/all(_:)``.
    @Test func statedFiguresVisitedInOrder() throws {
        for document in try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 5, count: 10) {
            var visited: [StatedFigure] = []
            StatedFigures.forEachFigure(document.narrative.facts) { visited.append($0) }
            #expect(visited == StatedFigures.all(document.narrative.facts).map(\.figure))
        }
    }

    /// The units P6 compares are matched as `==` matches them, including canonically equivalent texts.
    @Test func unitComparisonAsStringEquality() {
        let units = ["%", "％", "万", "万元", "", " %", "元", "万元 ", "%\u{301}", "分", "次", "％％", "\u{4E07}\u{5143}"]
        for unit in units {
            #expect(WordList(["%", "％"]).contains(unit) == (unit == "%" || unit == "％"), "\(unit)")
            #expect(WordList(["万", "万元"]).contains(unit) == (unit == "万" || unit == "万元"), "\(unit)")
        }
    }

    /// C2 answers once per code and name: a code whose name is wrong in one table only is reported in that table
    /// only, whichever table comes first.
    @Test func classificationNameCheckedPerTable() throws {
        let validator = Validator(catalogue: RuleCatalogue.standard.only(["C2"]))
        let seed = try Seeds.year2025
        let base = validator.validate(seed).findings.count
        let general = try #require(seed.tables.generalBudgetExpenditure)
        let position = try #require(general.rows.firstIndex { $0.code.utf8.count == 7 })
        let code = general.rows[position].code
        let department = try #require(seed.tables.departmentExpenditure)
        let departmentPosition = try #require(department.rows.firstIndex { $0.code == code })

        var wrongInGeneral = seed
        wrongInGeneral.tables.generalBudgetExpenditure?.rows[position].name = "不是这个名称"
        let first = validator.validate(wrongInGeneral).findings
        #expect(first.count == base + 1)
        #expect(
            first.contains {
                $0.location.table == .generalBudgetExpenditure && $0.location.row == code
                    && $0.message.zh.contains("不是这个名称")
            }
        )

        var wrongInDepartment = seed
        wrongInDepartment.tables.departmentExpenditure?.rows[departmentPosition].name = "不是这个名称"
        let second = validator.validate(wrongInDepartment).findings
        #expect(second.count == base + 1)
        #expect(
            second.contains {
                $0.location.table == .departmentExpenditure && $0.location.row == code
                    && $0.message.zh.contains("不是这个名称")
            }
        )
    }
}
