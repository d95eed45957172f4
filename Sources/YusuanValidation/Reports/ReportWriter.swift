/// One validated file: its name and its report.
public struct ReportEntry: Sendable, Hashable {
    /// The file name as given on the command line.
    public var fileName: String
    /// The report.
    public var report: ValidationReport

    /// Creates an entry.
    public init(fileName: String, report: ValidationReport) {
        self.fileName = fileName
        self.report = report
    }
}

/// Writes reports in one format. Writers are pure: they return text and write no file.
public protocol ReportWriter: Sendable {
    /// The language of the messages.
    var language: Language { get }
    /// Renders the reports of several files as one document.
    func render(_ entries: [ReportEntry]) -> String
}

extension ReportWriter {
    /// Renders the report of one file.
    /// - Parameters:
    ///   - report: the report.
    ///   - fileName: the name of the file it is about.
    /// - Returns: the rendered text.
    public func render(_ report: ValidationReport, fileName: String) -> String {
        render([ReportEntry(fileName: fileName, report: report)])
    }
}
