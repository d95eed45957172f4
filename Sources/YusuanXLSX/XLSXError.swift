/// Why a workbook cannot be written or read.
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The part of the package the problem is in (`xl/workbook.xml`), when known.
    public var part: String?
    /// What went wrong, as a sentence.
    public var message: String

    public init(part: String? = nil, message: String) {
        self.part = part
        self.message = message
    }

    public var description: String { part.map { "\($0): \(message)" } ?? message }
}
