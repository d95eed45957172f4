import Foundation

/// The sentences of a paragraph as spans of it, split after `。` (E3 80 82), without surrounding spaces, empty
/// sentences left out: read one at a time from the bytes without building an array.
///
/// `memchr` finds each E3 byte: E3 is only ever a lead byte, so every `。` starts at one of them.
struct SentenceSpans: Sequence, IteratorProtocol {
    private let text: TextSpan
    private var start = 0
    private var index = 0
    private var isDone = false

    init(text: TextSpan) {
        self.text = text
        isDone = text.bytes.baseAddress == nil
    }

    mutating func next() -> TextSpan? {
        let bytes = text.bytes
        let count = bytes.count
        while !isDone {
            guard index < count, let base = bytes.baseAddress,
                let found = memchr(base + index, 0xE3, count - index)
            else {
                // The text after the last `。`.
                isDone = true
                let bounds = ByteText.trimmedBounds(bytes, start, count)
                return bounds.isEmpty ? nil : text[bounds]
            }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 {
                let bounds = ByteText.trimmedBounds(bytes, start, index)
                index += 3
                start = index
                if !bounds.isEmpty { return text[bounds] }
            } else {
                index += 1
            }
        }
        return nil
    }
}
