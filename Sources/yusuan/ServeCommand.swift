import ArgumentParser
import Foundation
import YusuanRender
import YusuanServer

/// `yusuan serve`: the public portal, the JSON API and the editors' workflow over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the portal (HTML pages, JSON API under /api/v1) over a store of disclosures.",
        discussion: """
            --demo loads the bundled sample disclosures, their validation findings and the lineage event that \
            links them, and a generated district in a fictional region of its own (示例市生成区（生成样例）: 32 \
            departments, their budgets and 决算 of 2024-2026, each page marked 生成样例), into a fresh SQLite file in a \
            temporary directory (removed on exit), then prints the \
            address to open; it also creates the editor account demo-editor with a random password, printed \
            once, that may publish for the two demo departments. Stop with Ctrl-C (SIGINT) or SIGTERM: open requests finish first.
            """
    )

    @Option(
        name: .customLong("db"),
        help: "The store: a SQLite file or a postgres://user:password@host:port/database?schema=NAME URL."
    )
    var database: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Flag(help: "Serve the bundled sample disclosures from a temporary SQLite database.")
    var demo = false

    func validate() throws {
        if demo && database != nil { throw ValidationError("--demo and --db exclude each other") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let store: ServerConfiguration.Database
        if demo {
            store = .demo
        } else {
            let database = database ?? "yusuan.sqlite"
            store =
                database.hasPrefix("postgres://") || database.hasPrefix("postgresql://")
                ? .postgres(url: database) : .sqlite(path: database)
        }
        let configuration = ServerConfiguration(
            database: store,
            host: host,
            port: port,
            chromiumPath: ChromiumPDFPrinter.chromiumPath()
        )
        try await PortalApplication.run(
            configuration: configuration,
            announceDemoEditor: { username, password in
                print("yusuan: 演示编辑账号 \(username)，密码 \(password)（仅本次运行有效，可在 /editor 上传并发布）")
            }
        ) { address in
            print("yusuan: 门户已启动，请打开 \(address)  (Ctrl-C 停止)")
            fflush(nil)  // all C streams: `stdout` is a global var Swift 6 rejects
        }
    }
}
