import GRDB
import GRDBSQLite

/// Binds the parameters of a cached multi-row `INSERT` one after the other with SQLite's own functions, then runs it.
///
/// Building GRDB `StatementArguments` for the 1,100 parameters of 100 finding rows (an array of `DatabaseValue`s made
/// through generic conversions) took half of the writer's time; binding in place takes a fraction of it. Text is
/// copied by SQLite (`SQLITE_TRANSIENT`), so nothing needs to outlive a call.
final class RowBinder {
    private let statement: Statement
    private var index: Int32 = 0
    /// The first SQLite error of a bind, reported by ``execute(_:)``.
    private var failure: Int32 = SQLITE_OK

    init(_ statement: Statement) {
        self.statement = statement
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func check(_ code: Int32) {
        if code != SQLITE_OK && failure == SQLITE_OK { failure = code }
    }

    func bind(_ value: Int64) {
        index += 1
        check(sqlite3_bind_int64(statement.sqliteStatement, index, value))
    }

    func bind(_ value: Int64?) {
        guard let value else {
            index += 1
            return check(sqlite3_bind_null(statement.sqliteStatement, index))
        }
        bind(value)
    }

    func bind(_ value: String) {
        index += 1
        var text = value
        let code = text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else {
                    // Never a NULL pointer for the empty string: that would bind SQL NULL.
                    return sqlite3_bind_text(statement.sqliteStatement, index, "", 0, Self.transient)
                }
                return sqlite3_bind_text(statement.sqliteStatement, index, base, Int32(chars.count), Self.transient)
            }
        }
        check(code)
    }

    func bind(_ value: String?) {
        guard let value else {
            index += 1
            return check(sqlite3_bind_null(statement.sqliteStatement, index))
        }
        bind(value)
    }

    /// Runs the statement once all its parameters are bound.
    /// - Throws: `DatabaseError` when a bind or the statement fails, or when a parameter was left unbound.
    func execute(_ db: Database) throws {
        let count = sqlite3_bind_parameter_count(statement.sqliteStatement)
        guard failure == SQLITE_OK, index == count else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: failure == SQLITE_OK ? SQLITE_RANGE : failure),
                message: "bound \(index) of \(count) parameters",
                sql: statement.sql
            )
        }
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: db.lastErrorMessage,
                sql: statement.sql
            )
        }
    }
}
