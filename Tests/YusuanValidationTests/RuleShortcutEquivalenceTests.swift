import Foundation
import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// The byte-level shortcuts of the narrative and performance rules (R6's placeholder starts, the units, names,
/// values and operators of the indicators, R1's present tables) give the answers of the general code they replace,
/// on seeds, generated documents and random or mutated texts.
struct RuleShortcutEquivalenceTests {
    /// Texts of the seeds and of generated documents, with random pieces spliced in.
    static func texts(
        pieces: [String],
        from documents: [Disclosure],
        read: (Disclosure) -> [String]
    ) -> [String] {
        var texts = pieces
        for document in documents { texts += read(document) }
        var random = SplitMix64(seed: 17)
        let sample = texts
        for _ in 0..<600 {
            var text = sample[random.int(in: 0...(sample.count - 1))]
            for _ in 0...random.int(in: 0...2) {
                let piece = pieces[random.int(in: 0...(pieces.count - 1))]
                let offset = random.int(in: 0...text.count)
                text.insert(contentsOf: piece, at: text.index(text.startIndex, offsetBy: offset))
            }
            texts.append(text)
        }
        return texts
    }

    static func documents() throws -> [Disclosure] {
        try [Seeds.year2024, Seeds.year2025] + GeneratedDocumentTests.documents(seed: 23, count: 8)
    }

