import Foundation
import GRDB
import YusuanCore
import YusuanStorage

/// Recording and reading renames, merges and splits of departments.
extension SQLiteDisclosureStore {
    public func addLineageEvent(_ event: LineageEvent) async throws -> LineageEvent {
        try LineageEvent.validate(event)
        let from = try Self.encodeCodes(event.fromCodes)
        let to = try Self.encodeCodes(event.toCodes)
        let id = try await pool.write { db -> Int64 in
            try db.execute(
                sql: """
                    INSERT INTO lineage_event (region, kind, from_codes, to_codes, effective_year, note, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    event.region, event.kind.rawValue, from, to, event.effectiveYear, event.note,
                    StorageClock.timestamp(),
                ]
            )
            return db.lastInsertedRowID
        }
        var stored = event
        stored.id = id
        return stored
    }

    public func lineageEvents(region: String?) async throws -> [LineageEvent] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, kind, region, from_codes, to_codes, effective_year, note FROM lineage_event
                    WHERE ?1 IS NULL OR region = ?1 ORDER BY effective_year, id
                    """,
                arguments: [region]
            ).map { row in
                let kindText: String = row[1]
                guard let kind = LineageEvent.Kind(rawValue: kindText) else {
                    throw StorageError(.corrupt, "unknown lineage kind '\(kindText)'")
                }
                return LineageEvent(
                    id: row[0],
                    kind: kind,
                    region: row[2],
                    fromCodes: try Self.decodeCodes(row[3]),
                    toCodes: try Self.decodeCodes(row[4]),
                    effectiveYear: row[5],
                    note: row[6]
                )
            }
        }
    }

    static func encodeCodes(_ codes: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(codes), as: UTF8.self)
    }

    static func decodeCodes(_ text: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }
}
