/// The spacing convention of the published texts: `2024 年` (spaced) or `2024年`.
public enum ChineseSpacing {
    /// The text with a space between every ASCII digit and the Chinese character next to it.
    public static func spacingDigits(_ raw: String) -> String {
        var result = ""
        var previous: Character?
        for character in raw {
            if let previous,
                isDigit(previous) && isIdeograph(character) || isIdeograph(previous) && isDigit(character)
            {
                result.append(" ")
            }
            result.append(character)
            previous = character
        }
        return result
    }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    static func isIdeograph(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    }
}
