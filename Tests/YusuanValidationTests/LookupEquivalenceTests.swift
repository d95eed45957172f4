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
}