    /// C4 reads a code's class (whether it is one, and the column it must not sit in) as the code's first three
    /// Characters compared as strings.
    @Test func economicClassAsTheFirstThreeCharacters() throws {
        let pieces = [
            "301", "30", "3", "3010101", "302\u{301}", "30\u{301}1", "301\r\n", "30\r\n", "３０１", "301 ", "3011", "A01",
            "399", "309", "3131", "300", "999", "000", "302a", "303é",
            "\u{0661}\u{0662}\u{0663}", "😀", "e\u{301}", "3", "0", "1", "\u{FE0F}",
        ]
        let codes = Self.texts(pieces: pieces + [""], from: try Self.documents()) { document in
            (document.tables.generalBudgetBasicExpenditure?.rows.map(\.code) ?? [])
                + (document.tables.generalBudgetExpenditure?.rows.map(\.code) ?? [])
        }
        for code in codes {
            let category = String(code.prefix(3))
            let reading = C4EconomicCodesAndColumns.classReading(of: code)
            #expect(reading.isClass == C4EconomicCodesAndColumns.classes.contains(category), "\(code)")
            #expect(
                reading.wrongColumn == (["301", "303"].contains(category) ? 2 : category == "302" ? 1 : nil),
                "\(code)"
            )
        }
    }

    /// An indicator's unit kind is the kind of the literal the unit equals as a string.
    @Test func unitKindAsStringEquality() throws {
        func reference(_ unit: String) -> IndicatorReading.UnitKind {
            if unit == "%" || unit == "％" { return .percent }
            if unit == "分" { return .points }
            if unit == "万" || unit == "万元" { return .tenThousand }
            return .other
        }
        let pieces = [
            "%", "％", "分", "万", "万元", "元", " ", "个", "天", "万件", "分\u{301}", "\u{F967}", "\u{FA10}", "%\u{338}",
            "e\u{301}",
            "\u{3000}", "次", "人", "km",
        ]
        let units = Self.texts(pieces: pieces + [""], from: try Self.documents()) { document in
            PerformanceTableView.all(in: document.tables).flatMap { $0.readings.map(\.unit) }
        }
        for unit in units {
            #expect(IndicatorReading.UnitKind(unit) == reference(unit), "\(unit)")
        }
    }

    /// P5's vague values, the numbers and the operators of the indicators as the set, `Amount(_:)` and
    /// `IndicatorOperator(symbol:)` read them.
    @Test func indicatorValuesAndOperatorsAsTheGeneralReading() throws {
        let pieces = [
            "改善", "提高", "提升", "不涉及", "无", "/", "-", "—", "\u{F967}涉及", " ", "95", "100", "1,000", "0.5", "-3", "好",
            "≥", "≤", ">=", "<=", "＞＝", "＜＝", "≧", "≦", "=", "＝", ">", "＞", "<", "＜", "定性", "定", "\u{338}", "\u{3000}",
            "１２", ".", "%", "9\u{338}", "0无", "5\u{301}改善",
        ]
        let documents = try Self.documents()
        let values = Self.texts(pieces: pieces + [""], from: documents) { document in
            PerformanceTableView.all(in: document.tables).flatMap { table in
                table.indicators.flatMap { [$0.value, $0.operatorSymbol] }
            }
        }
        for value in values {
            #expect(P5VagueIndicators.isVague(value) == P5VagueIndicators.vagueValues.contains(value), "\(value)")
            let reading = IndicatorReading(value: value, operatorSymbol: value, unit: value)
            // The `String` initializer and the general one (on a `Substring`).
            #expect(reading.indicatorOperator == IndicatorOperator(symbol: value[...]), "\(value)")
            #expect(reading.numericValue == Amount(value.trimmingSpaces()), "\(value)")
            #expect(reading.value.utf8.elementsEqual(value.trimmingSpaces().utf8), "\(value)")
            #expect(reading.unit.utf8.elementsEqual(value.trimmingSpaces().utf8), "\(value)")
        }
    }

    /// R1 reads a table as present when it has a header: the same answer as `DisclosureTables.contains(_:)`, with
    /// tables removed at random.
    @Test func presentTablesAsContains() throws {
        var random = SplitMix64(seed: 29)
        for document in try Self.documents() {
            for _ in 0..<6 {
                var tables = document.tables
                if random.int(in: 0...1) == 0 { tables.financialSummary = nil }
                if random.int(in: 0...1) == 0 { tables.generalBudgetExpenditure = nil }
                if random.int(in: 0...1) == 0 { tables.procurement = nil }
                if random.int(in: 0...1) == 0 { tables.overallPerformance = nil }
                if random.int(in: 0...1) == 0 { tables.projectPerformance = [] }
                if random.int(in: 0...1) == 0 { tables.departmentIncome = nil }
                for kind in TableKind.allCases {
                    #expect(tables.contains(kind) == (tables.header(of: kind) != nil), "\(kind)")
                }
            }
        }
    }

    /// N15's first paragraph test (a digit 0) holds for every text that may have a zero figure.
    @Test func zeroDigitTestKeepsEveryZeroFigure() throws {
        let pieces = ["0", "0.00", "1,000", "10", "0,0", ".0", "5", "万元", "比", "增加", "０"]
        let texts = Self.texts(pieces: pieces + [""], from: try Self.documents()) { document in
            document.narrative.blocks.map(\.text)
        }
        for text in texts {
            #expect(NarrativeText.hasZeroDigit(text) == text.utf8.contains(0x30), "\(text)")
            #expect(NarrativeText.hasZeroDigit(text[...]) == text.utf8.contains(0x30), "\(text)")
            if NarrativeText.mayHaveZeroFigure(text) { #expect(NarrativeText.hasZeroDigit(text), "\(text)") }
        }
    }

    /// N15's zero-figure test, which reads only the runs of digits, commas and dots around each 0, answers as the
    /// byte-by-byte scan it replaced.
    @Test func zeroFigureTestAsByteScan() throws {
        func byteScan(_ text: Substring) -> Bool {
            var inNumber = false
            var allZero = false
            for byte in text.utf8 {
                let isDigit = byte >= 0x30 && byte <= 0x39
                if inNumber {
                    if isDigit {
                        if byte != 0x30 { allZero = false }
                        continue
                    }
                    if byte == 0x2C || byte == 0x2E { continue }
                    if allZero { return true }
                    inNumber = false
                }
                if isDigit {
                    inNumber = true
                    allZero = byte == 0x30
                }
            }
            return inNumber && allZero
        }
        let pieces = ["0", "00", "0.00", "1,000", "10", "0,0", ".0", ",", ".", "5", "万元", "比", "增加", "０", "2025年"]
        let texts = Self.texts(pieces: pieces + [""], from: try Self.documents()) { document in
            document.narrative.blocks.map(\.text)
        }
        for text in texts {
            #expect(NarrativeText.mayHaveZeroFigure(text) == byteScan(text[...]), "\(text)")
            #expect(NarrativeText.mayHaveZeroFigure(text[...]) == byteScan(text[...]), "\(text)")
            let inner = text.dropFirst().dropLast()
            #expect(NarrativeText.mayHaveZeroFigure(inner) == byteScan(inner), "\(text)")
        }
    }

    /// N2 finds the 类 row of a named class as a scan comparing the names with `Labels.same` does.
    @Test func categoryByNameAsLabelsSame() throws {
        for document in try Self.documents() {
            let context = ValidationContext(
                disclosure: document,
                prior: nil,
                options: ValidationOptions(),
                catalogue: .standard
            )
            var names = ["", "一般公共服务支出", "一般公共服务 支出", "教育(支出)", "不存在的类"]
            if let table = document.tables.departmentExpenditure {
                let view = context.codedView(.departmentExpenditure, function: table)
                names += view.categoryRows.flatMap { [$0.name, " " + $0.name, $0.name + "（"] }
            }
            for name in names {
                var expected: Amount??
                for (kind, table) in [
                    (TableKind.departmentExpenditure, document.tables.departmentExpenditure),
                    (.generalBudgetExpenditure, document.tables.generalBudgetExpenditure),
                ] {
                    guard let table, expected == nil else { continue }
                    let view = context.codedView(kind, function: table)
                    if let row = view.categoryRows.first(where: { Labels.same($0.name, name) }) {
                        expected = .some(row.columns[0])
                    }
                }
                let found = NarrativeTargets.category(named: name, context)
                #expect(found.map(\.amount) == expected, "\(name)")
            }
        }
    }

    /// N1 and N3 find the 表六 line of a source of funds as the first of `incomeSources` whose label names it, also
    /// when 合计 lines, blank labels and repeated sources are mixed in.
    @Test func incomeSourceAsTheFirstIncomeSource() throws {
        var documents = try Self.documents()
        for document in documents {
            guard let summary = document.tables.departmentSummary else { continue }
            var changed = document
            let extra = [
                DepartmentSummaryLine(
                    incomeLabel: "一般公共预算合计",
                    incomeAmount: Amount(7),
                    expenditureLabel: "",
                    expenditureAmount: nil
                ),
                DepartmentSummaryLine(
                    incomeLabel: "",
                    incomeAmount: Amount(3),
                    expenditureLabel: "政府性基金",
                    expenditureAmount: nil
                ),
                DepartmentSummaryLine(
                    incomeLabel: "政府性基金预算拨款",
                    incomeAmount: Amount(5),
                    expenditureLabel: "合计",
                    expenditureAmount: nil
                ),
                DepartmentSummaryLine(
                    incomeLabel: "事业单位经营收入",
                    incomeAmount: Amount(11),
                    expenditureLabel: "",
                    expenditureAmount: nil
                ),
            ]
            changed.tables.departmentSummary?.lines = extra + summary.lines + extra.reversed()
            documents.append(changed)
        }
        for document in documents {
            let context = ValidationContext(
                disclosure: document,
                prior: nil,
                options: ValidationOptions(),
                catalogue: .standard
            )
            for fund in FundSource.allCases {
                let found = NarrativeTargets.incomeSource(fund, context)
                if let summary = document.tables.departmentSummary,
                    let source = summary.incomeSources.first(where: { FundSource(label: $0.label) == fund })
                {
                    #expect(found?.amount == source.amount, "\(fund)")
                    #expect(found?.location.row == source.label, "\(fund)")
                    #expect(found?.location.line == source.line, "\(fund)")
                    #expect(found?.describe == LocalizedText(zh: "表六“\(source.label)”", en: "table 6 \(source.label)"))
                } else {
                    #expect(found?.location.table != .departmentSummary, "\(fund)")
                }
            }
        }
    }

    /// P5's vague values are found as the set finds them, also for texts that are canonically equivalent to one.
    @Test func vagueValuesAsTheSet() {
        let values = P5VagueIndicators.vagueValues.sorted() + ["改善 ", "无无", "", "9", "改", "\u{2014}", "-\u{301}", "／"]
        for value in values {
            #expect(P5VagueIndicators.isVague(value) == P5VagueIndicators.vagueValues.contains(value), "\(value)")
        }
    }
}
