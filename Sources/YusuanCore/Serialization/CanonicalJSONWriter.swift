/// Writes compact canonical JSON straight into a byte buffer, without `Encodable` and `JSONEncoder`.
///
/// The model types write their fields themselves (``CanonicalJSONWritable``), keys in the order of their UTF-8
/// bytes, optional fields left out when `nil`: the bytes of `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]` over the synthesized `Codable` conformances, several times faster. The tests compare
/// both on the seed documents and on generated ones.
///
/// One flag replaces a stack of containers: a comma is due before the next key or element once a value has been
/// written, and not right after an opening bracket or a key.
struct CanonicalJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The comma before a key or an array element, when one is due.
    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// `"key":` (keys are plain ASCII identifiers and need no escaping).
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.appendUTF8(of: key)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func writeNull() {
        separate()
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
        needsComma = true
    }

    mutating func write(_ value: Bool) {
        separate()
        let literal: StaticString = value ? "true" : "false"
        bytes.appendUTF8(of: literal)
        needsComma = true
    }

    mutating func write(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimalDigits(of: UInt64(value.magnitude))
        needsComma = true
    }

    /// An amount as its plain decimal string (``Amount/plainText``): `"2829.73"`, `"-0.10"`, `"12"`.
    mutating func write(_ amount: Amount) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        if amount.minorUnits < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimalDigits(of: amount.minorUnits.magnitude, fractionDigits: amount.scale)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A JSON string with the escapes of `JSONEncoder`: `"` and `\`, the short forms \b \f \n \r \t, other control
    /// characters as `\u00xx` (lowercase hexadecimal), everything else (`/` and non-ASCII included) as is.
    mutating func write(_ string: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.appendJSONEscaped(string)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }
}
