/// A report written one entry at a time, for batches too large to keep every report in memory.
///
/// The document is ``header``, then each entry's ``body(of:)`` in input order with ``separator`` between two
/// entries, then ``footer(entryCount:)``: byte for byte what ``ReportWriter/render(_:)`` gives for all the entries
/// at once (the tests compare them). Bodies depend on their entry only, so they can be rendered in parallel, on any
/// thread, while the report is being written.
public protocol StreamingReportWriter: ReportWriter {
    /// The text before the first entry.
    var header: String { get }
    /// The text of one entry.
    func body(of entry: ReportEntry) -> String
    /// The UTF-8 bytes of ``body(of:)``, which `validate` writes to the report's file (by default, the text's bytes;
    /// the JSON writers write bytes first, and their text is made from them).
    func bodyBytes(of entry: ReportEntry) -> [UInt8]
    /// The text between two entries.
    var separator: String { get }
    /// The text after the last entry, for a report of `entryCount` entries.
    func footer(entryCount: Int) -> String
}

extension StreamingReportWriter {
    public func bodyBytes(of entry: ReportEntry) -> [UInt8] { Array(body(of: entry).utf8) }

    /// The whole report put together from its pieces, as a streaming writer writes it.
    public func renderStreamed(_ entries: [ReportEntry]) -> String {
        var text = header
        for (index, entry) in entries.enumerated() {
            if index > 0 { text += separator }
            text += body(of: entry)
        }
        return text + footer(entryCount: entries.count)
    }
}
