import YusuanCore

/// Character-level answers read from UTF-8 bytes where the grapheme boundaries are certain, so the importer does not
/// walk `Character`s (grapheme breaking is slow) through the Chinese text it reads.
///
/// A boundary lies between two scalars when the first never holds on to a plain successor
/// (``ScalarClass/neverHoldsAPlainSuccessor(lead:)``: not a carriage return, not a Prepend scalar) and the second is
/// plain (``ScalarClass``). Elsewhere the answer is "unknown" and callers fall back to the `Character` code, so the
/// results are always the same.
enum CharacterShortcuts {
    /// The byte length of the scalar whose lead byte is `byte`.
    @inline(__always)
    static func scalarLength(_ byte: UInt8) -> Int { ScalarClass.scalarLength(lead: byte) }

    /// Whether the scalar at `index` (or the end of the text) cannot join the scalar before it, when that one is
    /// not a carriage return (``endsCluster(_:at:)``): a plain scalar.
    @inline(__always)
    static func startsCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index >= bytes.count || ScalarClass.plainLength(bytes, at: index) > 0
    }

    /// Whether the scalar at `index` can never hold on to a plain scalar after it (it is not Prepend, not CR).
    @inline(__always)
    static func endsCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        ScalarClass.neverHoldsAPlainSuccessor(lead: bytes[index])
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
