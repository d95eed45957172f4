import ArgumentParser
import Foundation
import YusuanAccounts
import YusuanStorage

/// `yusuan admin user add USERNAME [--admin] [--display-name NAME] [--password-stdin]`.
struct AdminUserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create an editor (or administrator) account; the password is prompted for or read from stdin."
    )

    @OptionGroup var store: DbStoreOptions

    @Argument(help: "The login name: 2–32 lowercase letters, digits, '.', '_' or '-'.")
    var username: String

    @Option(help: "The name shown on pages and in the audit log (defaults to the login name).")
    var displayName: String?

    @Flag(help: "An administrator: may publish for every department and sees the audit log.")
    var admin = false

    @Flag(help: "Read the password from the first line of standard input instead of prompting.")
    var passwordStdin = false

    func run() async throws {
        let password = try AdminPasswordInput.read(fromStandardInput: passwordStdin)
        let account = try await store.changeAccounts { accounts in
            let service = AccountService(store: accounts)
            let account = try await service.addAccount(
                username: username,
                displayName: displayName,
                password: password,
                isAdmin: admin
            )
            try await service.audit(
                .userAdd,
                actor: AdminActor.name,
                target: account.username,
                detail: admin ? "管理员" : "编辑"
            )
            return account
        }
        print("created \(account.isAdmin ? "administrator" : "editor") \(account.username) (\(account.displayName))")
    }
}

/// `--department CODE [--region R]`: a department right.
struct AdminRightOptions: ParsableArguments {
    @Option(help: "The department's budget code (202).")
    var department: String

    @Option(
        help: "The region (重庆市南岸区, or a unique part of a stored region's name). Without it: the code in every region."
    )
    var region: String?

    /// The right, with the region resolved against the stored disclosures when it names one.
    func right(store: DbStoreOptions) async throws -> DepartmentRight {
        let code = department.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { throw ValidationError("--department is empty") }
        guard let region = region?.trimmingCharacters(in: .whitespaces), !region.isEmpty else {
            return DepartmentRight(region: nil, code: code)
        }
        let disclosures = try await store.open()
        let resolved = try await disclosures.using { disclosures in
            try? await DbLookup.region(region, in: disclosures)
        }
        return DepartmentRight(region: resolved ?? region, code: code)
    }

    /// Grants or revokes this right for an account (`change` says whether it changed anything), and writes the
    /// change to the audit log when it did.
    func change(
        _ username: String,
        in store: DbStoreOptions,
        audit action: AuditAction,
        _ change: @Sendable (any AccountStore, DepartmentRight, String) async throws -> Bool
    ) async throws -> (right: DepartmentRight, name: String, changed: Bool) {
        let right = try await right(store: store)
        let name = try Username.normalized(username)
        let changed = try await store.changeAccounts { accounts in
            let changed = try await change(accounts, right, name)
            if changed {
                try await AccountService(store: accounts).audit(
                    action,
                    actor: AdminActor.name,
                    target: name,
                    detail: right.description
                )
            }
            return changed
        }
        return (right, name, changed)
    }
}

/// `yusuan admin user grant USERNAME --department CODE [--region R]`.
struct AdminUserGrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Allow an editor to upload and publish a department's disclosures."
    )

    @OptionGroup var store: DbStoreOptions
    @Argument(help: "The login name.") var username: String
    @OptionGroup var right: AdminRightOptions

    func run() async throws {
        let (right, name, added) = try await self.right.change(username, in: store, audit: .rightGrant) {
            try await $0.grant($1, to: $2)
        }
        let scope = right.region == nil ? " (every region)" : ""
        print(added ? "granted \(name) the department \(right)\(scope)" : "\(name) already has the department \(right)")
    }
}

/// `yusuan admin user revoke USERNAME --department CODE [--region R]`.
struct AdminUserRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Take a department right away from an editor."
    )

    @OptionGroup var store: DbStoreOptions
    @Argument(help: "The login name.") var username: String
    @OptionGroup var right: AdminRightOptions

    func run() async throws {
        let (right, name, removed) = try await self.right.change(username, in: store, audit: .rightRevoke) {
            try await $0.revoke($1, from: $2)
        }
        guard removed else { throw ValidationError("\(name) does not have the department \(right)") }
        print("revoked the department \(right) from \(name)")
    }
}

/// `yusuan admin user list [--format table|json]`.
struct AdminUserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the accounts with their rights."
    )

    @OptionGroup var store: DbStoreOptions

    @Option(help: "table or json.")
    var format: AdminOutputFormat = .table

    func run() async throws {
        let accounts = try await store.openAccounts()
        let table = try await accounts.using { accounts in
            var table = OutputTable(
                columns: [
                    .init(key: "username", header: "用户名"), .init(key: "displayName", header: "显示名"),
                    .init(key: "role", header: "角色"), .init(key: "status", header: "状态"),
                    .init(key: "departments", header: "部门权限"), .init(key: "createdAt", header: "创建时间"),
                ]
            )
            for account in try await accounts.accounts() {
                let rights = try await accounts.rights(of: account.id)
                table.rows.append([
                    account.username, account.displayName, account.isAdmin ? "admin" : "editor",
                    account.isDisabled ? "disabled" : "active",
                    account.isAdmin ? "*" : rights.map(\.description).joined(separator: " "),
                    AdminTime.text(account.createdAt),
                ])
            }
            return table
        }
        print(table.render(format.outputFormat), terminator: "")
    }
}

/// `yusuan admin user disable USERNAME`.
struct AdminUserDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: "Disable an account: it can no longer sign in and its sessions end."
    )

    @OptionGroup var store: DbStoreOptions
    @Argument(help: "The login name.") var username: String

    func run() async throws {
        try await AdminAccountSwitch.set(disabled: true, username: username, store: store)
        print("disabled \(try Username.normalized(username))")
    }
}

/// `yusuan admin user enable USERNAME`.
struct AdminUserEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable",
        abstract: "Enable a disabled account again."
    )

    @OptionGroup var store: DbStoreOptions
    @Argument(help: "The login name.") var username: String

    func run() async throws {
        try await AdminAccountSwitch.set(disabled: false, username: username, store: store)
        print("enabled \(try Username.normalized(username))")
    }
}

enum AdminAccountSwitch {
    static func set(disabled: Bool, username: String, store: DbStoreOptions) async throws {
        let name = try Username.normalized(username)
        try await store.changeAccounts { accounts in
            try await accounts.setDisabled(disabled, username: name)
            try await AccountService(store: accounts).audit(
                disabled ? .userDisable : .userEnable,
                actor: AdminActor.name,
                target: name
            )
        }
    }
}

/// `yusuan admin user passwd USERNAME [--password-stdin]`.
struct AdminUserPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Set a new password for an account (prompted for, or read from stdin)."
    )

    @OptionGroup var store: DbStoreOptions
    @Argument(help: "The login name.") var username: String

    @Flag(help: "Read the password from the first line of standard input instead of prompting.")
    var passwordStdin = false

    func run() async throws {
        let name = try Username.normalized(username)
        let password = try AdminPasswordInput.read(fromStandardInput: passwordStdin)
        try await store.changeAccounts { accounts in
            let service = AccountService(store: accounts)
            try await service.setPassword(username: name, password: password)
            try await service.audit(.passwordSet, actor: AdminActor.name, target: name)
        }
        print("set a new password for \(name)")
    }
}

/// `table` or `json` for the admin commands.
enum AdminOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json

    var outputFormat: OutputFormat { self == .json ? .json : .table }
}

/// Times in the admin output: ISO 8601 in UTC, to the second.
enum AdminTime {
    static func text(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
