import ArgumentParser
import Foundation
import YusuanAccounts

/// `yusuan admin audit [--limit N] [--format table|json]`: the newest entries of the audit log.
struct AdminAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log, newest first: sign-ins, uploads, publishes, account changes."
    )

    @OptionGroup var store: DbStoreOptions

    @Option(help: "How many entries to print.")
    var limit = 50

    @Option(help: "table or json.")
    var format: AdminOutputFormat = .table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() async throws {
        let accounts = try await store.openAccounts()
        let entries = try await accounts.using { try await $0.auditEntries(limit: limit, offset: 0) }
        var table = OutputTable(
            columns: [
                .init(key: "id", header: "编号", isNumeric: true), .init(key: "at", header: "时间"),
                .init(key: "actor", header: "操作者"), .init(key: "action", header: "操作"),
                .init(key: "target", header: "对象"), .init(key: "detail", header: "说明"),
                .init(key: "remoteAddress", header: "来源地址"),
            ]
        )
        for entry in entries {
            table.rows.append([
                String(entry.id), AdminTime.text(entry.at), entry.actor, entry.action.rawValue, entry.target,
                entry.detail, entry.remoteAddress,
            ])
        }
        print(table.render(format.outputFormat), terminator: "")
    }
}
