import Foundation
import Testing
import YusuanCore
import YusuanImport

/// Every number printed in the seeds is found in the model, at the right line and column.
@Suite struct SeedCoverageTests {
    /// The amounts the model holds for each source line, keyed by the column they were printed in.
    /// Columns are nil where the template has no fixed position (performance tables).
    private static func modelValues(_ document: Disclosure) -> [Int: [(column: Int?, text: String)]] {
        var values: [Int: [(column: Int?, text: String)]] = [:]
        func add(_ line: Int?, _ column: Int?, _ amount: Amount?) {
            guard let line, let amount else { return }
            values[line, default: []].append((column, amount.plainText))
        }
        func add(_ line: Int?, _ column: Int?, text: String) {
            guard let line, Amount(text) != nil else { return }
            values[line, default: []].append((column, text))
        }
        let tables = document.tables
        for line in tables.financialSummary?.lines ?? [] {
            add(line.line, 1, line.incomeAmount)
            for (offset, amount) in line.expenditure.columns.enumerated() { add(line.line, 3 + offset, amount) }
        }
        for table in [tables.generalBudgetExpenditure, tables.governmentFundExpenditure, tables.departmentExpenditure] {
            for row in table?.rows ?? [] { add(row.line, 0, text: row.code) }
            for row in (table?.rows ?? []) + [table?.totalRow].compactMap({ $0 }) {
                for (offset, amount) in row.amounts.columns.enumerated() { add(row.line, 2 + offset, amount) }
            }
        }
        let economic = tables.generalBudgetBasicExpenditure
        for row in economic?.rows ?? [] { add(row.line, 0, text: row.code) }
        for row in (economic?.rows ?? []) + [economic?.totalRow].compactMap({ $0 }) {
            for (offset, amount) in row.columns.enumerated() { add(row.line, 2 + offset, amount) }
        }
        if let three = tables.threePublicExpenditure {
            for (offset, amount) in three.amounts.columns.enumerated() { add(three.line, offset, amount) }
        }
        for line in tables.departmentSummary?.lines ?? [] {
            add(line.line, 1, line.incomeAmount)
            add(line.line, 3, line.expenditureAmount)
        }
        for table in [tables.departmentIncome, tables.procurement] {
            for row in table?.rows ?? [] { add(row.line, 0, text: row.code) }
            for row in (table?.rows ?? []) + [table?.totalRow].compactMap({ $0 }) {
                add(row.line, 2, row.total)
                for (offset, amount) in row.sources.enumerated() { add(row.line, 3 + offset, amount) }
            }
        }
        if let overall = tables.overallPerformance {
            add(overall.line, nil, overall.budget)
            for indicator in overall.indicators {
                add(indicator.line, nil, indicator.weight)
                add(indicator.line, nil, text: indicator.value)
            }
        }
        for project in tables.projectPerformance {
            add(project.budgetLine, nil, project.budget)
            for indicator in project.indicators {
                add(indicator.line, nil, indicator.weight)
                add(indicator.line, nil, text: indicator.value)
            }
        }
        return values
    }

    @Test(arguments: SeedFixtures.names)
    func everyTableNumberIsInTheModel(name: String) throws {
        let text = try SeedFixtures.text(name)
        let document = try PublishedTextImporter.importDocument(text: text, fileName: name)
        let values = Self.modelValues(document)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var checked = 0
        var repairedRows = 0
        for (index, line) in lines.enumerated() where line.contains("\t") {
            let number = index + 1
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            let model = values[number] ?? []
            let numeric = cells.enumerated().filter { Amount($0.element) != nil }
            #expect(
                numeric.map { $0.element.replacingOccurrences(of: ",", with: "") }.sorted()
                    == model.map(\.text).sorted(),
                "\(name):\(number): printed numbers and model values differ"
            )
            let positioned = model.filter { $0.column != nil }
            if !positioned.isEmpty && !positioned.allSatisfy({ cells.indices.contains($0.column ?? -1) }) {
                cells.insert("", at: 0)
                repairedRows += 1
            }
            for value in positioned {
                let column = try #require(value.column)
                let printed =
                    cells.indices.contains(column) ? cells[column].replacingOccurrences(of: ",", with: "") : ""
                #expect(
                    printed == value.text,
                    "\(name):\(number): column \(column + 1) holds '\(printed)', model '\(value.text)'"
                )
            }
            checked += numeric.count
        }
        #expect(checked > 300)
        #expect(repairedRows == 0)
    }

    /// The numbers written with 万元 in the narrative, in order.
    private static func narrativeAmounts(_ text: String) -> [String] {
        let narrative = text.components(separatedBy: "\n表一")[0]
        let pattern = /([0-9][0-9,]*(?:\.[0-9]+)?)\s*万元/
        return narrative.matches(of: pattern).map { String($0.output.1).replacingOccurrences(of: ",", with: "") }
    }

    private static func factAmounts(_ facts: NarrativeFacts) -> [String] {
        var result: [String] = []
        func add(_ figure: StatedFigure?) {
            guard let figure else { return }
            result.append(figure.amount.plainText)
            figure.parts.forEach { add($0) }
            if let amount = figure.change?.amount { result.append(amount.plainText) }
            result += figure.change?.components.map(\.amount.plainText) ?? []
        }
        [
            facts.income, facts.expenditure, facts.appropriationIncome, facts.appropriationExpenditure,
            facts.basicExpenditure, facts.projectExpenditure, facts.operatingCost, facts.performanceTargetAmount,
        ].forEach { add($0) }
        [
            facts.threePublic?.total, facts.threePublic?.abroad, facts.threePublic?.reception,
            facts.threePublic?.vehicleOperation, facts.threePublic?.vehiclePurchase,
        ].forEach { add($0) }
        for split in [facts.procurement?.all, facts.procurement?.generalBudget].compactMap({ $0 }) {
            [split.total, split.goods, split.works, split.services].forEach { add($0) }
        }
        if let amount = facts.governmentFund?.amount { result.append(amount.plainText) }
        return result
    }

    @Test(arguments: SeedFixtures.names)
    func everyNarrativeAmountIsAFact(name: String) throws {
        let text = try SeedFixtures.text(name)
        let facts = try PublishedTextImporter.importDocument(text: text, fileName: name).narrative.facts
        let printed = Self.narrativeAmounts(text)
        #expect(printed.count >= 35)
        #expect(printed.sorted() == Self.factAmounts(facts).sorted())
    }
}
