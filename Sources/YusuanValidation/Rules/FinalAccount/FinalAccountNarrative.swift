import YusuanCore

/// What the rules on a 决算 narrative (F7–F11) share: the facts, the tables read with certainty, printed-ratio checks.
enum FinalAccountNarrative {
    /// Runs a narrative rule's check on the 决算 facts: not applicable to a budget, insufficient data when no 决算
    /// fact was read (what F7–F11 share).
    static func check(_ ruleID: String, _ context: ValidationContext, _ check: (FinalAccountFacts) -> RuleOutcome)
        -> RuleOutcome
    {
        guard context.disclosure.identity.kind == .finalAccount else {
            return .notApplicable(ruleID, LocalizedText(zh: "不是部门决算。", en: "Not a final account."))
        }
        guard let facts = context.facts.finalAccount else {
            return .insufficientData(
                ruleID,
                LocalizedText(
                    zh: "情况说明中未读出决算的陈述（决算数、完成率、绩效管理情况等）。",
                    en: "No final-account statement (actuals, completion rates, performance) was read from the "
                        + "narrative."
                )
            )
        }
        return check(facts)
    }

    /// Whether `percent` (printed rounded) can be `numerator / denominator × 100` for some values within half a unit
    /// of the printed numerator and denominator.
    static func admitsRatio(_ numerator: Amount, _ denominator: Amount, percent: Amount) -> Bool {
        let numeratorHalf = PrintedRatio.halfUnit(of: numerator)
        let denominatorHalf = PrintedRatio.halfUnit(of: denominator)
        let percentHalf = PrintedRatio.halfUnit(of: percent)
        return PrintedRatio.admits(
            numerator: (numerator - numeratorHalf, numerator + numeratorHalf),
            denominator: (denominator - denominatorHalf, denominator + denominatorHalf),
            offset: 0,
            stated: (percent - percentHalf, percent + percentHalf)
        )
    }

    /// The percentage for a message, to the decimals of the stated one (at least 2).
    static func percent(_ numerator: Amount, of denominator: Amount, like stated: Amount) -> String {
        PrintedRatio.percent(numerator, of: denominator, scale: max(2, stated.scale))?.plainText ?? "—"
    }

    /// A narrative figure in the unit of a table.
    static func amount(_ amount: Amount, unit: AmountUnit, in context: ValidationContext, table header: TableHeader)
        -> Amount
    {
        amount.converted(from: unit, to: context.unit(of: header)) ?? amount
    }

    /// The text without spaces and the `（类）`/`（款）`/`（项）` marks, for comparing names.
    static func plainName(_ name: String) -> String {
        var result = ""
        for character in name where character != " " && character != "\u{3000}" && character != "\n" {
            result.append(character)
        }
        for mark in ["（类）", "(类)", "（款）", "(款)", "（项）", "(项)"] {
            while let range = result.firstRange(of: mark) { result.removeSubrange(range) }
        }
        return result
    }
}

extension ValidationContext {
    /// A generic table of a 决算 read with certainty (none when it is kept with a reading issue).
    func certainFinalTable(_ identifier: String) -> GenericTable? {
        if tables.readingIssues?.contains(where: { $0.table == identifier && $0.isUncertain }) == true { return nil }
        return genericTable(identifier)
    }

    /// The typed 一般公共预算财政拨款支出决算表, when read with certainty.
    var certainGeneralBudgetTable: FunctionExpenditureTable? {
        if tables.readingIssues?.contains(where: { $0.table == "general-budget-expenditure" && $0.isUncertain })
            == true
        {
            return nil
        }
        return tables.generalBudgetExpenditure
    }
}

extension GenericTable {
    /// The amount of the first row whose label on a side contains `label`, in column `column` (blank is nil).
    func amount(labelled label: String, side: Int, column: Int) -> (Amount?, GenericRow)? {
        guard let row = row(labelled: label, side: side) else { return nil }
        return (cell(row, column), row)
    }

    /// The index of the first column whose name contains every one of `words`.
    func column(containing words: String...) -> Int? {
        columns.firstIndex { name in words.allSatisfy { name.contains($0) } }
    }
}
