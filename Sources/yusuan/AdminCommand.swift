import ArgumentParser
import Foundation
import YusuanAccounts
import YusuanStorage

/// `yusuan admin`: the portal's editor accounts, their department rights and the audit log.
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Manage editor accounts, department rights and read the audit log of the portal.",
        discussion: """
            --db takes the same SQLite file or postgres:// URL as `yusuan db` and `yusuan serve`; the accounts live \
            in their own tables (account_*, audit_log) beside the disclosures. Passwords are never given on the \
            command line: they are typed at a prompt without echo, or read from standard input with \
            --password-stdin. See docs/EDITORS.md.
            """,
        subcommands: [AdminUserCommand.self, AdminAuditCommand.self]
    )
}

/// `yusuan admin user …`.
struct AdminUserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create, list, disable editor accounts; grant and revoke department rights.",
        subcommands: [
            AdminUserAddCommand.self, AdminUserGrantCommand.self, AdminUserRevokeCommand.self,
            AdminUserListCommand.self, AdminUserDisableCommand.self, AdminUserEnableCommand.self,
            AdminUserPasswordCommand.self,
        ]
    )
}

extension DbStoreOptions {
    /// Opens the account store at the same place as the disclosure store (SQLite file or PostgreSQL URL).
    func openAccounts() async throws -> any AccountStore {
        if isPostgres { return try await PostgresAccountStore(url: database) }
        return try SQLiteAccountStore(path: database)
    }

    /// Opens the account store, runs a change on it and closes it; account errors a user can fix (a wrong name,
    /// a duplicate, a bad argument) come out as command-line errors.
    func changeAccounts<T>(_ body: (any AccountStore) async throws -> T) async throws -> T {
        let accounts = try await openAccounts()
        return try await accounts.using { accounts in
            do {
                return try await body(accounts)
            } catch let error as AccountError {
                throw error.forCommandLine
            }
        }
    }
}

extension AccountStore {
    /// Runs `body` with the store and closes it afterwards, whatever happens.
    func using<T>(_ body: (any AccountStore) async throws -> T) async throws -> T {
        try await closing(self as any AccountStore, close: { try await $0.close() }, body)
    }
}

/// Who acts in the audit log for the command line: `cli:` and the login name of the shell.
enum AdminActor {
    static var name: String {
        let user = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"]
        return "cli:\(user ?? "?")"
    }
}

extension AccountError {
    /// The error as a command-line failure (the message, without the cause's internals for user errors).
    var forCommandLine: any Error {
        switch code {
        case .invalidArgument, .duplicate, .notFound: ValidationError(message)
        default: self
        }
    }
}
