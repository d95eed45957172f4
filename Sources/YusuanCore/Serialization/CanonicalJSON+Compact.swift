import Foundation

extension CanonicalJSON {
    /// The canonical JSON of the document written compactly: the envelope of ``encode(_:)`` with sorted keys and
    /// no indentation (no newline at the end).
    ///
    /// Byte for byte what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes for the envelope, in
    /// one pass over a byte buffer without `Encodable`; ``decode(_:)`` reads it.
    public static func encodeCompact(_ disclosure: Disclosure) -> Data {
        var writer = CanonicalJSONWriter(capacity: 64 * 1024)
        writer.beginObject()
        writer.field("disclosure", disclosure)
        writer.field("format", formatIdentifier)
        writer.field("schemaVersion", Disclosure.schemaVersion)
        writer.endObject()
        return Data(writer.bytes)
    }
}
