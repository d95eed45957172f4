/// Labels (row names, table names, indicator names) as the validator compares them: spaces removed, brackets made
/// full-width, and for ``same(_:_:)`` the leading enumeration dropped.
public enum Labels {
    /// The label with spaces (space, tab, U+3000) removed and half-width brackets made full-width.
    public static func normalized(_ label: String) -> String {
        guard TextShortcut.labelBytes.isEnabled else { return normalizedByCharacters(label) }
        // Nothing to remove or replace (the usual case): the label as it is.
        guard needsNormalizing(label) else { return label }
        // On a plain label every scalar is a character of its own, equal only to itself: the bytes are edited.
        if ScalarClass.isPlain(label) { return normalizedPlain(label) }
        return normalizedByCharacters(label)
    }

    /// ``normalized(_:)`` character by character (the plain path).
    static func normalizedByCharacters(_ label: String) -> String {
        var result = ""
        for character in label {
            switch character {
            case " ", "\t", "\u{3000}": continue
            case "(": result.append("（")
            case ")": result.append("）")
            default: result.append(character)
            }
        }
        return result
    }

    /// ``normalized(_:)`` of a plain label (``ScalarClass``), made from its UTF-8 bytes: the bytes of space, tab
    /// and U+3000 are left out, `(` and `)` become the bytes of `（` and `）`.
    static func normalizedPlain(_ label: String) -> String {
        let count = label.utf8.count
        // Each byte gives at most three (a parenthesis).
        return String(unsafeUninitializedCapacity: count * 3) { output in
            var written = 0
            func write(_ byte: UInt8) {
                output[written] = byte
                written += 1
            }
            var copy = label
            copy.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let byte = bytes[offset]
                    offset += 1
                    switch byte {
                    case 0x20, 0x09: continue
                    case 0x28, 0x29:
                        write(0xEF)
                        write(0xBC)
                        write(byte == 0x28 ? 0x88 : 0x89)
                    case 0xE3 where offset + 1 < bytes.count && bytes[offset] == 0x80 && bytes[offset + 1] == 0x80:
                        offset += 2
                    default: write(byte)
                    }
                }
            }
            return written
        }
    }

    /// Whether the label has a byte that ``normalized(_:)`` may remove or replace (space, tab, the lead byte of
    /// U+3000, ASCII parentheses). Without one, the label is its own normalized form.
    public static func needsNormalizing(_ label: String) -> Bool {
        func isNormalizing(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x28 || byte == 0x29 || byte == 0xE3
        }
        // Eight bytes at a time: a word has such a byte exactly when one of its bytes XOR the byte is zero
        // (`(0x28 | 0x29) & 0xFE` is 0x28).
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if hasZeroByte(word ^ (ones &* 0x20)) || hasZeroByte(word ^ (ones &* 0x09))
                    || hasZeroByte((word & (ones &* 0xFE)) ^ (ones &* 0x28)) || hasZeroByte(word ^ (ones &* 0xE3))
                {
                    return true
                }
                offset += 8
            }
            while offset < bytes.count {
                if isNormalizing(bytes[offset]) { return true }
                offset += 1
            }
            return false
        }
        if let found = label.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = label
        return copy.withUTF8(scan)
    }

    /// Whether two labels name the same thing, ignoring spaces, bracket width and a leading enumeration (`一、`,
    /// `（一）`, `1.`, as two-sided tables print their class rows). The keys (``key(_:)``) are compared by bytes.
    public static func same(_ left: String, _ right: String) -> Bool {
        // The same bytes normalize to the same bytes.
        if left.isBytes(right) { return true }
        return key(left).isBytes(key(right))
    }

    /// A label normalized and without its leading enumeration.
    public static func key(_ label: String) -> String {
        let normalized = normalized(label)
        guard let first = normalized.first, enumerationStarts.contains(first) else { return normalized }
        return String(withoutEnumeration(normalized[...]))
    }

    private static let enumerationStarts: Set<Character> = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "（", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ]

    /// `一、`, `十二、`, `（一）`, `（1）`, `1.`, `1、`, `1．` removed from the start of a normalized label; the label
    /// unchanged when it does not start with one (`一般公共服务支出` keeps its 一).
    private static func withoutEnumeration(_ text: Substring) -> Substring {
        let numerals = "一二三四五六七八九十"
        if text.first == "（" {
            let inside = text.dropFirst().prefix { numerals.contains($0) || $0.isNumber }
            let rest = text.dropFirst(1 + inside.count)
            return !inside.isEmpty && rest.first == "）" ? rest.dropFirst() : text
        }
        let number = text.prefix { numerals.contains($0) || ($0.isASCII && $0.isNumber) }
        let rest = text.dropFirst(number.count)
        guard !number.isEmpty, let mark = rest.first, "、.．".contains(mark) else { return text }
        return rest.dropFirst()
    }

    /// ``same(_:_:)`` with one label fixed and compared with many: it is normalized once, not at each comparison.
    public struct Matcher: Sendable {
        /// The fixed label.
        public let label: String
        /// ``Labels/key(_:)`` of ``label``.
        public let normalized: String

        public init(_ label: String) {
            self.label = label
            normalized = Labels.key(label)
        }

        /// `Labels.same(other, label)`.
        public func matches(_ other: String) -> Bool {
            other.isBytes(label) || Labels.key(other).isBytes(normalized)
        }
    }
}
