import YusuanCore

/// The sentences of a paragraph as spans of it, split after `。` (E3 80 82), without surrounding spaces, empty
/// sentences left out: read one at a time from the bytes without building an array.
///
/// A byte search finds each E3 byte: E3 is only ever a lead byte, so every `。` starts at one of them.
struct SentenceSpans: Sequence, IteratorProtocol {
    private let text: TextSpan
    private var start = 0
    private var index = 0
    private var isDone = false

    init(text: TextSpan) {
        self.text = text
        isDone = text.isEmpty
    }

    mutating func next() -> TextSpan? {
        let bytes = text
        let count = bytes.count
        while !isDone {
            guard index < count, let found = text.firstOffset(ofByte: 0xE3, from: index) else {
                // The text after the last `。`.
                isDone = true
                let bounds = text.trimmedBounds(start, count)
                return bounds.isEmpty ? nil : text[bounds]
            }
            index = found
            if index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 {
                let bounds = text.trimmedBounds(start, index)
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
