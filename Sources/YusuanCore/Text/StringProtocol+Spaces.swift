extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, ideographic spaces (U+3000) and no-break spaces.
    public func trimmingSpaces() -> String {
        if let result = utf8.withContiguousStorageIfAvailable({ String.trimmingSpaces(utf8: $0) }) { return result }
        var copy = String(self)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { String.trimmingSpaces(utf8: $0) } ?? copy
    }
}

extension Substring {
    /// The text without leading and trailing spaces (the set ``StringProtocol/trimmingSpaces()`` removes), as a
    /// part of the same string: nothing is copied.
    public var withoutSurroundingSpaces: Substring {
        let (bounds, count) = withTextSpan { ($0.trimmedBounds(0, $0.count), $0.count) }
        // An end that does not move keeps its index: one made from a UTF-8 offset is not known to start a character,
        // and the first step over the characters from it would look for the character it falls in.
        let start = bounds.lowerBound == 0 ? startIndex : utf8.index(startIndex, offsetBy: bounds.lowerBound)
        let end = bounds.upperBound == count ? endIndex : utf8.index(startIndex, offsetBy: bounds.upperBound)
        return self[start..<end]
    }
}

extension String {
    /// The UTF-8 text in `bytes` without leading and trailing spaces (see ``StringProtocol/trimmingSpaces()``).
    public static func trimmingSpaces(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        func spaceWidth(at index: Int) -> Int {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 { return 1 }
            if byte == 0xC2 && index + 1 < end && bytes[index + 1] == 0xA0 { return 2 }
            if byte == 0xE3 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 { return 3 }
            return 0
        }
        while start < end {
            let width = spaceWidth(at: start)
            if width == 0 { break }
            start += width
        }
        while start < end {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 {
                end -= 1
            } else if byte == 0xA0 && end - start >= 2 && bytes[end - 2] == 0xC2 {
                end -= 2
            } else if byte == 0x80 && end - start >= 3 && bytes[end - 2] == 0x80 && bytes[end - 3] == 0xE3 {
                end -= 3
            } else {
                break
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

extension String {
    /// ``StringProtocol/trimmingSpaces()`` of a `String`: the text itself, not a copy, when its first and last
    /// bytes cannot belong to a space (the usual case).
    public func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        let mayHaveSpaceAtEnds =
            first == 0x20 || first == 0x09 || first == 0xC2 || first == 0xE3 || last == 0x20 || last == 0x09
            || last == 0xA0 || last == 0x80
        guard mayHaveSpaceAtEnds else { return self }
        return self[...].trimmingSpaces()
    }
}

extension StringProtocol {
    /// Whether ``trimmingSpaces()`` leaves nothing of the text: it has only spaces, tabs, no-break spaces and
    /// ideographic spaces (read by bytes, without making the trimmed text).
    public var isOnlySpaces: Bool {
        var bytes = utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x20, 0x09: continue
            case 0xC2: guard bytes.next() == 0xA0 else { return false }
            case 0xE3: guard bytes.next() == 0x80, bytes.next() == 0x80 else { return false }
            default: return false
            }
        }
        return true
    }
}
