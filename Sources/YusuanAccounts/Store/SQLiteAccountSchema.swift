import GRDB

/// The account tables in SQLite as named, append-only migrations. They may live in the same file as the
/// disclosure store: the table names are prefixed `account_`/`audit_` and the migration names `accounts-`, so
/// both migrators share GRDB's `grdb_migrations` table without meeting.
///
/// Never edit a migration that has shipped: add a new one at the end.
enum SQLiteAccountSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("accounts-v1-users-rights-sessions-drafts-audit") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account_user (
                        id INTEGER PRIMARY KEY,
                        username TEXT NOT NULL UNIQUE,
                        display_name TEXT NOT NULL,
                        password_hash TEXT NOT NULL,
                        is_admin INTEGER NOT NULL DEFAULT 0,
                        is_disabled INTEGER NOT NULL DEFAULT 0,
                        created_at INTEGER NOT NULL
                    );
                    CREATE TABLE account_right (
                        account_id INTEGER NOT NULL REFERENCES account_user(id),
                        region TEXT NOT NULL,
                        code TEXT NOT NULL,
                        PRIMARY KEY (account_id, region, code)
                    );
                    CREATE TABLE account_session (
                        token_hash TEXT PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES account_user(id),
                        csrf_token TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        expires_at INTEGER NOT NULL,
                        remote_address TEXT
                    );
                    CREATE INDEX account_session_by_expiry ON account_session (expires_at);
                    CREATE TABLE account_draft (
                        id INTEGER PRIMARY KEY,
                        uploader_id INTEGER NOT NULL REFERENCES account_user(id),
                        uploaded_at INTEGER NOT NULL,
                        file_name TEXT NOT NULL,
                        format TEXT NOT NULL,
                        region TEXT NOT NULL,
                        code TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        department_name TEXT NOT NULL,
                        document BLOB NOT NULL,
                        findings TEXT NOT NULL,
                        status TEXT NOT NULL,
                        published_revision INTEGER,
                        published_at INTEGER
                    );
                    CREATE INDEX account_draft_by_uploader ON account_draft (uploader_id, id);
                    CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at INTEGER NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        target TEXT,
                        detail TEXT,
                        remote_address TEXT
                    );
                    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    """
            )
        }
        migrator.registerMigration("accounts-v2-login-failures") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account_login_failure (
                        key TEXT NOT NULL,
                        at INTEGER NOT NULL
                    );
                    CREATE INDEX account_login_failure_by_key ON account_login_failure (key, at);
                    CREATE INDEX account_login_failure_by_time ON account_login_failure (at);
                    """
            )
        }
        return migrator
    }
}
