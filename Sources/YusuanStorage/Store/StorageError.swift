/// Why a store operation failed: a disclosure store's or an account store's (``YusuanAccounts``' `AccountError` is
/// this type).
public struct StorageError: Error, Sendable, CustomStringConvertible {
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

        /// A department, disclosure, revision, account or draft that is not stored.
        public static let notFound = Code(value: .notFound)
        /// Something that must be unique exists already (an account name).
        public static let duplicate = Code(value: .duplicate)
        /// An argument the store cannot use (an empty code list, an unknown URL scheme, a password too short).
        public static let invalidArgument = Code(value: .invalidArgument)
        /// Stored data that cannot be read back.
        public static let corrupt = Code(value: .corrupt)
        /// The database cannot be opened or reached.
        public static let unavailable = Code(value: .unavailable)

        public var description: String { value.rawValue }
    }

    public var code: Code
    /// What went wrong and how to fix it.
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
        cause.map { "\(message) (\(String(describing: $0)))" } ?? message
    }
}
