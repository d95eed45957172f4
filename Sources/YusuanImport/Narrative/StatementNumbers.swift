import YusuanCore

/// The numbers of a per-项 statement read from the folded text (``StatementText``): amounts with thousand
/// separators or without, with decimals or without, followed by 万元 or 元; percentages; years.
enum StatementNumbers {
    /// The number at `offset` (`1,720.00`, `3845.49`, `686`): the amount as written and the offset after it.
    static func number(in text: StatementText, at offset: Int) -> (Amount, Int)? {
        var end = offset
        var written = ""
        var sawPoint = false
        while end < text.count {
            let scalar = text[end]
            if StatementText.isDigit(scalar) {
                written.unicodeScalars.append(scalar)
            } else if scalar == ",", !sawPoint, end > offset, end + 1 < text.count, StatementText.isDigit(text[end + 1])
            {
                written.unicodeScalars.append(scalar)
            } else if scalar == ".", !sawPoint, end > offset, end + 1 < text.count, StatementText.isDigit(text[end + 1])
            {
                sawPoint = true
                written.unicodeScalars.append(scalar)
            } else {
                break
            }
            end += 1
        }
        guard end > offset, let amount = Amount(written) else { return nil }
        return (amount, end)
    }

    /// An amount followed by its unit: `1672.67万元`, `2,087,959元`.
    static func amountWithUnit(in text: StatementText, at offset: Int) -> (Amount, AmountUnit, Int)? {
        guard let (amount, end) = number(in: text, at: offset) else { return nil }
        if text.matches("万元", at: end) { return (amount, .tenThousandYuan, end + 2) }
        if text.matches("元", at: end) { return (amount, .yuan, end + 1) }
        return nil
    }

    /// A percentage: `17.62%` → 17.62 and the offset after the sign.
    static func percentage(in text: StatementText, at offset: Int) -> (Amount, Int)? {
        guard let (amount, end) = number(in: text, at: offset), end < text.count, text[end] == "%" else { return nil }
        return (amount, end + 1)
    }

    /// A year of four digits ending right before `end` followed by 年 (`2025年`): the year and its first offset.
    static func year(in text: StatementText, endingAt end: Int) -> (Int, Int)? {
        guard end >= 5, text[end - 1] == "年" else { return nil }
        var value = 0
        for offset in (end - 5)..<(end - 1) {
            guard StatementText.isDigit(text[offset]) else { return nil }
            value = value * 10 + Int(text[offset].value - 0x30)
        }
        if end >= 6, StatementText.isDigit(text[end - 6]) { return nil }
        guard value >= 1900, value < 2200 else { return nil }
        return (value, end - 5)
    }
}
