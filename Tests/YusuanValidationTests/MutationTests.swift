import Testing
import YusuanCore

@testable import YusuanValidation

/// Changing any single amount of 表一–表九, a project's 当年预算 or the narrative by 1.00 makes the validator
/// report an error.
struct MutationTests {
    @Test(arguments: Seeds.names)
    func everyTableAmountChangedByOneIsAnError(name: String) throws {
        let document = try Seeds.disclosure(name)
        let cells = AmountCells.all(in: document.tables).filter { $0.location.table != .overallPerformance }
        #expect(cells.count > 200)
        let validator = Validator()
        var missed: [String] = []
        for cell in cells {
            for delta in [Check.one, -Check.one] {
                guard let amount = cell.amount else { continue }
                let changed = document.with { cell.set(&$0, amount + delta) }
                if !validator.validate(changed).hasErrors {
                    missed.append("\(cell.describe.zh) \(delta.plainText)")
                }
            }
        }
        #expect(missed.isEmpty, "not caught: \(missed.prefix(20))")
    }

    @Test(arguments: Seeds.names)
    func everyBlankTableCellFilledWithOneIsAnError(name: String) throws {
        let document = try Seeds.disclosure(name)
        let cells = AmountCells.allIncludingBlanks(in: document.tables).filter { $0.amount == nil }
        let validator = Validator()
        var missed: [String] = []
        for cell in cells {
            let changed = document.with { cell.set(&$0, Check.one) }
            if !validator.validate(changed).hasErrors { missed.append(cell.describe.zh) }
        }
        #expect(missed.isEmpty, "not caught: \(missed.prefix(20))")
    }

    @Test(arguments: Seeds.names)
    func everyStatedAmountChangedByOneIsAnError(name: String) throws {
        let document = try Seeds.disclosure(name)
        // 机关运行经费 appears in no table: without the prior year nothing can contradict it.
        let entries = StatedFigures.all(document.narrative.facts).filter { !$0.fact.hasPrefix("operatingCost") }
        #expect(entries.count >= 20)
        let validator = Validator()
        var missed: [String] = []
        for entry in entries {
            let facts = StatedFigures.replacingAmount(
                in: document.narrative.facts,
                fact: entry.fact,
                with: entry.figure.amount + Check.one
            )
            let changed = document.with { $0.narrative.facts = facts }
            if !validator.validate(changed).hasErrors { missed.append("\(entry.fact) \(entry.figure.label)") }
        }
        #expect(missed.isEmpty, "not caught: \(missed)")
    }

    @Test(arguments: Seeds.names)
    func everyStatedChangeChangedByOneIsAnError(name: String) throws {
        let document = try Seeds.disclosure(name)
        let entries = StatedFigures.withChanges(document.narrative.facts).filter {
            $0.fact != "operatingCost" && $0.figure.change?.amount != nil
        }
        #expect(!entries.isEmpty)
        let validator = Validator()
        var missed: [String] = []
        for entry in entries {
            let changed = document.with { document in
                document.narrative.facts = Self.changing(entry.fact, in: document.narrative.facts) { change in
                    change.amount = change.amount.map { $0 + Check.one }
                }
            }
            if !validator.validate(changed).hasErrors { missed.append(entry.fact) }
        }
        #expect(missed.isEmpty, "not caught: \(missed)")
    }

    static func changing(
        _ fact: String,
        in facts: NarrativeFacts,
        _ body: (inout StatedChange) -> Void
    ) -> NarrativeFacts {
        var copy = facts
        func edit(_ figure: inout StatedFigure?) {
            guard var value = figure, var change = value.change else { return }
            body(&change)
            value.change = change
            figure = value
        }
        switch fact {
        case "income": edit(&copy.income)
        case "expenditure": edit(&copy.expenditure)
        case "appropriationIncome": edit(&copy.appropriationIncome)
        case "appropriationExpenditure": edit(&copy.appropriationExpenditure)
        case "basicExpenditure": edit(&copy.basicExpenditure)
        case "projectExpenditure": edit(&copy.projectExpenditure)
        case "operatingCost": edit(&copy.operatingCost)
        case "threePublic.total": edit(&copy.threePublic[default: ThreePublicFacts()].total)
        case "threePublic.abroad": edit(&copy.threePublic[default: ThreePublicFacts()].abroad)
        case "threePublic.reception": edit(&copy.threePublic[default: ThreePublicFacts()].reception)
        case "threePublic.vehicleOperation": edit(&copy.threePublic[default: ThreePublicFacts()].vehicleOperation)
        case "threePublic.vehiclePurchase": edit(&copy.threePublic[default: ThreePublicFacts()].vehiclePurchase)
        default: break
        }
        return copy
    }
}

extension Optional {
    subscript(default value: Wrapped) -> Wrapped {
        get { self ?? value }
        set { self = newValue }
    }
}
