/// Character-level answers read from UTF-8 bytes where the grapheme boundaries are certain, so the importer does not
/// walk `Character`s (grapheme breaking is slow) through the Chinese text it reads.
///
/// A boundary lies between two scalars when the first is not a Prepend scalar (nor CR) and the second can neither
/// extend nor join the one before it: an ASCII scalar, a CJK ideograph (U+4000–U+9FFF), CJK punctuation
/// U+3000–U+3029, a quotation mark U+2018–U+201F (`“三公”`) or a full-width form U+FF01–U+FF5E. Elsewhere the answer is "unknown" and callers fall back to
/// the `Character` code, so the results are always the same.
enum CharacterShortcuts {
    /// The byte length of the scalar whose lead byte is `byte`.
    @inline(__always)
    static func scalarLength(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// Whether the scalar at `index` (or the end of the text) cannot join the scalar before it.
    @inline(__always)
    static func startsCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let lead = bytes[index]
        if lead < 0x80 { return lead != 0x0A }
        guard index + 2 < bytes.count else { return false }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch lead {
        case 0xE4...0xE9: return true
        case 0xE3: return second == 0x80 && third <= 0xA9
        // ‘ ’ ‚ ‛ “ ” „ ‟ (E2 80 98…9F): neither extending nor pictographic.
        case 0xE2: return second == 0x80 && third >= 0x98 && third <= 0x9F
        case 0xEF: return (second == 0xBC && third >= 0x81) || (second == 0xBD && third <= 0x9E)
        default: return false
        }
    }

    /// Whether the scalar at `index` can never hold on to the scalar after it (it is not Prepend, not CR).
    @inline(__always)
    static func endsCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        return (lead < 0x80 && lead != 0x0D) || (lead >= 0xE1 && lead < 0xF0)
    }

    /// The number of bytes of the first `count` characters, or nil when a boundary on the way is not certain.
    static func prefixLength(_ bytes: UnsafeBufferPointer<UInt8>, characters count: Int) -> Int? {
        var index = 0
        var characters = 0
        while characters < count && index < bytes.count {
            let next = index + scalarLength(bytes[index])
            guard endsCluster(bytes, at: index), startsCluster(bytes, at: next) else { return nil }
            index = next
            characters += 1
        }
        return index
    }

    /// Whether one of the characters is a lone scalar `isWanted` accepts: true or false when certain, nil when not.
    static func containsLoneScalar(
        _ bytes: UnsafeBufferPointer<UInt8>,
        where isWanted: (UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> Bool? {
        var index = 0
        var previous = -1
        while index < bytes.count {
            let length = scalarLength(bytes[index])
            if isWanted(bytes, index) {
                let alone =
                    (previous < 0 || endsCluster(bytes, at: previous)) && endsCluster(bytes, at: index)
                    && startsCluster(bytes, at: index + length)
                return alone ? true : nil
            }
            previous = index
            index += length
        }
        return false
    }

    /// Whether every scalar of the bytes is a character of its own: none can join the scalar before or after it,
    /// so characters, their counts and their boundaries are those of the scalars.
    static func isSingleScalarCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            guard startsCluster(bytes, at: index), endsCluster(bytes, at: index) else { return false }
            index += scalarLength(bytes[index])
        }
        return true
    }
}
