import YusuanPostgresSupport

/// The account tables in PostgreSQL as named, append-only migrations (recorded in `account_migration`), run
/// under an advisory lock when a store is opened. They may live in the schema of the disclosure store.
///
/// Each migration is a list of single statements. Never edit a migration that has shipped: add one at the end.
enum PostgresAccountSchema {
    typealias Migration = PostgresMigrations.Migration

    /// The migrations, recorded in `account_migration`, under advisory lock 7_365_011 (the other store uses another).
    static let migrations = PostgresMigrations(
        recordTable: "account_migration",
        advisoryLock: 7_365_011,
        migrations: list
    )

    private static let list: [Migration] = [
        Migration(
            name: "accounts-v1-users-rights-sessions-drafts-audit",
            statements: [
                """
                CREATE TABLE account_user (
                    id BIGSERIAL PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    is_admin BOOLEAN NOT NULL DEFAULT false,
                    is_disabled BOOLEAN NOT NULL DEFAULT false,
                    created_at BIGINT NOT NULL
                )
                """,
                """
                CREATE TABLE account_right (
                    account_id BIGINT NOT NULL REFERENCES account_user(id),
                    region TEXT NOT NULL,
                    code TEXT NOT NULL,
                    PRIMARY KEY (account_id, region, code)
                )
                """,
                """
                CREATE TABLE account_session (
                    token_hash TEXT PRIMARY KEY,
                    account_id BIGINT NOT NULL REFERENCES account_user(id),
                    csrf_token TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    remote_address TEXT
                )
                """,
                "CREATE INDEX account_session_by_expiry ON account_session (expires_at)",
                """
                CREATE TABLE account_draft (
                    id BIGSERIAL PRIMARY KEY,
                    uploader_id BIGINT NOT NULL REFERENCES account_user(id),
                    uploaded_at BIGINT NOT NULL,
                    file_name TEXT NOT NULL,
                    format TEXT NOT NULL,
                    region TEXT NOT NULL,
                    code TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    department_name TEXT NOT NULL,
                    document TEXT NOT NULL,
                    findings TEXT NOT NULL,
                    status TEXT NOT NULL,
                    published_revision INTEGER,
                    published_at BIGINT
                )
                """,
                "CREATE INDEX account_draft_by_uploader ON account_draft (uploader_id, id)",
                """
                CREATE TABLE audit_log (
                    id BIGSERIAL PRIMARY KEY,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT,
                    detail TEXT,
                    remote_address TEXT
                )
                """,
                """
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
                """,
                """
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
                """,
            ]
        ),
        Migration(
            name: "accounts-v2-login-failures",
            statements: [
                """
                CREATE TABLE account_login_failure (
                    key TEXT NOT NULL,
                    at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX account_login_failure_by_key ON account_login_failure (key, at)",
                "CREATE INDEX account_login_failure_by_time ON account_login_failure (at)",
            ]
        ),
    ]
}
