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
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
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
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    mutating func write(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        Self.withDigits(of: UInt64(value.magnitude), minimumCount: 1) { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    /// An amount as its plain decimal string (``Amount/plainText``): `"2829.73"`, `"-0.10"`, `"12"`.
    mutating func write(_ amount: Amount) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        if amount.minorUnits < 0 { bytes.append(UInt8(ascii: "-")) }
        let scale = amount.scale
        Self.withDigits(of: amount.minorUnits.magnitude, minimumCount: scale + 1) { digits in
            let point = digits.count - scale
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[..<point]))
            if scale > 0 {
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[point...]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Calls `body` with the decimal digits of `value`, zero-padded on the left to `minimumCount` (at most 20).
    @inline(__always)
    private static func withDigits(
        of value: UInt64,
        minimumCount: Int,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) {
        var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &storage) { buffer in
            var remaining = value
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            } while remaining > 0
            while buffer.count - index < minimumCount && index > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "0")
            }
            body(UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// A JSON string with the escapes of `JSONEncoder`: `"` and `\`, the short forms \b \f \n \r \t, other control
    /// characters as `\u00xx` (lowercase hexadecimal), everything else (`/` and non-ASCII included) as is.
    mutating func write(_ string: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = string
            copy.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var mark = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
            if index > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
            mark = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                let digits: StaticString = "0123456789abcdef"
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                digits.withUTF8Buffer { hex in
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
        }
        if utf8.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...])) }
    }
}
