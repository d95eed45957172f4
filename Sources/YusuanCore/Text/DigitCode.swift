/// Classification codes made of digits as integer keys, so that tables and catalogues find them without hashing
/// text.
///
/// A code of ASCII digits equals another text exactly when its bytes do (ASCII digits are their own canonical
/// form and combine with nothing), so two such codes are equal exactly when their keys are.
public enum DigitCode {
    /// A code of 1 to 17 ASCII digits as an integer that keeps its length (`"201"` and `"0201"` differ); nil for
    /// any other text.
    public static func key<Bytes: Collection<UInt8>>(_ code: Bytes) -> Int? {
        let count = code.count
        guard count > 0, count <= 17 else { return nil }
        var value = count
        for byte in code {
            let digit = byte &- 0x30
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// The key of a code without its last `dropping` characters (the parent of a 款 or 项 code drops 2).
    public static func key(_ code: String, dropping: Int = 0) -> Int? {
        let count = code.utf8.count - dropping
        guard count > 0 else { return nil }
        if let key = code.utf8.withContiguousStorageIfAvailable({ key(UnsafeBufferPointer(rebasing: $0[..<count])) }) {
            return key
        }
        return key(code.utf8.dropLast(dropping))
    }

    /// The key of a code of `count` digits (3 to 17) less its last two digits, from the code's key:
    /// `parentKey(of: key("20103")!, count: 5)` is `key("201")`.
    public static func parentKey(of key: Int, count: Int) -> Int {
        // A key is count · 10^count + digits, with digits < 10^count.
        var power = 1
        for _ in 0..<(count - 2) { power &*= 10 }
        let parentDigits = (key - count &* power &* 100) / 100
        return (count - 2) &* power &+ parentDigits
    }
}
