extension Disclosure {
    /// The same document with every source line moved by `offset` (`line + offset`), for a part whose lines
    /// continue after another part's when two files are joined into one document (``DocumentPart/firstLine``).
    ///
    /// Every ``SourceLine`` field of the model moves: the narrative's title, blocks, facts (their sentences, the
    /// per-项 statements' `priorLine`/`budgetLine`) and contact; the tables' headers (`line`, `noteLine`), rows,
    /// indicators, performance tables (`line`, `budgetLine`), generic tables and reading issues. ``parts`` do not
    /// move (they say where the files start; the joiner sets them). Absent lines stay absent.
    public func shiftingSourceLines(by offset: Int) -> Disclosure {
        var copy = self
        copy.shiftSourceLines(by: offset)
        return copy
    }

    /// Moves every source line of the document by `offset`; see ``shiftingSourceLines(by:)``.
    public mutating func shiftSourceLines(by offset: Int) {
        guard offset != 0 else { return }
        narrative.shiftLines(by: offset)
        tables.shiftLines(by: offset)
    }
}

/// A part of the model that holds source lines.
private protocol LineShifting {
    mutating func shiftLines(by offset: Int)
}

extension Optional where Wrapped == SourceLine {
    fileprivate mutating func shift(by offset: Int) {
        if let line = self { self = line + offset }
    }
}

extension Optional where Wrapped: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        if case .some(var value) = self {
            value.shiftLines(by: offset)
            self = value
        }
    }
}

extension Array: LineShifting where Element: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        for index in indices { self[index].shiftLines(by: offset) }
    }
}

// MARK: - Narrative

extension Narrative: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        titleLine.shift(by: offset)
        blocks.shiftLines(by: offset)
        facts.shiftLines(by: offset)
        contact.shiftLines(by: offset)
    }
}

extension NarrativeBlock: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension Contact: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension Sentence: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension NarrativeFacts: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        income.shiftLines(by: offset)
        expenditure.shiftLines(by: offset)
        appropriationIncome.shiftLines(by: offset)
        appropriationExpenditure.shiftLines(by: offset)
        basicExpenditure.shiftLines(by: offset)
        projectExpenditure.shiftLines(by: offset)
        governmentFund.shiftLines(by: offset)
        threePublic.shiftLines(by: offset)
        operatingCost.shiftLines(by: offset)
        procurement.shiftLines(by: offset)
        performanceTargetAmount.shiftLines(by: offset)
        assets.shiftLines(by: offset)
        carryOverStatement.shiftLines(by: offset)
        itemStatements.shiftLines(by: offset)
    }
}

extension StatedFigure: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        sentence.shiftLines(by: offset)
        parts.shiftLines(by: offset)
    }
}

extension StatedCount: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { sentence.shiftLines(by: offset) }
}

extension GovernmentFundStatement: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { sentence.shiftLines(by: offset) }
}

extension ThreePublicFacts: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        total.shiftLines(by: offset)
        abroad.shiftLines(by: offset)
        reception.shiftLines(by: offset)
        vehicleOperation.shiftLines(by: offset)
        vehiclePurchase.shiftLines(by: offset)
        vehicles.shiftLines(by: offset)
        itemsWithoutAmount.shiftLines(by: offset)
    }
}

extension ThreePublicItemStatement: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { sentence.shiftLines(by: offset) }
}

extension ProcurementSplit: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        total.shiftLines(by: offset)
        goods.shiftLines(by: offset)
        works.shiftLines(by: offset)
        services.shiftLines(by: offset)
    }
}

extension ProcurementFacts: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        all.shiftLines(by: offset)
        generalBudget.shiftLines(by: offset)
    }
}

extension AssetFacts: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        vehicles.shiftLines(by: offset)
        generalVehicles.shiftLines(by: offset)
        lawEnforcementVehicles.shiftLines(by: offset)
        plannedPurchases.shiftLines(by: offset)
        plannedGeneralVehicles.shiftLines(by: offset)
        plannedLawEnforcementVehicles.shiftLines(by: offset)
    }
}

extension ItemStatement: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        sentence.shiftLines(by: offset)
        priorLine.shift(by: offset)
        budgetLine.shift(by: offset)
    }
}

// MARK: - Tables

extension DisclosureTables: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        financialSummary.shiftLines(by: offset)
        generalBudgetExpenditure.shiftLines(by: offset)
        generalBudgetBasicExpenditure.shiftLines(by: offset)
        threePublicExpenditure.shiftLines(by: offset)
        governmentFundExpenditure.shiftLines(by: offset)
        departmentSummary.shiftLines(by: offset)
        departmentIncome.shiftLines(by: offset)
        departmentExpenditure.shiftLines(by: offset)
        procurement.shiftLines(by: offset)
        overallPerformance.shiftLines(by: offset)
        projectPerformance.shiftLines(by: offset)
        additionalTables.shiftLines(by: offset)
        readingIssues.shiftLines(by: offset)
        if let evaluations = projectSelfEvaluations {
            projectSelfEvaluations = evaluations.map { $0.shiftingSourceLines(by: offset) }
        }
    }
}

extension TableHeader: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        line.shift(by: offset)
        noteLine.shift(by: offset)
    }
}

extension TableReadingIssue: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension FinancialSummaryTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        for index in lines.indices { lines[index].line.shift(by: offset) }
    }
}

extension FunctionRow: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension FunctionExpenditureTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        totalRow.shiftLines(by: offset)
        rows.shiftLines(by: offset)
    }
}

extension EconomicRow: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension EconomicExpenditureTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        totalRow.shiftLines(by: offset)
        rows.shiftLines(by: offset)
    }
}

extension ThreePublicTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        line.shift(by: offset)
    }
}

extension DepartmentSummaryTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        for index in lines.indices { lines[index].line.shift(by: offset) }
    }
}

extension SourceBreakdownRow: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension SourceBreakdownTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        totalRow.shiftLines(by: offset)
        rows.shiftLines(by: offset)
    }
}

extension PerformanceIndicator: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension OverallPerformanceTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        indicators.shiftLines(by: offset)
        line.shift(by: offset)
    }
}

extension ProjectPerformanceTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        indicators.shiftLines(by: offset)
        line.shift(by: offset)
        budgetLine.shift(by: offset)
    }
}

extension GenericRow: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) { line.shift(by: offset) }
}

extension GenericTable: LineShifting {
    fileprivate mutating func shiftLines(by offset: Int) {
        header.shiftLines(by: offset)
        rows.shiftLines(by: offset)
    }
}
