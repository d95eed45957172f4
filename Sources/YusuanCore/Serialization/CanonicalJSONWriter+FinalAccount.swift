// The canonical JSON of the facts of a 决算 narrative (``FinalAccountFacts``), keys in UTF-8 order (see
// ``CanonicalJSONWritable``).

extension FinalAccountFacts: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("appropriationTotal", appropriationTotal)
        writer.field("assets", assets)
        writer.field("basicExpenditure", basicExpenditure)
        writer.field("expenditure", expenditure)
        writer.field("functionClasses", functionClasses)
        writer.field("generalBudgetExecution", generalBudgetExecution)
        writer.field("generalBudgetExpenditure", generalBudgetExpenditure)
        writer.field("grandTotal", grandTotal)
        writer.field("income", income)
        writer.field("itemExecutions", itemExecutions)
        writer.field("operatingCost", operatingCost)
        writer.field("performance", performance)
        writer.field("procurement", procurement)
        writer.field("threePublic", threePublic)
        writer.endObject()
    }
}

extension FinalAccountFigure: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("change", change)
        writer.field("changePercent", changePercent)
        writer.field("label", label)
        writer.field("parts", parts)
        writer.field("sentence", sentence)
        writer.field("sharePercent", sharePercent)
        writer.field("unit", unit)
        writer.endObject()
    }
}

extension ExecutionStatement: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("actual", actual)
        writer.field("budget", budget)
        writer.field("className", className)
        writer.field("comparison", comparison)
        writer.field("completionPercent", completionPercent)
        writer.field("itemName", itemName)
        writer.field("label", label)
        writer.field("reason", reason)
        writer.field("sectionName", sectionName)
        writer.field("sentence", sentence)
        writer.field("unit", unit)
        writer.endObject()
    }
}

extension ThreePublicExecution: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("abroad", abroad)
        writer.field("reception", reception)
        writer.field("total", total)
        writer.field("vehicles", vehicles)
        writer.endObject()
    }
}

extension FinalAccountProcurement: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("awardedToSmallAndMediumFirms", awardedToSmallAndMediumFirms)
        writer.field("goods", goods)
        writer.field("reservedForSmallAndMediumFirms", reservedForSmallAndMediumFirms)
        writer.field("reservedForSmallFirms", reservedForSmallFirms)
        writer.field("services", services)
        writer.field("smallAndMediumFirms", smallAndMediumFirms)
        writer.field("smallFirms", smallFirms)
        writer.field("total", total)
        writer.field("works", works)
        writer.endObject()
    }
}

extension FinalAccountAssets: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("asOfYear", asOfYear)
        writer.field("costlyEquipment", costlyEquipment)
        writer.field("equipmentThreshold", equipmentThreshold)
        writer.field("vehicles", vehicles)
        writer.endObject()
    }
}

extension PerformanceStage: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("projects", projects)
        writer.field("unit", unit)
        writer.endObject()
    }
}

extension PerformanceManagementStatement: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("averageScore", averageScore)
        writer.field("excellent", excellent)
        writer.field("fail", fail)
        writer.field("good", good)
        writer.field("pass", pass)
        writer.field("problemsBeingFixed", problemsBeingFixed)
        writer.field("problemsFixed", problemsFixed)
        writer.field("problemsFound", problemsFound)
        writer.field("selfEvaluation", selfEvaluation)
        writer.field("sentence", sentence)
        writer.field("targets", targets)
        writer.field("tracking", tracking)
        writer.endObject()
    }
}
