import Foundation

/// The canonical JSON form of a ``Disclosure``: sorted keys, amounts as decimal strings, a schema version.
///
/// The same document always gives the same bytes, and `decode(encode(doc)) == doc`. The schema is
/// documented in `schema/disclosure.schema.json`.
public enum CanonicalJSON {
    /// The identifier of the format, written in the `format` field.
    public static let formatIdentifier = "yusuan-disclosure"

    struct Envelope: Codable {
        var format: String
        var schemaVersion: Int
        var disclosure: Disclosure
    }

    /// Encodes the document.
    public static func encode(_ disclosure: Disclosure) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(
            Envelope(format: formatIdentifier, schemaVersion: Disclosure.schemaVersion, disclosure: disclosure)
        )
        data.append(0x0A)
        return data
    }

    /// Decodes a document, checking the format and the schema version.
    public static func decode(_ data: Data) throws -> Disclosure {
        let envelope = try JSONDecoder().decode(Envelope.self, from: data)
        guard envelope.format == formatIdentifier else {
            throw CanonicalJSONError(message: "expected format \"\(formatIdentifier)\", found \"\(envelope.format)\"")
        }
        guard envelope.schemaVersion == Disclosure.schemaVersion else {
            throw CanonicalJSONError(
                message: "expected schemaVersion \(Disclosure.schemaVersion), found \(envelope.schemaVersion)"
            )
        }
        return envelope.disclosure
    }
}

/// A canonical JSON document that is valid JSON but not a disclosure of this schema.
public struct CanonicalJSONError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
