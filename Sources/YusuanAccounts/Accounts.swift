/// Editor accounts, per-department rights, sessions, upload drafts and the audit log of the portal.
///
/// The module has no HTTP: `YusuanServer` builds the login, upload and publish pages on it, and `yusuan admin`
/// manages accounts with it. ``AccountStore`` has three implementations that pass one test suite:
/// ``InMemoryAccountStore`` (tests), ``SQLiteAccountStore`` (may share the file of the SQLite disclosure store)
/// and ``PostgresAccountStore``. ``AccountService`` adds the password and session logic on top of a store.
public enum Accounts {
    /// The names of the tables this module creates (all prefixed `account_` or `audit_`).
    public static let tableNames = ["account_user", "account_right", "account_session", "account_draft", "audit_log"]
}
