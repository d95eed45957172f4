/// A string and its pinned UTF-8 bytes, to turn spans of those bytes back into strings.
///
/// A long span is copied out of the string as a `Substring` is (the bytes are known to be valid UTF-8 and are not
/// checked again); a short one is decoded, which costs less than making the slice. The two give the same text.
struct PinnedText {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>

    /// The text of `span`, which should be a span of ``bytes`` (any other span is decoded).
    func string(_ span: TextSpan) -> String {
        guard span.count >= 48, let base = bytes.baseAddress, let start = span.bytes.baseAddress,
            start >= base, start + span.count <= base + bytes.count
        else { return span.string }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start - base)
        return String(text[lower..<utf8.index(lower, offsetBy: span.count)])
    }
}
