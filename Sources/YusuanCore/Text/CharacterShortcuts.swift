/// Character-level answers read from UTF-8 bytes where the grapheme boundaries are certain, so the readers do not
/// walk `Character`s (grapheme breaking is slow) through the Chinese text it reads.
///
/// A boundary lies between two scalars when the first never holds on to a plain successor
/// (``ScalarClass/neverHoldsAPlainSuccessor(lead:)``: not a carriage return, not a Prepend scalar) and the second is
/// plain (``ScalarClass``). Elsewhere the answer is "unknown" and callers fall back to the `Character` code, so the
/// results are always the same.
public enum CharacterShortcuts {
    /// The byte length of the scalar whose lead byte is `byte`.
    @inlinable @inline(__always)
    public static func scalarLength(_ byte: UInt8) -> Int { ScalarClass.scalarLength(lead: byte) }

    /// Whether the scalar at `index` (or the end of the text) cannot join the scalar before it, when that one is
    /// not a carriage return (``endsCluster(_:at:)``): a plain scalar.
    @inlinable @inline(__always)
    public static func startsCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index >= bytes.count || ScalarClass.plainLength(bytes, at: index) > 0
    }

    /// Whether the scalar at `index` can never hold on to a plain scalar after it (it is not Prepend, not CR).
    @inlinable @inline(__always)
    public static func endsCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        ScalarClass.neverHoldsAPlainSuccessor(lead: bytes[index])
    }

    /// The number of bytes of the first `count` characters, or nil when a boundary on the way is not certain.
    @inlinable
    public static func prefixLength(_ bytes: UnsafeBufferPointer<UInt8>, characters count: Int) -> Int? {
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

    /// Whether every scalar of the bytes is a character of its own: none can join the scalar before or after it,
    /// so characters, their counts and their boundaries are those of the scalars. Every scalar is plain
    /// (``ScalarClass``), and a plain scalar never holds on to a plain successor
    /// (``ScalarClass/neverHoldsAPlainSuccessor(lead:)``, checked for every one by `ScalarClassTests`).
    @inlinable
    public static func isSingleScalarCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // ASCII but the carriage return, the common case, without the table.
            let lead = bytes[index]
            if lead < 0x80 && lead != 0x0D {
                index &+= 1
                continue
            }
            let length = ScalarClass.plainLength(bytes, at: index)
            if length == 0 { return false }
            index &+= length
        }
        return true
    }
}
