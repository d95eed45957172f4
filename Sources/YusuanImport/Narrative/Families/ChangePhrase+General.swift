import YusuanCore

extension ChangePhrase {
    /// The words `持平` is also written as in the other families (`与上年预算数相同`).
    static let generalUnchangedWords: [StaticString] = unchangedWords + ["相同"]

    /// A change phrase as every family writes it, with the text standing before its `比`/`较`/`与`:
    ///
    /// `比2024年预算减少2,389.52万元`, `比上年执行数增加48.92万元`, `较2025年年初预算减少247.70万元`,
    /// `比2025年年初预算数99024.2万元减少1172.69万元`, `与上年相比增加2228.78万元`, `与上年相比减少了1237.7万元`,
    /// `与2025年预算数持平`, `与上年基本持平`, `与上年预算数相同`, and the Chongqing `比 2023 年增加 19.32 万元`.
    ///
    /// Between the year and the direction word a short qualifier (`预算`, `年初预算数`, `财政拨款“三公”经费年初预算`)
    /// and the prior year's amount may stand; `与` compares only when `相比` follows the year, else it introduces
    /// 持平-like words only. The Chongqing reader keeps ``change(in:)``, so its texts read as before.
    static func generalChange(in segment: String) -> (prefix: String, change: StatedChange)? {
        let characters = Array(segment)
        for (index, character) in characters.enumerated() where character == "比" || character == "较" || character == "与"
        {
            let rest = String(characters[(index + 1)...])
            if let change = generalParse(after: rest, isComparison: character != "与") {
                return (String(characters[..<index]), change)
            }
        }
        return nil
    }

    /// The longest qualifier read between the compared year and the direction word, in characters.
    static let qualifierLimit = 16

    private static func generalParse(after text: String, isComparison: Bool) -> StatedChange? {
        var rest = Substring(text).drop { $0 == " " }
        var comparedYear: Int?
        let comparedWith: String
        if let (year, after) = NumberScanning.leadingInteger(in: rest), year >= 1900, year < 2200 {
            comparedYear = year
            comparedWith = yearText(year)
            // `与 2025 持平` leaves out the 年.
            let afterYear = after.dropping(prefix: "年") ?? after
            rest = afterYear.dropping(prefix: "度") ?? afterYear
        } else if let word = previousYearWords.reversed().first(where: { rest.hasPrefixBytes($0) }) {
            // `上年度` before `上年`, so that its `度` is not read as a qualifier.
            comparedWith = word.description
            rest = rest.dropping(prefix: word) ?? rest
        } else {
            return nil
        }
        var compares = isComparison
        var skipped = 0
        var priorAmount: Amount?
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            if generalUnchangedWords.contains(where: { rest.hasPrefixBytes($0) }) {
                return StatedChange(
                    direction: .unchanged,
                    amount: nil,
                    comparedWith: comparedWith,
                    comparedYear: comparedYear,
                    reason: nil
                )
            }
            if compares, let (direction, afterWord) = directionWord(in: rest) {
                var tail = afterWord.drop { $0 == " " }
                tail = tail.dropping(prefix: "了") ?? tail
                let amount = tail.withTextSpan { bytes in
                    NumberScanning.trailingAmount(in: bytes).flatMap { $0.label.isEmpty ? $0.amount : nil }
                }
                return StatedChange(
                    direction: direction,
                    amount: amount,
                    comparedWith: comparedWith,
                    comparedYear: comparedYear,
                    reason: nil,
                    priorAmount: priorAmount
                )
            }
            if let after = rest.dropping(prefix: "相比较") ?? rest.dropping(prefix: "相比")
                ?? rest.dropping(prefix: "比较")
            {
                compares = true
                rest = after
                continue
            }
            if let first = rest.first, first.isASCIIDigit {
                // The prior year's amount: `99024.2万元`.
                let digits = rest.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," }
                var after = rest.dropFirst(digits.count).drop { $0 == " " }
                guard let unitEnd = after.dropping(prefix: "万元") ?? after.dropping(prefix: "元") else { return nil }
                priorAmount = Amount(String(digits))
                after = unitEnd
                rest = after
                continue
            }
            skipped += 1
            guard skipped <= qualifierLimit else { return nil }
            rest = rest.dropFirst()
        }
        return nil
    }

    private static func directionWord(in text: Substring) -> (ChangeDirection, Substring)? {
        for word in increaseWords {
            if let rest = text.dropping(prefix: word) { return (.increase, rest) }
        }
        for word in decreaseWords {
            if let rest = text.dropping(prefix: word) { return (.decrease, rest) }
        }
        return nil
    }

    /// Whether a label ends with a direction word (`…各增加`, `…减少了`): the amount after it is a change, not a
    /// figure.
    static func endsWithDirectionWord(_ label: String) -> Bool {
        var text = Substring(label)
        text = text.dropping(suffix: "了") ?? text
        return (increaseWords + decreaseWords).contains { text.hasSuffixBytes($0) }
    }
}
