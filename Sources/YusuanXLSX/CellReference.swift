/// A1-style cell names: columns as letters (A … Z, AA …), rows from 1.
public enum CellReference {
    /// The letters of a 1-based column: 1 → `A`, 27 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `B7` for row 7, column 2.
    public static func name(row: Int, column: Int) -> String { columnName(column) + String(row) }

    /// The 1-based row and column of a name such as `B7`, or nil when it is not one.
    public static func parse(_ name: some StringProtocol) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                guard !seenDigit else { return nil }
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !seenDigit else { return nil }
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > 10_000_000 { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }
}
