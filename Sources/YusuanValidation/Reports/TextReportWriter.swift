import YusuanCore

/// Compiler-style diagnostics, one per finding (`FILE:LINE: error[X2]: message`), then a summary line per file.
public struct TextReportWriter: StreamingReportWriter {
    public var language: Language
    /// Whether info findings (rounding, style) are printed; they are always counted.
    public var includesInfo: Bool

    /// Creates a writer.
    public init(language: Language = .zh, includesInfo: Bool = true) {
        self.language = language
        self.includesInfo = includesInfo
    }

    public func render(_ entries: [ReportEntry]) -> String {
        var output = ""
        for entry in entries {
            for finding in entry.report.findings where includesInfo || finding.severity != .info {
                output += diagnostic(finding, fileName: entry.fileName, report: entry.report) + "\n"
            }
            output += summary(entry) + "\n"
        }
        return output
    }

    /// Nothing: the diagnostics start at once.
    public var header: String { "" }

    /// The diagnostics of one entry and its summary line.
    public func body(of entry: ReportEntry) -> String { render([entry]) }

    /// Nothing: each entry ends with a line break.
    public var separator: String { "" }

    /// Nothing.
    public func footer(entryCount: Int) -> String { "" }

    /// `FILE:LINE: error[X2]: 表二 …`. For a document joined from two files (or read from one part of a
    /// disclosure), `FILE:LINE` is the file of the part the line belongs to and the line in it (`report`'s parts).
    public func diagnostic(_ finding: Finding, fileName: String, report: ValidationReport? = nil) -> String {
        let place =
            finding.location.line.map { line in
                report?.place(of: line).map { "\($0.file):\($0.line)" } ?? "\(fileName):\(line)"
            } ?? fileName
        let kind =
            finding.isRounding
            ? "\(finding.severity.rawValue)[\(finding.ruleID)/rounding]"
            : "\(finding.severity.rawValue)[\(finding.ruleID)]"
        return "\(place): \(kind): \(finding.message.text(in: language))"
    }

    /// The summary line of one file; a part validated without its other file says so.
    public func summary(_ entry: ReportEntry) -> String {
        let report = entry.report
        let rules = report.outcomes.count
        let unpaired = report.unpairedContent.map { unpairedNote($0) } ?? ""
        switch language {
        case .zh:
            return "\(entry.fileName): \(report.department) \(report.year)年\(unpaired)：错误 \(report.errorCount)，警告 "
                + "\(report.warningCount)，提示 \(report.infoCount)；规则 \(rules) 条：通过 \(report.count(.passed))，"
                + "未通过 \(report.count(.failed))，不适用 \(report.count(.notApplicable))，数据不足 "
                + "\(report.count(.insufficientData))"
        case .en:
            return "\(entry.fileName): \(report.department) \(report.year)\(unpaired): \(report.errorCount) errors, "
                + "\(report.warningCount) warnings, \(report.infoCount) info; \(rules) rules: "
                + "\(report.count(.passed)) passed, \(report.count(.failed)) failed, "
                + "\(report.count(.notApplicable)) not applicable, \(report.count(.insufficientData)) insufficient data"
        }
    }

    /// ` (narrative only, not paired with its tables)` for a part validated alone.
    func unpairedNote(_ content: DocumentPart.Content) -> String {
        switch (content, language) {
        case (.narrative, .zh): "（只有情况说明，未与表格配对）"
        case (.narrative, .en): " (narrative only, not paired with its tables)"
        case (_, .zh): "（只有表格，未与情况说明配对）"
        case (_, .en): " (tables only, not paired with their narrative)"
        }
    }
}
