/// A string and its pinned UTF-8 bytes, to turn spans of those bytes back into strings.
struct PinnedText {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>

    /// The text of `span`, a span of ``bytes``.
    ///
    /// The span's bytes are copied as they are (see ``TextSpan/string``): for long spans too, that costs less than
    /// cutting a `Substring` out of ``text`` and copying it (≈ 13 K instructions less per generated document).
    func string(_ span: TextSpan) -> String { span.string }
}
