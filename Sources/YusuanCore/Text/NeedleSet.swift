#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fixed list of words searched for in texts by their bytes (``StringProtocol/has(_:)``), built once: the first
/// word of the list a text has.
///
/// The words are grouped by their first scalar. A text is searched first for each distinct first scalar, then only
/// for the words whose first scalar it has, in the order of the list: in valid UTF-8 the bytes of a scalar occur
/// only where that scalar is, so a text without a word's first scalar does not have the word. Adding a word is
/// adding it to the list.
///
/// A shortcut (``TextShortcut/needleSet``): with `YUSUAN_PLAIN_TEXT=needleSet` each word is searched for in turn.
public struct NeedleSet: Sendable {
    /// The words, in order.
    public let needles: [String]
    /// The UTF-8 bytes of the distinct first scalars of the words.
    private let startBytes: [[UInt8]]
    /// For each word, the position of its first scalar in ``startBytes``.
    private let startOfNeedle: [Int]
    /// The UTF-8 bytes of each word.
    private let needleBytes: [[UInt8]]
    /// For each byte value, whether a word starts with it.
    private let isFirstByte: [Bool]

    public init(_ needles: [String]) {
        precondition(!needles.contains(where: \.isEmpty), "a needle is empty")
        self.needles = needles
        var starts: [String] = []
        startOfNeedle = needles.map { needle in
            let start = needle.unicodeScalars.first.map { String($0) } ?? ""
            if let position = starts.firstIndex(of: start) { return position }
            starts.append(start)
            return starts.count - 1
        }
        startBytes = starts.map { Array($0.utf8) }
        needleBytes = needles.map { Array($0.utf8) }
        var isFirstByte = [Bool](repeating: false, count: 256)
        for word in needleBytes { isFirstByte[Int(word[0])] = true }
        self.isFirstByte = isFirstByte
    }

    /// The first word of the list that the text has (by bytes), if any.
    public func first(in text: String) -> String? {
        guard TextShortcut.needleSet.isEnabled else { return needles.first { text.has($0) } }
        var text = text
        let found: UInt64 = text.withUTF8 { bytes in
            var found: UInt64 = 0
            for position in startBytes.indices where Self.has(scalar: startBytes[position], in: bytes) {
                found |= 1 << UInt64(position % 64)
            }
            return found
        }
        if found == 0 { return nil }
        return needles.indices.first { found & (1 << UInt64(startOfNeedle[$0] % 64)) != 0 && text.has(needles[$0]) }
            .map { needles[$0] }
    }

    /// Whether the UTF-8 bytes of one scalar occur in `bytes`: `memchr` finds each place of its last byte (for a
    /// Chinese character a continuation byte, rarer than its lead byte and than its middle byte) and the bytes
    /// before it are compared there.
    private static func has(scalar: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= scalar.count else { return false }
        let anchor = scalar.count - 1
        var from = anchor
        while from < bytes.count, let hit = memchr(base + from, Int32(scalar[anchor]), bytes.count - from) {
            let place = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let start = place - anchor
            if (0..<anchor).allSatisfy({ bytes[start + $0] == scalar[$0] }) { return true }
            from = place + 1
        }
        return false
    }
}

extension NeedleSet {
    /// The pieces of the text between the occurrences of the words (found by bytes, the first word of the list
    /// that starts at a place), in order, without the empty ones: `"甲。乙；"` split at `。` and `；` is `甲`, `乙`.
    public func pieces(of text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        // The pieces as UTF-8 offsets.
        var bounds: [(start: Int, end: Int)] = []
        text.withUTF8 { bytes in
            func length(at index: Int) -> Int? {
                guard isFirstByte[Int(bytes[index])] else { return nil }
                return needleBytes.first { word in
                    word.count <= bytes.count - index && word.indices.allSatisfy { bytes[index + $0] == word[$0] }
                }?.count
            }
            var start = 0
            var index = 0
            while index < bytes.count {
                guard let length = length(at: index) else {
                    index += 1
                    continue
                }
                if start < index { bounds.append((start, index)) }
                index += length
                start = index
            }
            if start < bytes.count { bounds.append((start, bytes.count)) }
        }
        let utf8 = text.utf8
        return bounds.map { bound in
            text[utf8.index(utf8.startIndex, offsetBy: bound.start)..<utf8.index(utf8.startIndex, offsetBy: bound.end)]
        }
    }
}
