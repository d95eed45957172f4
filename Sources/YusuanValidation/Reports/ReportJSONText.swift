import YusuanCore

/// JSON text written straight into bytes, the same bytes as Foundation's `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when `isPretty`) give for the same values — callers write keys in
/// sorted (UTF-8) order — at a fraction of the cost: the JSON reports of a batch are rendered once per document.
///
/// Pretty text is indented by two spaces per level (`"key" : value`, an empty object or array as `{`, an empty line,
/// `}`); strings escape `"`, `\`, and control characters (`\b \f \n \r \t`, else `\u00xx`), nothing else.
struct ReportJSONText {
    let isPretty: Bool
    private(set) var bytes: [UInt8] = []
    private var depth: Int
    /// For each open object or array, whether it has a member yet.
    private var hasMembers: [Bool] = []

    /// Starts a text whose outermost value stands at `depth` levels of indentation (a report inside `reports`: 2).
    init(isPretty: Bool, depth: Int = 0) {
        self.isPretty = isPretty
        self.depth = depth
        bytes.reserveCapacity(16_384)
        if isPretty { indent() }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    /// Starts a member of the open object or array: the comma and the line break before it.
    private mutating func beginMember() {
        guard let last = hasMembers.indices.last else { return }
        if hasMembers[last] { bytes.append(0x2C) }
        hasMembers[last] = true
        if isPretty {
            bytes.append(0x0A)
            indent()
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        hasMembers.append(false)
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasMembers.removeLast()
        depth -= 1
        if isPretty {
            bytes.append(0x0A)
            if !had { bytes.append(0x0A) }
            indent()
        }
        bytes.append(bracket)
    }

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    /// Starts a member of the open object: its key, one of the report's field names (a literal of letters, which
    /// needs no escape).
    mutating func key(_ name: StaticString) {
        beginMember()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        if isPretty {
            bytes.append(contentsOf: [0x20, 0x3A, 0x20])
        } else {
            bytes.append(0x3A)
        }
    }

    /// Starts an element of the open array.
    mutating func element() { beginMember() }

    mutating func string(_ value: String) { appendString(value) }
    mutating func integer(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    /// A member with a string value.
    mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// A member with a string value, left out when `nil`.
    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        field(name, value)
    }

    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        integer(value)
    }

    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        field(name, value)
    }

    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func field(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        field(name, value)
    }

    /// An amount as its decimal text (as `Amount` encodes itself), left out when `nil`.
    mutating func field(_ name: StaticString, _ value: Amount?) {
        guard let value else { return }
        field(name, value.plainText)
    }

    /// A JSON string: its contents escaped as `JSONEncoder` escapes them (the text layer's `appendJSONEscaped`).
    private mutating func appendString(_ value: String) {
        bytes.append(0x22)
        bytes.appendJSONEscaped(value)
        bytes.append(0x22)
    }

    /// The text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension JSONReportWriter.FileReport {
    /// Writes the report with its keys in sorted order, as `JSONEncoder` with `.sortedKeys` does.
    func write(to json: inout ReportJSONText) {
        json.beginObject()
        json.field("department", department)
        json.field("departmentCode", departmentCode)
        json.field("file", file)
        json.key("findings")
        json.beginArray()
        for item in findings {
            json.element()
            item.write(to: &json)
        }
        json.endArray()
        json.field("hasErrors", hasErrors)
        json.key("outcomes")
        json.beginArray()
        for outcome in outcomes {
            json.element()
            json.beginObject()
            json.field("category", outcome.category)
            json.field("findings", outcome.findings)
            json.field("reason", outcome.reason)
            json.field("rule", outcome.rule)
            json.field("severity", outcome.severity)
            json.field("status", outcome.status)
            json.field("title", outcome.title)
            json.endObject()
        }
        json.endArray()
        if let parts {
            json.key("parts")
            json.beginArray()
            for part in parts {
                json.element()
                json.beginObject()
                json.field("content", part.content)
                json.field("file", part.file)
                json.field("firstLine", part.firstLine)
                json.field("lineCount", part.lineCount)
                json.endObject()
            }
            json.endArray()
        }
        json.key("summary")
        json.beginObject()
        json.field("errors", summary.errors)
        json.field("info", summary.info)
        json.field("rulesFailed", summary.rulesFailed)
        json.field("rulesInsufficientData", summary.rulesInsufficientData)
        json.field("rulesNotApplicable", summary.rulesNotApplicable)
        json.field("rulesPassed", summary.rulesPassed)
        json.field("warnings", summary.warnings)
        json.endObject()
        json.field("unpaired", unpaired)
        json.field("year", year)
        json.endObject()
    }
}

extension JSONReportWriter.Item {
    func write(to json: inout ReportJSONText) {
        json.beginObject()
        json.field("actual", actual)
        json.field("difference", difference)
        json.field("expected", expected)
        json.key("location")
        location.write(to: &json)
        json.field("message", message)
        if let related {
            json.key("related")
            related.write(to: &json)
        }
        json.field("rounding", rounding)
        json.field("rule", rule)
        json.field("severity", severity)
        json.field("tolerance", tolerance)
        json.endObject()
    }
}

extension JSONReportWriter.Location {
    func write(to json: inout ReportJSONText) {
        json.beginObject()
        json.field("caption", caption)
        json.field("column", column)
        json.field("documentLine", documentLine)
        json.field("file", file)
        json.field("line", line)
        json.field("row", row)
        json.field("sentence", sentence)
        json.field("table", table)
        json.endObject()
    }
}
