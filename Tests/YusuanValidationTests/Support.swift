import YusuanCore

@testable import YusuanValidation

/// Helpers shared by the validation tests.
enum Check {
    static let one = Amount(minorUnits: 100, scale: 2)

    /// The outcome of one rule.
    static func outcome(_ id: String, _ document: Disclosure, prior: Disclosure? = nil) -> RuleOutcome? {
        Validator(catalogue: RuleCatalogue.standard.only([id])).validate(document, prior: prior).outcome(of: id)
    }

    /// The most serious non-rounding severity a rule reports, nil when it reports none.
    static func worst(_ id: String, _ document: Disclosure, prior: Disclosure? = nil) -> Severity? {
        outcome(id, document, prior: prior)?.findings.filter { !$0.isRounding }.map(\.severity).max()
    }

    static func amount(_ text: String) -> Amount { Amount(text) ?? Amount(0) }

    /// A function row.
    static func row(_ code: String, _ name: String, _ total: String?, _ basic: String?, _ project: String?)
        -> FunctionRow
    {
        FunctionRow(
            code: code,
            name: name,
            amounts: ExpenditureSplit(total: total.map(amount), basic: basic.map(amount), project: project.map(amount))
        )
    }

    /// A small document with only 表二.
    static func document(table2 rows: [FunctionRow], total: FunctionRow? = nil) -> Disclosure {
        Disclosure(
            identity: DocumentIdentity(departmentCode: "999", departmentName: "测试部门", year: 2025),
            narrative: Narrative(title: "2025年部门预算情况说明", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables(
                generalBudgetExpenditure: FunctionExpenditureTable(
                    header: TableHeader(caption: "表二", title: "2025年测试部门一般公共预算财政拨款支出预算表"),
                    totalRow: total,
                    rows: rows
                )
            )
        )
    }
}

extension Disclosure {
    /// The document with one change applied.
    func with(_ change: (inout Disclosure) -> Void) -> Disclosure {
        var copy = self
        change(&copy)
        return copy
    }
}

extension Optional where Wrapped == Amount {
    static func + (left: Amount?, right: Amount) -> Amount? { left.map { $0 + right } }
}

extension Optional where Wrapped == Amount {
    /// Adds 1.00 in place (blank stays blank).
    mutating func bump() { self = map { $0 + Check.one } }

    /// Negates in place.
    mutating func negate() { self = map { -$0 } }
}
