import YusuanCore

/// Small scanners for the figures written in narrative sentences.
enum NumberScanning {
    /// Splits `…预算数 967.73 万元` into the label before the number, the amount and the unit, when the
    /// text ends with an amount followed by 万元 or 元.
    static func trailingAmount(in text: TextSpan) -> (label: TextSpan, amount: Amount, unit: AmountUnit)? {
        let found: (labelEnd: Int, amount: Amount, unit: AmountUnit)? = { (bytes: TextSpan) in
            var end = bytes.count
            while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
            // 万元 is E4 B8 87 E5 85 83, 元 is E5 85 83.
            guard end >= 4, bytes[end - 3] == 0xE5, bytes[end - 2] == 0x85, bytes[end - 1] == 0x83 else { return nil }
            end -= 3
            var unit = AmountUnit.yuan
            if end >= 3 && bytes[end - 3] == 0xE4 && bytes[end - 2] == 0xB8 && bytes[end - 1] == 0x87 {
                unit = .tenThousandYuan
                end -= 3
            }
            while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0 {
                let byte = bytes[start - 1]
                guard (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2C else { break }
                start -= 1
            }
            guard start < end, let amount = bytes[start..<end].amount
            else { return nil }
            var labelEnd = start
            while labelEnd > 0 && bytes[labelEnd - 1] == 0x20 { labelEnd -= 1 }
            return (labelEnd, amount, unit)
        }(text)
        guard let found else { return nil }
        return (text[0..<found.labelEnd], found.amount, found.unit)
    }

    /// The first whole number at the start of the text, skipping spaces: `2023 年` → 2023.
    static func leadingInteger(in text: Substring) -> (value: Int, rest: Substring)? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 0x20 { index = bytes.index(after: index) }
        var value = 0
        var digits = 0
        while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value &* 10 &+ Int(bytes[index] &- 0x30)
            digits += 1
            index = bytes.index(after: index)
        }
        guard digits > 0, digits <= 9 else { return nil }
        while index < bytes.endIndex, bytes[index] == 0x20 { index = bytes.index(after: index) }
        return (value, text[index...])
    }

    /// The first whole number at the start of the text, skipping spaces (see ``leadingInteger(in:)``).
    static func leadingInteger(in text: TextSpan) -> (value: Int, rest: TextSpan)? {
        let bytes = text
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value &* 10 &+ Int(bytes[index] &- 0x30)
            digits += 1
            index += 1
        }
        guard digits > 0, digits <= 9 else { return nil }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return (value, text[index..<bytes.count])
    }

    /// The text with every space removed.
    static func compact(_ text: some StringProtocol) -> String { String(text.filter { $0 != " " }) }
}
