import ArgumentParser

/// `yusuan db`: the store of disclosures, revisions and lineage.
struct DbCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Store disclosures (SQLite by default, PostgreSQL by URL): import, list, revisions, lineage.",
        discussion: """
            --db takes a SQLite file (default yusuan.sqlite, created when missing) or a postgres:// URL. Importing a \
            document again adds a revision when its content changed; nothing is overwritten. See docs/STORAGE.md.
            """,
        subcommands: [
            DbImportCommand.self, DbListCommand.self, DbRevisionsCommand.self, DbDiffCommand.self,
            DbFindingsCommand.self, DbLineageCommand.self, DbExportCommand.self,
        ]
    )
}
