import Foundation
import Hummingbird
import Logging
import YusuanStorage
import YusuanStoragePostgres
import YusuanStorageSQLite

/// Opens the store a configuration names, builds the Hummingbird application around the portal's router, and
/// runs it until SIGINT or SIGTERM (graceful shutdown: open requests finish, then the store is closed).
public enum PortalApplication {
    /// The services for a configuration: opens (and for `--demo`, fills) the store. For the demo, also the
    /// temporary directory to remove after closing the store.
    public static func services(configuration: ServerConfiguration, logger: Logger) async throws -> (
        ServerServices, temporaryDirectory: URL?
    ) {
        switch configuration.database {
        case .sqlite(let path):
            let store = try SQLiteDisclosureStore(path: path)
            return (ServerServices(store: store, logger: logger, chromiumPath: configuration.chromiumPath), nil)
        case .postgres(let url):
            let store = try await PostgresDisclosureStore(url: url, logger: logger)
            return (ServerServices(store: store, logger: logger, chromiumPath: configuration.chromiumPath), nil)
        case .demo:
            let (store, directory) = try await DemoData.makeStore(logger: logger)
            var services = ServerServices(
                store: store,
                logger: logger,
                chromiumPath: configuration.chromiumPath,
                isDemo: true
            )
            services.generatedRegions = [DemoData.generatedRegion]
            return (services, directory)
        }
    }

    /// The application serving `services` at the configured address. `onServerRunning` gets the bound port
    /// (useful with port 0).
    public static func make(
        configuration: ServerConfiguration,
        services: ServerServices,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: PortalRouter.make(services: services),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "yusuan"
            ),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: services.logger
        )
    }

    /// Runs the portal until SIGINT or SIGTERM. `announce` receives the address to open once the server listens.
    /// For `--demo`, `announceDemoEditor` receives the demo editor's username and its random password.
    public static func run(
        configuration: ServerConfiguration,
        announceDemoEditor: @Sendable (_ username: String, _ password: String) -> Void = { _, _ in },
        announce: @escaping @Sendable (String) -> Void
    ) async throws {
        var logger = Logger(label: "yusuan.server")
        logger.logLevel =
            ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info
        var (services, temporaryDirectory) = try await services(configuration: configuration, logger: logger)
        let editor = try await EditorServices.open(database: configuration.database)
        services.editor = editor
        if case .demo = configuration.database {
            announceDemoEditor(DemoEditor.username, try await DemoEditor.create(in: editor.accounts))
        }
        let host = configuration.host
        let app = make(configuration: configuration, services: services) { port in
            let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
            announce("http://\(shownHost.contains(":") ? "[\(shownHost)]" : shownHost):\(port)/")
        }
        do {
            try await app.runService()
        } catch {
            try? await services.store.close()
            if let temporaryDirectory { try? FileManager.default.removeItem(at: temporaryDirectory) }
            throw error
        }
        try await services.store.close()
        if let temporaryDirectory { try? FileManager.default.removeItem(at: temporaryDirectory) }
        logger.info("server stopped")
    }
}
