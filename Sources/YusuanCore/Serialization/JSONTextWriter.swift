/// Compact JSON text of arrays of plain values — integers, strings, amounts — written straight into bytes by the
/// writer of canonical JSON (``CanonicalJSON``), with its escapes and its amounts (`"2197.40"`, exactly as written).
///
/// For the text a store keeps beside the model (the facts of a revision as rows SQL can read): building it with
/// `String` appends cost an allocation per value; this writes each value's bytes once.
public struct JSONTextWriter {
    private var writer: CanonicalJSONWriter

    /// A writer with room for `capacity` bytes before it grows.
    public init(capacity: Int = 0) { writer = CanonicalJSONWriter(capacity: capacity) }

    /// `[`, after a comma when a value came before.
    public mutating func beginArray() { writer.beginArray() }

    /// `]`.
    public mutating func endArray() { writer.endArray() }

    /// An integer: `8`, `-3`.
    public mutating func write(_ value: Int) { writer.write(value) }

    /// A string, quoted and escaped: `"` and `\`, `\b \f \n \r \t`, other control characters as `\u00xx`.
    public mutating func write(_ value: String) { writer.write(value) }

    /// An amount as a string, with its own precision and no separators (``Amount/plainText``): `"2829.73"`.
    public mutating func write(_ amount: Amount) { writer.write(amount) }

    /// The text written so far.
    public var text: String { String(decoding: writer.bytes, as: UTF8.self) }
}
