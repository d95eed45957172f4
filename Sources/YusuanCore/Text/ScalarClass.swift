/// The Unicode scalars the byte-level shortcuts of the text layer may treat as characters of their own, named once.
///
/// A **plain** scalar is a character on its own whatever its neighbours (its grapheme-cluster break property is
/// Other, or Control for ASCII; no scalar of the class joins another), it has no canonical decomposition and
/// canonical combining class 0, so it is its own NFC and NFD form. In a text made only of plain scalars,
/// characters are scalars, and canonical equivalence with another such text is byte equality. The ranges:
///
/// | range | name | why it is here |
/// | --- | --- | --- |
/// | U+0000–U+007F but U+000D | ``asciiExceptCarriageReturn`` | a carriage return joins a following line feed |
/// | U+2010–U+2027 | ``generalPunctuation`` | dashes, quotation marks `‘’“”` (`“三公”`), `…`, `•` |
/// | U+3000–U+3029 | ``cjkPunctuation`` | `　、。〈〉《》「」『』【】〔〕` …; U+302A–U+302F are combining tone marks |
/// | U+4000–U+9FFF | ``cjkIdeographs`` | extension A from U+4000, the hexagrams, the unified ideographs (UTF-8 lead bytes E4–E9) |
/// | U+FF01–U+FF5E | ``fullwidthForms`` | `！（），：；？` and the full-width ASCII |
///
/// The compatibility ideographs (U+F900–U+FAFF, U+2F800–) are not plain: each is canonically equivalent to a
/// unified ideograph. `ScalarClassTests` checks every Unicode scalar against this definition and against
/// ``plainLength(_:at:)``.
public enum ScalarClass {
    public static let asciiExceptCarriageReturn: [ClosedRange<UInt32>] = [0x00...0x0C, 0x0E...0x7F]
    public static let generalPunctuation: ClosedRange<UInt32> = 0x2010...0x2027
    public static let cjkPunctuation: ClosedRange<UInt32> = 0x3000...0x3029
    public static let cjkIdeographs: ClosedRange<UInt32> = 0x4000...0x9FFF
    public static let fullwidthForms: ClosedRange<UInt32> = 0xFF01...0xFF5E

    /// Whether the scalar is plain (see the type): in one of the ranges above, written out as a `switch` so that a
    /// caller in another module compiles it in place (`ScalarClassTests` holds it to the named ranges on every
    /// scalar).
    @inlinable @inline(__always)
    public static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x7F, 0x2010...0x2027, 0x3000...0x3029, 0x4000...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    /// Whether every scalar of the text is plain: its characters are its scalars, and it is canonically equivalent
    /// to another plain text exactly when their bytes are equal.
    public static func isPlain(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(isPlain)
    }

    /// The byte length of the scalar at `index` of the (valid) UTF-8 `bytes` when it is plain, 0 when it is not.
    /// The same answer as ``isPlain(_:)-(Unicode.Scalar)``, from the bytes.
    @inlinable @inline(__always)
    public static func plainLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x0D ? 0 : 1 }
        guard index + 2 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch lead {
        case 0xE4...0xE9: return 3  // U+4000–U+9FFF
        case 0xE3: return second == 0x80 && third <= 0xA9 ? 3 : 0  // U+3000–U+3029
        case 0xE2: return second == 0x80 && third >= 0x90 && third <= 0xA7 ? 3 : 0  // U+2010–U+2027
        // U+FF01–U+FF5E
        case 0xEF: return (second == 0xBC && third >= 0x81) || (second == 0xBD && third <= 0x9E) ? 3 : 0
        default: return 0
        }
    }

    /// The byte length of the scalar whose UTF-8 lead byte is `lead`.
    @inlinable @inline(__always)
    public static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
