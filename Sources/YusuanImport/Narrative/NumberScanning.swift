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
        var body = text.trimmingSpaces()[...]
        let unit: AmountUnit
        if body.hasSuffixBytes("万元") {
            unit = .tenThousandYuan
            body = body.dropLast(2)
        } else if body.hasSuffixBytes("元") {
            unit = .yuan
            body = body.dropLast(1)
        } else {
            return nil
        }
        while body.last == " " { body = body.dropLast() }
        let digits = body.reversed().prefix { isAmountCharacter($0) }
        guard !digits.isEmpty else { return nil }
        let numberStart = body.index(body.endIndex, offsetBy: -digits.count)
        guard let amount = Amount(parsing: body[numberStart...]) else { return nil }
        var label = body[..<numberStart]
        while label.last == " " { label = label.dropLast() }
        return (label, amount, unit)
    }

    /// The first whole number at the start of the text, skipping spaces: `2023 年` → 2023.
    static func leadingInteger(in text: Substring) -> (value: Int, rest: Substring)? {
        var rest = text
        while rest.first == " " { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9, let value = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        while rest.first == " " { rest = rest.dropFirst() }
        return (value, rest)
    }

    /// The text with every space removed.
    static func compact(_ text: some StringProtocol) -> String { String(text.filter { $0 != " " }) }
}
