/// Why an account operation failed.
public struct AccountError: Error, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of failure.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case notFound = "not-found"
            case duplicate = "duplicate"
            case invalidArgument = "invalid-argument"
            case corrupt = "corrupt"
            case unavailable = "unavailable"
        }
        private let value: Value

        /// An account or draft that is not stored.
        public static let notFound = Code(value: .notFound)
        /// An account with the same name exists.
        public static let duplicate = Code(value: .duplicate)
        /// A name, password or URL that cannot be used.
        public static let invalidArgument = Code(value: .invalidArgument)
        /// Stored data that cannot be read back.
        public static let corrupt = Code(value: .corrupt)
        /// The database cannot be opened or reached.
        public static let unavailable = Code(value: .unavailable)

        public var description: String { value.rawValue }
    }

    public var code: Code
    /// What went wrong and how to fix it (Chinese for what users see).
    public var message: String
    /// The underlying error.
    public var cause: (any Error)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause { return "\(message) (\(code)): \(cause)" }
        return "\(message) (\(code))"
    }
}
