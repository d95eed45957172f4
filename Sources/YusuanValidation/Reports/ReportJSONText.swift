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
    /// Whether the open object or array has no member yet. Only the innermost container needs it: one that closes
    /// was a member of the container around it, which therefore has a member.
    private var isEmpty = true

    /// Starts a text whose outermost value stands at `depth` levels of indentation (a report inside `reports`: 2),
    /// with room for `capacity` bytes.
    init(isPretty: Bool, depth: Int = 0, capacity: Int = 16_384) {
        self.isPretty = isPretty
        self.depth = depth
        bytes.reserveCapacity(capacity)
        if isPretty { indent() }
    }

    /// A comma, a line break and 32 levels of indentation: the start of a member is a slice of it (the report's
    /// deepest values stand at 7 levels).
    private static let memberStart: StaticString =
        ",\n                                                                "

    /// Two spaces per level of ``depth``.
    private mutating func indent() { appendMemberStart(from: 2) }

    /// The part of ``memberStart`` from `offset` (0: the comma, 1: the line break, 2: the indentation) to the end of
    /// the indentation of ``depth``.
    private mutating func appendMemberStart(from offset: Int) {
        Self.memberStart.withUTF8Buffer { start in
            let end = 2 + depth * 2
            precondition(end <= start.count, "JSON nested deeper than \((start.count - 2) / 2) levels")
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: start[offset..<end]))
        }
    }

    /// Starts a member of the open object or array: the comma and the line break before it.
    private mutating func beginMember() {
        if isPretty {
            appendMemberStart(from: isEmpty ? 1 : 0)
        } else if !isEmpty {
            bytes.append(0x2C)
        }
        isEmpty = false
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        isEmpty = true
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if isPretty {
            // An empty container's empty line, then the line break and the indentation of the bracket.
            if isEmpty { bytes.append(0x0A) }
            appendMemberStart(from: 1)
        }
        bytes.append(bracket)
        isEmpty = false
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
        let end: StaticString = isPretty ? "\" : " : "\":"
        end.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Starts an element of the open array.
    mutating func element() { beginMember() }

    mutating func string(_ value: String) { appendString(value) }

    mutating func integer(_ value: Int) {
        if (0..<10).contains(value) {
            bytes.append(0x30 &+ UInt8(truncatingIfNeeded: value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    mutating func bool(_ value: Bool) {
        let text: StaticString = value ? "true" : "false"
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

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

    /// A line break after the value (ending a line of JSON Lines).
    mutating func newline() { bytes.append(0x0A) }
}

extension ReportJSONText {
    /// Writes the report of one file, the object ``JSONReportWriter/FileReport`` encodes, with its keys in sorted
    /// order as `JSONEncoder` with `.sortedKeys` writes them — read from the report itself, without building that
    /// object first (a report has one outcome per rule: building them cost a third of writing the report).
    mutating func write(_ entry: ReportEntry, language: Language) {
        let report = entry.report
        beginObject()
        field("department", report.departmentName)
        field("departmentCode", report.departmentCode)
        field("file", entry.fileName)
        key("findings")
        beginArray()
        for outcome in report.outcomes {
            for finding in outcome.findings {
                element()
                write(finding, of: report, language: language)
            }
        }
        endArray()
        field("hasErrors", report.hasErrors)
        key("outcomes")
        beginArray()
        writeOutcomes(of: report, language: language)
        endArray()
        if let parts = report.parts {
            key("parts")
            beginArray()
            for part in parts {
                element()
                beginObject()
                field("content", part.content.rawValue)
                field("file", part.file)
                field("firstLine", part.firstLine)
                field("lineCount", part.lineCount)
                endObject()
            }
            endArray()
        }
        key("summary")
        beginObject()
        var statuses = (passed: 0, failed: 0, notApplicable: 0, insufficientData: 0)
        var severities = (error: 0, warning: 0, info: 0)
        for outcome in report.outcomes {
            switch outcome.status {
            case .passed: statuses.passed += 1
            case .failed: statuses.failed += 1
            case .notApplicable: statuses.notApplicable += 1
            case .insufficientData: statuses.insufficientData += 1
            }
            for finding in outcome.findings {
                switch finding.severity {
                case .error: severities.error += 1
                case .warning: severities.warning += 1
                case .info: severities.info += 1
                }
            }
        }
        field("errors", severities.error)
        field("info", severities.info)
        field("rulesFailed", statuses.failed)
        field("rulesInsufficientData", statuses.insufficientData)
        field("rulesNotApplicable", statuses.notApplicable)
        field("rulesPassed", statuses.passed)
        field("warnings", severities.warning)
        endObject()
        field("unpaired", report.unpairedContent == nil ? nil : true)
        field("year", report.year)
        endObject()
    }

    /// One object per outcome: its rule's title, severity and category from the rule's descriptor — when every rule
    /// ran, the descriptors stand in the outcomes' order and each is found by position, not searched for (a search
    /// per outcome costs as much as the rest of the report) — or the rule's id and empty texts without one.
    private mutating func writeOutcomes(of report: ValidationReport, language: Language) {
        let isAligned = report.descriptors.count == report.outcomes.count
        // Each descriptor's fields read in place (a copy of the descriptor retains and releases each of its texts).
        report.descriptors.withUnsafeBufferPointer { descriptors in
            for (index, outcome) in report.outcomes.enumerated() {
                let position =
                    isAligned && descriptors[index].id == outcome.ruleID
                    ? index : descriptors.firstIndex { $0.id == outcome.ruleID }
                element()
                beginObject()
                if let position {
                    field("category", descriptors[position].category.rawValue)
                } else {
                    field("category", "")
                }
                field("findings", outcome.findings.count)
                field("reason", outcome.reason?.text(in: language))
                field("rule", outcome.ruleID)
                if let position {
                    field("severity", descriptors[position].severity.rawValue)
                    field("status", outcome.status.rawValue)
                    // `title(in:)` would copy the descriptor: its stored titles are read in place.
                    if language == .zh {
                        field("title", descriptors[position].titleZh)
                    } else {
                        field("title", descriptors[position].titleEn)
                    }
                } else {
                    field("severity", "")
                    field("status", outcome.status.rawValue)
                    field("title", outcome.ruleID)
                }
                endObject()
            }
        }
    }

    private mutating func write(_ finding: Finding, of report: ValidationReport, language: Language) {
        beginObject()
        field("actual", finding.actual)
        field("difference", finding.difference)
        field("expected", finding.expected)
        key("location")
        write(finding.location, of: report)
        field("message", finding.message.text(in: language))
        if let related = finding.related {
            key("related")
            write(related, of: report)
        }
        field("rounding", finding.isRounding)
        field("rule", finding.ruleID)
        field("severity", finding.severity.rawValue)
        field("tolerance", finding.tolerance)
        endObject()
    }

    /// A finding's location: the line in the file of its part when the document has parts (and the line through the
    /// joined document when it differs), else the document's line.
    private mutating func write(_ location: FindingLocation, of report: ValidationReport) {
        var line = location.line
        var file: String?
        var documentLine: Int?
        if let sourceLine = location.line, let place = report.place(of: sourceLine) {
            file = place.file
            line = place.line
            if place.line != sourceLine { documentLine = sourceLine }
        }
        beginObject()
        field("caption", location.caption)
        field("column", location.column)
        field("documentLine", documentLine)
        field("file", file)
        field("line", line)
        field("row", location.row)
        field("sentence", location.sentence)
        field("table", location.table?.identifier)
        endObject()
    }
}
