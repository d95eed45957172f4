// The canonical JSON of the 项目支出绩效自评表 (``ProjectSelfEvaluation``), keys in UTF-8 order (see
// ``CanonicalJSONWritable``). Reading is the synthesized `Decodable` conformance, as for every table.

extension ProjectSelfEvaluation: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("achievement", achievement)
        writer.field("department", department)
        writer.field("funds", funds)
        writer.field("goal", goal)
        writer.field("grade", grade)
        writer.field("gradeLine", gradeLine)
        writer.field("implementingUnit", implementingUnit)
        writer.field("indicators", indicators)
        writer.field("line", line)
        writer.field("projectName", projectName)
        writer.field("title", title)
        writer.field("totalLine", totalLine)
        writer.field("totalScore", totalScore)
        writer.field("totalWeight", totalWeight)
        writer.field("unit", unit)
        writer.field("year", year)
        writer.endObject()
    }
}

extension SelfEvaluationFundRow: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("actual", actual)
        writer.field("executionRate", executionRate)
        writer.field("fullYearBudget", fullYearBudget)
        writer.field("initialBudget", initialBudget)
        writer.field("label", label)
        writer.field("line", line)
        writer.field("score", score)
        writer.field("weight", weight)
        writer.endObject()
    }
}

extension SelfEvaluationIndicator: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.field("achieved", achieved)
        writer.field("deviationReason", deviationReason)
        writer.field("level1", level1)
        writer.field("level2", level2)
        writer.field("line", line)
        writer.field("name", name)
        writer.field("score", score)
        writer.field("target", target)
        writer.field("weight", weight)
        writer.endObject()
    }
}

extension ProjectSelfEvaluation {
    /// The same table with every source line moved by `offset` (``Disclosure/shiftingSourceLines(by:)``).
    func shiftingSourceLines(by offset: Int) -> ProjectSelfEvaluation {
        func moved(_ line: SourceLine?) -> SourceLine? { line.map { $0 + offset } }
        var copy = self
        copy.line = moved(line)
        copy.totalLine = moved(totalLine)
        copy.gradeLine = moved(gradeLine)
        for index in copy.funds.indices { copy.funds[index].line = moved(copy.funds[index].line) }
        for index in copy.indicators.indices { copy.indicators[index].line = moved(copy.indicators[index].line) }
        return copy
    }
}
