/// Why an input cannot be used, and where: prints as `FILE:LINE: expected …, found …`.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of the kind of problem, for tools and tests.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case emptyInput = "empty-input"
            case binaryInput = "binary-input"
            case notADisclosure = "not-a-disclosure"
            case truncated = "truncated"
            case duplicateTable = "duplicate-table"
            case malformedTable = "malformed-table"
            case invalidAmount = "invalid-amount"
            case invalidJSON = "invalid-json"
            case mismatchedParts = "mismatched-parts"
        }
        private let value: Value

        /// The file has no content.
        public static let emptyInput = Code(value: .emptyInput)
        /// The file is not text (NUL bytes or invalid UTF-8).
        public static let binaryInput = Code(value: .binaryInput)
        /// The text is not a disclosure of a known layout.
        public static let notADisclosure = Code(value: .notADisclosure)
        /// The document ends before a table, or a table ends before its rows.
        public static let truncated = Code(value: .truncated)
        /// A table appears twice.
        public static let duplicateTable = Code(value: .duplicateTable)
        /// A table's rows do not have the template's shape.
        public static let malformedTable = Code(value: .malformedTable)
        /// A cell that must hold an amount holds something else.
        public static let invalidAmount = Code(value: .invalidAmount)
        /// JSON that is not a canonical disclosure.
        public static let invalidJSON = Code(value: .invalidJSON)
        /// Two files given as the narrative and the tables of one disclosure are not (two whole documents, two
        /// narratives, or parts of different departments, years or kinds).
        public static let mismatchedParts = Code(value: .mismatchedParts)

        public var description: String { value.rawValue }
    }

    public var code: Code
    /// The file name as given by the caller (`-` for standard input).
    public var file: String
    /// The 1-based line the problem was found on.
    public var line: Int
    /// What the importer expected there.
    public var expected: String
    /// What it found instead.
    public var found: String

    public init(_ code: Code, file: String, line: Int, expected: String, found: String) {
        self.code = code
        self.file = file
        self.line = line
        self.expected = expected
        self.found = found
    }

    /// `FILE:LINE: expected …, found …`.
    public var description: String { "\(file):\(line): expected \(expected), found \(found)" }
}

extension ImportError {
    /// Shows a piece of the source, shortened to a readable length, in quotes.
    static func quote(_ text: some StringProtocol, limit: Int = 60) -> String {
        let visible = text.replacingTabs()
        if visible.count <= limit { return "'\(visible)'" }
        return "'\(visible.prefix(limit))…'"
    }
}

extension StringProtocol {
    fileprivate func replacingTabs() -> String {
        var result = ""
        for character in self { result.append(character == "\t" ? "⇥" : character) }
        return result
    }
}
