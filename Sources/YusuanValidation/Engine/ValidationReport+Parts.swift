import YusuanCore

extension ValidationReport {
    /// Where a document line is: the file of the part it belongs to and its line there, for a document read from
    /// a part of a disclosure or joined from two files; `nil` for a document read from one whole file (the line is
    /// then the file's line).
    public func place(of line: SourceLine) -> (file: String, line: Int)? {
        guard let part = parts?.first(where: { line >= $0.firstLine && line < $0.firstLine + $0.lineCount }) else {
            return nil
        }
        return (part.file, part.fileLine(line))
    }

    /// What the document holds when it is one part of a disclosure whose other file was not given (validated alone:
    /// the rules that need the other part report insufficient data); `nil` for a whole or joined document.
    public var unpairedContent: DocumentPart.Content? {
        guard let parts, parts.count == 1, parts[0].content != .whole else { return nil }
        return parts[0].content
    }
}
