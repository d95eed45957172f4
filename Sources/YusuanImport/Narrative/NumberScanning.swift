import YusuanCore

/// Small scanners for the figures written in narrative sentences.
enum NumberScanning {
    /// Whether a character can be part of a written amount.
    static func isAmountCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || character == "." || character == ",")
    }

    /// Splits `…预算数 967.73 万元` into the label before the number, the amount and the unit, when the
    /// text ends with an amount followed by 万元 or 元.
    static func trailingAmount(in text: Substring) -> (label: Substring, amount: Amount, unit: AmountUnit)? {
        let bytes = text.utf8
        var end = bytes.endIndex
        func skipSpacesBackward() {
            while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        }
        skipSpacesBackward()
        // 万元 is E4 B8 87 E5 85 83, 元 is E5 85 83.
        guard bytes.distance(from: bytes.startIndex, to: end) >= 4 else { return nil }
        let yuanStart = bytes.index(end, offsetBy: -3)
        guard bytes[yuanStart] == 0xE5, bytes[bytes.index(yuanStart, offsetBy: 1)] == 0x85,
            bytes[bytes.index(yuanStart, offsetBy: 2)] == 0x83
        else { return nil }
        end = yuanStart
        var unit = AmountUnit.yuan
        if bytes.distance(from: bytes.startIndex, to: end) >= 3 {
            let wanStart = bytes.index(end, offsetBy: -3)
            if bytes[wanStart] == 0xE4, bytes[bytes.index(wanStart, offsetBy: 1)] == 0xB8,
                bytes[bytes.index(wanStart, offsetBy: 2)] == 0x87
            {
                unit = .tenThousandYuan
                end = wanStart
            }
        }
        skipSpacesBackward()
        var start = end
        while start > bytes.startIndex {
            let previous = bytes.index(before: start)
            let byte = bytes[previous]
            guard (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2C else { break }
            start = previous
        }
        guard start < end, let amount = ByteText.amount(text[start..<end]) else { return nil }
        var labelEnd = start
        while labelEnd > bytes.startIndex, bytes[bytes.index(before: labelEnd)] == 0x20 {
            labelEnd = bytes.index(before: labelEnd)
        }
        return (text[bytes.startIndex..<labelEnd], amount, unit)
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

    /// The text with every space removed.
    static func compact(_ text: some StringProtocol) -> String { String(text.filter { $0 != " " }) }
}
