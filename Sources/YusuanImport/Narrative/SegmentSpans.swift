import YusuanCore

/// The segments of a sentence split at `，、；：;:`, each with the delimiter that stood before it (nil for the
/// first), read one at a time from the bytes without building an array.
struct SegmentSpans: Sequence, IteratorProtocol {
    private let sentence: TextSpan
    private var start = 0
    private var delimiter: String?
    private var isDone = false

    init(sentence: TextSpan) {
        self.sentence = sentence
    }

    mutating func next() -> (delimiter: String?, segment: TextSpan)? {
        guard !isDone else { return nil }
        let bytes = sentence
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            // Most scalars are ideographs led by E4…EE, none of them a delimiter: step over them first.
            if byte &- 0xE4 <= 0xEE - 0xE4 {
                index += 3
                continue
            }
            var found: String?
            var width = 1
            if byte == 0x3B {
                found = ";"
            } else if byte == 0x3A {
                found = ":"
            } else if (byte == 0xEF || byte == 0xE3) && index + 2 < bytes.count {
                width = 3
                switch (byte, bytes[index + 1], bytes[index + 2]) {
                case (0xEF, 0xBC, 0x8C): found = "，"
                case (0xEF, 0xBC, 0x9A): found = "："
                case (0xEF, 0xBC, 0x9B): found = "；"
                case (0xE3, 0x80, 0x81): found = "、"
                default: break
                }
            }
            guard let found else {
                // Every delimiter starts at a lead byte: step over whole scalars of other lead bytes.
                index += byte >= 0xE4 && byte < 0xEF ? 3 : 1
                continue
            }
            let segment = (delimiter, sentence[start..<index])
            delimiter = found
            start = index + width
            return segment
        }
        isDone = true
        return (delimiter, sentence[start..<bytes.count])
    }
}
