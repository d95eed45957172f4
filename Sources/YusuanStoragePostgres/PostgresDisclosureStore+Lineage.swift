import Foundation
import Logging
import PostgresNIO
import YusuanCore
import YusuanStorage

/// Recording and reading renames, merges and splits of departments.
extension PostgresDisclosureStore {
    public func addLineageEvent(_ event: LineageEvent) async throws -> LineageEvent {
        try LineageEvent.validate(event)
        let rows = try await client.query(
            """
            INSERT INTO lineage_event (region, kind, from_codes, to_codes, effective_year, note)
            VALUES (\(event.region), \(event.kind.rawValue), \(event.fromCodes)::text[], \(event.toCodes)::text[],
                \(event.effectiveYear), \(event.note))
            RETURNING id
            """,
            logger: logger
        )
        var stored = event
        stored.id = try await Self.single(rows.decode(Int64.self))
        return stored
    }

    public func lineageEvents(region: String?) async throws -> [LineageEvent] {
        let rows = try await client.query(
            """
            SELECT id, kind, region, from_codes, to_codes, effective_year, note FROM lineage_event
            WHERE \(region)::text IS NULL OR region = \(region) ORDER BY effective_year, id
            """,
            logger: logger
        )
        var result: [LineageEvent] = []
        for try await (id, kind, region, from, to, year, note) in rows.decode(
            (Int64, String, String, [String], [String], Int, String?).self
        ) {
            guard let kind = LineageEvent.Kind(rawValue: kind) else {
                throw StorageError(.corrupt, "unknown lineage kind '\(kind)'")
            }
            result.append(
                LineageEvent(
                    id: id,
                    kind: kind,
                    region: region,
                    fromCodes: from,
                    toCodes: to,
                    effectiveYear: year,
                    note: note
                )
            )
        }
        return result
    }
}
