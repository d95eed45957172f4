// The canonical JSON of the tables, keys in UTF-8 order (see ``CanonicalJSONWritable``).

extension DisclosureTables: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("additionalTables", additionalTables)
        writer.field("departmentExpenditure", departmentExpenditure)
        writer.field("departmentIncome", departmentIncome)
        writer.field("departmentSummary", departmentSummary)
        writer.field("financialSummary", financialSummary)
        writer.field("generalBudgetBasicExpenditure", generalBudgetBasicExpenditure)
        writer.field("generalBudgetExpenditure", generalBudgetExpenditure)
        writer.field("governmentFundExpenditure", governmentFundExpenditure)
        writer.field("overallPerformance", overallPerformance)
        writer.field("procurement", procurement)
        writer.field("projectPerformance", projectPerformance)
        writer.field("projectSelfEvaluations", projectSelfEvaluations)
        writer.field("readingIssues", readingIssues)
        writer.field("threePublicExpenditure", threePublicExpenditure)
        writer.endObject()
    }
}

extension TableReadingIssue: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("caption", caption)
        writer.field("isUncertain", isUncertain)
        writer.field("line", line)
        writer.field("reason", reason)
        writer.field("reasonEnglish", reasonEnglish)
        writer.field("table", table)
        writer.field("title", title)
        writer.endObject()
    }
}

extension TableHeader: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("caption", caption)
        writer.field("line", line)
        writer.field("note", note)
        writer.field("noteLine", noteLine)
        writer.field("title", title)
        writer.field("unit", unit)
        writer.field("unitLine", unitLine)
        writer.endObject()
    }
}

extension FinancialSummaryTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("header", header)
        writer.field("lines", lines)
        writer.endObject()
    }
}

extension FinancialSummaryLine: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("expenditure", expenditure)
        writer.field("expenditureLabel", expenditureLabel)
        writer.field("incomeAmount", incomeAmount)
        writer.field("incomeLabel", incomeLabel)
        writer.field("line", line)
        writer.endObject()
    }
}

extension FundSplit: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("generalBudget", generalBudget)
        writer.field("governmentFund", governmentFund)
        writer.field("stateCapital", stateCapital)
        writer.field("total", total)
        writer.endObject()
    }
}

extension FunctionExpenditureTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("header", header)
        writer.field("rows", rows)
        writer.field("totalRow", totalRow)
        writer.endObject()
    }
}

extension FunctionRow: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amounts", amounts)
        writer.field("code", code)
        writer.field("line", line)
        writer.field("name", name)
        writer.endObject()
    }
}

extension ExpenditureSplit: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("basic", basic)
        writer.field("project", project)
        writer.field("total", total)
        writer.endObject()
    }
}

extension EconomicExpenditureTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("header", header)
        writer.field("rows", rows)
        writer.field("totalRow", totalRow)
        writer.endObject()
    }
}

extension EconomicRow: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("code", code)
        writer.field("line", line)
        writer.field("name", name)
        writer.field("personnel", personnel)
        writer.field("publicUse", publicUse)
        writer.field("total", total)
        writer.endObject()
    }
}

extension ThreePublicTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amounts", amounts)
        writer.field("header", header)
        writer.field("line", line)
        writer.field("operatingCost", operatingCost)
        writer.field("yearLabel", yearLabel)
        writer.endObject()
    }
}

extension ThreePublicAmounts: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("abroad", abroad)
        writer.field("reception", reception)
        writer.field("total", total)
        writer.field("vehicleOperation", vehicleOperation)
        writer.field("vehiclePurchase", vehiclePurchase)
        writer.field("vehicleSubtotal", vehicleSubtotal)
        writer.endObject()
    }
}

extension DepartmentSummaryTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("header", header)
        writer.field("lines", lines)
        writer.endObject()
    }
}

extension DepartmentSummaryLine: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("expenditureAmount", expenditureAmount)
        writer.field("expenditureLabel", expenditureLabel)
        writer.field("incomeAmount", incomeAmount)
        writer.field("incomeLabel", incomeLabel)
        writer.field("line", line)
        writer.endObject()
    }
}

extension SourceBreakdownTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("header", header)
        writer.field("rows", rows)
        writer.field("sourceColumns", sourceColumns)
        writer.field("totalRow", totalRow)
        writer.endObject()
    }
}

extension SourceBreakdownRow: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("code", code)
        writer.field("line", line)
        writer.field("name", name)
        writer.field("sources", sources)
        writer.field("total", total)
        writer.endObject()
    }
}

extension OverallPerformanceTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("budget", budget)
        writer.field("departmentLabel", departmentLabel)
        writer.field("goal", goal)
        writer.field("header", header)
        writer.field("indicators", indicators)
        writer.field("line", line)
        writer.endObject()
    }
}

extension ProjectPerformanceTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("basis", basis)
        writer.field("budget", budget)
        writer.field("budgetLine", budgetLine)
        writer.field("compilingUnit", compilingUnit)
        writer.field("department", department)
        writer.field("goal", goal)
        writer.field("header", header)
        writer.field("indicators", indicators)
        writer.field("line", line)
        writer.field("name", name)
        writer.field("overview", overview)
        writer.endObject()
    }
}

extension PerformanceIndicator: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("isCore", isCore)
        writer.field("line", line)
        writer.field("name", name)
        writer.field("operatorSymbol", operatorSymbol)
        writer.field("unit", unit)
        writer.field("value", value)
        writer.field("weight", weight)
        writer.endObject()
    }
}

extension GenericTable: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("columns", columns)
        writer.field("header", header)
        writer.field("identifier", identifier)
        writer.field("rows", rows)
        writer.endObject()
    }
}

extension GenericRow: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amounts", amounts)
        writer.field("code", code)
        writer.field("line", line)
        writer.field("name", name)
        writer.endObject()
    }
}
