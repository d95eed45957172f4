import YusuanCore

/// The segments of a sentence split at `，、；：;:`, each with the delimiter that stood before it (nil for the
/// first), read one at a time from the bytes without building an array.
///
/// The same walk tells whether the segment it returned last holds `比`, `与` or `较` (``holdsChangeMarker``), so that a
/// change phrase is looked for only there, without a second pass over every segment.
struct SegmentSpans: Sequence, IteratorProtocol {
    private let sentence: TextSpan
    private var start = 0
    private var delimiter: String?
    private var isDone = false
    /// Whether one of the scalars of the segment returned last is 比, 与 or 较 (``ChangePhrase/isMarker(_:at:)``).
    private(set) var holdsChangeMarker = false

    init(sentence: TextSpan) {
        self.sentence = sentence
    }

    mutating func next() -> (delimiter: String?, segment: TextSpan)? {
        guard !isDone else { return nil }
        let bytes = sentence
        var index = start
        holdsChangeMarker = false
        while index < bytes.count {
            let byte = bytes[index]
            // Most scalars are ideographs led by E4…EE, none of them a delimiter: step over them first (the change
            // markers are among them).
            if byte &- 0xE4 <= 0xEE - 0xE4 {
                if !holdsChangeMarker && ChangePhrase.isMarker(bytes, at: index) { holdsChangeMarker = true }
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
