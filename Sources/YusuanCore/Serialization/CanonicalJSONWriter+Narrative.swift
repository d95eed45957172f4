// The canonical JSON of the document's identity, layout and narrative, keys in UTF-8 order (see
// ``CanonicalJSONWritable``).

extension Disclosure: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("identity", identity)
        writer.field("layout", layout)
        writer.field("narrative", narrative)
        writer.field("parts", parts)
        writer.field("tables", tables)
        writer.endObject()
    }
}

extension DocumentIdentity: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("departmentCode", departmentCode)
        writer.field("departmentName", departmentName)
        writer.field("kind", kind)
        writer.field("profile", profile)
        writer.field("publication", publication)
        writer.field("unit", unit)
        writer.field("variant", variant)
        writer.field("wording", wording)
        writer.field("year", year)
        writer.endObject()
    }
}

extension DocumentKind: CanonicalJSONWritable {}
extension DocumentPart.Content: CanonicalJSONWritable {}

extension DocumentPart: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("content", content)
        writer.field("file", file)
        writer.field("firstLine", firstLine)
        writer.field("lineCount", lineCount)
        writer.endObject()
    }
}

extension ItemStatement: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("budgetAmount", budgetAmount)
        writer.field("budgetLine", budgetLine)
        writer.field("className", className)
        writer.field("code", code)
        writer.field("direction", direction)
        writer.field("itemName", itemName)
        writer.field("priorAmount", priorAmount)
        writer.field("priorLabel", priorLabel)
        writer.field("priorLine", priorLine)
        writer.field("priorYear", priorYear)
        writer.field("reason", reason)
        writer.field("sectionName", sectionName)
        writer.field("sentence", sentence)
        writer.field("statedChange", statedChange)
        writer.field("statedPercent", statedPercent)
        writer.field("unit", unit)
        writer.field("usage", usage)
        writer.endObject()
    }
}
extension EntityWording: CanonicalJSONWritable {}
extension AmountUnit: CanonicalJSONWritable {}
extension TemplateProfile: CanonicalJSONWritable {}
extension NarrativeBlock.Kind: CanonicalJSONWritable {}
extension ChangeDirection: CanonicalJSONWritable {}

extension PublicationDates: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("approved", approved)
        writer.field("published", published)
        writer.endObject()
    }
}

extension LayoutStyle: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("captionsHaveColon", captionsHaveColon)
        writer.field("groupsThousands", groupsThousands)
        writer.field("totalLabelInCodeColumn", totalLabelInCodeColumn)
        writer.endObject()
    }
}

extension Narrative: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("blocks", blocks)
        writer.field("contact", contact)
        writer.field("facts", facts)
        writer.field("title", title)
        writer.field("titleLine", titleLine)
        writer.endObject()
    }
}

extension NarrativeBlock: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("kind", kind)
        writer.field("line", line)
        writer.field("text", text)
        writer.endObject()
    }
}

extension Contact: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("label", label)
        writer.field("line", line)
        writer.field("person", person)
        writer.field("phone", phone)
        writer.endObject()
    }
}

extension NarrativeFacts: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("appropriationExpenditure", appropriationExpenditure)
        writer.field("appropriationIncome", appropriationIncome)
        writer.field("assets", assets)
        writer.field("basicExpenditure", basicExpenditure)
        writer.field("carryOverStatement", carryOverStatement)
        writer.field("expenditure", expenditure)
        writer.field("finalAccount", finalAccount)
        writer.field("governmentFund", governmentFund)
        writer.field("income", income)
        writer.field("itemStatements", itemStatements)
        writer.field("operatingCost", operatingCost)
        writer.field("otherFigures", otherFigures)
        writer.field("performanceTargetAmount", performanceTargetAmount)
        writer.field("procurement", procurement)
        writer.field("projectExpenditure", projectExpenditure)
        writer.field("threePublic", threePublic)
        writer.endObject()
    }
}

extension GovernmentFundStatement: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("sentence", sentence)
        writer.field("statesNoExpenditure", statesNoExpenditure)
        writer.field("unit", unit)
        writer.endObject()
    }
}

extension ThreePublicFacts: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("abroad", abroad)
        writer.field("itemsWithoutAmount", itemsWithoutAmount)
        writer.field("reception", reception)
        writer.field("total", total)
        writer.field("vehicleOperation", vehicleOperation)
        writer.field("vehiclePurchase", vehiclePurchase)
        writer.field("vehicles", vehicles)
        writer.endObject()
    }
}

extension ThreePublicItem: CanonicalJSONWritable {}

extension ThreePublicItemStatement: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("item", item)
        writer.field("sentence", sentence)
        writer.endObject()
    }
}

extension ProcurementSplit: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("goods", goods)
        writer.field("services", services)
        writer.field("total", total)
        writer.field("works", works)
        writer.endObject()
    }
}

extension ProcurementFacts: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("all", all)
        writer.field("generalBudget", generalBudget)
        writer.endObject()
    }
}

extension AssetFacts: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("asOfMonth", asOfMonth)
        writer.field("asOfYear", asOfYear)
        writer.field("generalVehicles", generalVehicles)
        writer.field("lawEnforcementVehicles", lawEnforcementVehicles)
        writer.field("plannedGeneralVehicles", plannedGeneralVehicles)
        writer.field("plannedLawEnforcementVehicles", plannedLawEnforcementVehicles)
        writer.field("plannedPurchases", plannedPurchases)
        writer.field("vehicles", vehicles)
        writer.endObject()
    }
}

extension Sentence: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("line", line)
        writer.field("text", text)
        writer.endObject()
    }
}

extension ComponentChange: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("direction", direction)
        writer.field("label", label)
        writer.endObject()
    }
}

extension StatedChange: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("comparedWith", comparedWith)
        writer.field("comparedYear", comparedYear)
        writer.field("components", components)
        writer.field("direction", direction)
        writer.field("priorAmount", priorAmount)
        writer.field("reason", reason)
        writer.endObject()
    }
}

extension StatedFigure: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("change", change)
        writer.field("label", label)
        writer.field("parts", parts)
        writer.field("sentence", sentence)
        writer.field("unit", unit)
        writer.field("usage", usage)
        writer.endObject()
    }
}

extension StatedCount: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("count", count)
        writer.field("label", label)
        writer.field("sentence", sentence)
        writer.endObject()
    }
}
