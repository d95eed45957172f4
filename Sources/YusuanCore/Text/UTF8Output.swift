/// Writing text into a buffer of UTF-8 bytes (the canonical JSON writer's output).
extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of a literal.
    @inline(__always)
    mutating func appendUTF8(of literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `value`, with a point before the last `fractionDigits` (at most 20) and zeros
    /// on the left so that at least one digit is before the point: `12345` with 2 is `123.45`, `5` with 2 is
    /// `0.05`.
    mutating func appendDecimalDigits(of value: UInt64, fractionDigits: Int = 0) {
        var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for the 20 digits of UInt64.max
        Swift.withUnsafeMutableBytes(of: &storage) { buffer in
            var remaining = value
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            } while remaining > 0
            while buffer.count - index < fractionDigits + 1 && index > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "0")
            }
            let point = buffer.count - fractionDigits
            append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index..<point]))
            if fractionDigits > 0 {
                append(UInt8(ascii: "."))
                append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[point...]))
            }
        }
    }

    /// Appends the bytes of a JSON string's contents with the escapes of `JSONEncoder`: `"` and `\`, the short forms
    /// \b \f \n \r \t, other control characters as `\u00xx` (lowercase hexadecimal), everything else (`/` and
    /// non-ASCII included) as is.
    public mutating func appendJSONEscaped(_ string: String) {
        if string.utf8.withContiguousStorageIfAvailable({ appendJSONEscaped(utf8: $0) }) == nil {
            var copy = string
            copy.withUTF8 { appendJSONEscaped(utf8: $0) }
        }
    }

    private mutating func appendJSONEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        var mark = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
            if index > mark { append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
            mark = index + 1
            append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
            case 0x08: append(UInt8(ascii: "b"))
            case 0x0C: append(UInt8(ascii: "f"))
            case 0x0A: append(UInt8(ascii: "n"))
            case 0x0D: append(UInt8(ascii: "r"))
            case 0x09: append(UInt8(ascii: "t"))
            default:
                let digits: StaticString = "0123456789abcdef"
                append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                digits.withUTF8Buffer { hex in
                    append(hex[Int(byte >> 4)])
                    append(hex[Int(byte & 0x0F)])
                }
            }
        }
        if utf8.count > mark { append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...])) }
    }
}
