/// A fixed list of words searched for in texts by their bytes (``StringProtocol/has(_:)``): the first word of the
/// list a text has, and the pieces of a text between the words. Adding a word is adding it to the list.
public struct NeedleSet: Sendable {
    /// The words, in order.
    public let needles: [String]
    /// The UTF-8 bytes of each word.
    private let needleBytes: [[UInt8]]
    /// For each byte value, whether a word starts with it.
    private let isFirstByte: [Bool]
    /// For each byte value, the positions in the list of the words that start with it, in order.
    private let wordsByFirstByte: [[Int]]

    public init(_ needles: [String]) {
        precondition(!needles.contains(where: \.isEmpty), "a needle is empty")
        self.needles = needles
        needleBytes = needles.map { Array($0.utf8) }
        var isFirstByte = [Bool](repeating: false, count: 256)
        var wordsByFirstByte = [[Int]](repeating: [], count: 256)
        for (position, word) in needleBytes.enumerated() {
            isFirstByte[Int(word[0])] = true
            wordsByFirstByte[Int(word[0])].append(position)
        }
        self.isFirstByte = isFirstByte
        self.wordsByFirstByte = wordsByFirstByte
    }

    /// The first word of the list that the text has (by bytes), if any: the text is read once, noting at each
    /// byte the words that start there, instead of once per word.
    public func first(in text: String) -> String? {
        var text = text
        text.makeContiguousUTF8()
        // The position in the list of the first word found so far (`needles.count`: none).
        var found = needles.count
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = Int(bytes[index])
                if isFirstByte[byte] {
                    for position in wordsByFirstByte[byte] {
                        // Only a word earlier in the list than the one found can change the answer.
                        guard position < found else { break }
                        let word = needleBytes[position]
                        if word.count <= bytes.count - index,
                            word.indices.allSatisfy({ bytes[index + $0] == word[$0] })
                        {
                            found = position
                            break
                        }
                    }
                    if found == 0 { return }
                }
                index += 1
            }
        }
        return found < needles.count ? needles[found] : nil
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
