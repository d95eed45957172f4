import YusuanCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Figures read straight from the narrative's sentences, for the profile rules of templates whose narrative has no
/// extracted facts (docs/PDF.md).
enum NarrativeText {
    /// An amount written with its unit in a sentence.
    struct Figure {
        var amount: Amount
        var unit: AmountUnit
        /// The text before the amount, back to the previous figure or clause start.
        var lead: Substring
        var range: Range<String.Index>
    }

    /// The clauses of the paragraphs (split at `。` and `；`), each with its line.
    static func clauses(of narrative: Narrative) -> [Sentence] {
        var result: [Sentence] = []
        forEachClause(of: narrative) { clause, line in result.append(Sentence(text: String(clause), line: line)) }
        return result
    }

    /// Calls `body` with each clause of the paragraphs (split at `。` and `；`) and its line, in order, without
    /// copying the clause out of its paragraph. Only the paragraphs that pass `paragraphFilter` are split.
    static func forEachClause(
        of narrative: Narrative,
        paragraphFilter: (String) -> Bool = { _ in true },
        _ body: (Substring, SourceLine?) -> Void
    ) {
        forEachClause(of: narrative.blocks, paragraphFilter: paragraphFilter, body)
    }

    /// ``forEachClause(of:paragraphFilter:_:)-(Narrative,_,_)`` on the narrative's blocks (read without copying
    /// the rest of the narrative).
    static func forEachClause(
        of blocks: [NarrativeBlock],
        paragraphFilter: (String) -> Bool = { _ in true },
        _ body: (Substring, SourceLine?) -> Void
    ) {
        for block in blocks where block.kind == .paragraph && paragraphFilter(block.text) {
            var text = block.text
            text.makeContiguousUTF8()
            // The clause boundaries as UTF-8 offsets (。 is E3 80 82, ； is EF BC 9B, ; is 3B).
            var bounds: [(start: Int, end: Int)] = []
            text.utf8.withContiguousStorageIfAvailable { bytes in
                let count = bytes.count
                var start = 0
                var index = 0
                while index < count {
                    let byte = bytes[index]
                    if byte == 0x3B {
                        if start < index { bounds.append((start, index)) }
                        index += 1
                        start = index
                        continue
                    }
                    if byte == 0xE3 || byte == 0xEF, count - index >= 3 {
                        let second = bytes[index + 1]
                        let third = bytes[index + 2]
                        if (byte == 0xE3 && second == 0x80 && third == 0x82)
                            || (byte == 0xEF && second == 0xBC && third == 0x9B)
                        {
                            if start < index { bounds.append((start, index)) }
                            index += 3
                            start = index
                            continue
                        }
                    }
                    index += 1
                }
                if start < count { bounds.append((start, count)) }
            }
            let utf8 = text.utf8
            for (start, end) in bounds {
                let from = utf8.index(utf8.startIndex, offsetBy: start)
                let to = utf8.index(utf8.startIndex, offsetBy: end)
                body(text[from..<to], block.line)
            }
        }
    }

    /// Whether the text has the digit 0 (a necessary condition of ``mayHaveZeroFigure(_:)``), found with `memchr`.
    static func hasZeroDigit<Text: StringProtocol>(_ text: Text) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x30, bytes.count) != nil
        }
        return found ?? text.utf8.contains(0x30)
    }

    /// Whether ``figures(in:)`` may find a zero amount in the text: whether a number it would read (a digit
    /// followed by digits, commas and dots) has no digit other than 0. Without one, no figure of the text is zero.
    static func mayHaveZeroFigure<Text: StringProtocol>(_ text: Text) -> Bool {
        // A number is the part of a maximal run of digits, commas and dots from the run's first digit on: the text
        // has a zero figure exactly when a run with a digit has no digit other than 0.
        func isNumberByte(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || byte == 0x2C || byte == 0x2E }
        // Such a run has a 0: `memchr` finds each 0 and only the run around it is read.
        func jump(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, 0x30, bytes.count - from) {
                let place = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var start = place
                while start > 0, isNumberByte(bytes[start - 1]) { start -= 1 }
                var end = place + 1
                while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
                var allZero = true
                for offset in start..<end where bytes[offset] >= 0x31 && bytes[offset] <= 0x39 {
                    allZero = false
                    break
                }
                if allZero { return true }
                from = end
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable({ jump($0) }) { return found }
        var copy = String(text)
        return copy.withUTF8 { jump($0) }
    }

    /// Every `amount 万元` or `amount 元` of a clause, in order.
    static func figures(in text: String) -> [Figure] {
        var figures: [Figure] = []
        guard text.has("元") else { return figures }
        let bytes = text.utf8
        var index = bytes.startIndex
        var leadStart = bytes.startIndex
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while index < bytes.endIndex {
            guard isDigit(bytes[index]) else {
                index = bytes.index(after: index)
                continue
            }
            var end = index
            while end < bytes.endIndex, isDigit(bytes[end]) || bytes[end] == 0x2C || bytes[end] == 0x2E {
                end = bytes.index(after: end)
            }
            var numberEnd = end
            while numberEnd > index,
                bytes[bytes.index(before: numberEnd)] == 0x2C || bytes[bytes.index(before: numberEnd)] == 0x2E
            {
                numberEnd = bytes.index(before: numberEnd)
            }
            var restStart = end
            while restStart < bytes.endIndex, bytes[restStart] == 0x20 { restStart = bytes.index(after: restStart) }
            let rest = text[restStart...]
            let unit: AmountUnit? =
                rest.hasPrefixBytes("万元") ? .tenThousandYuan : rest.hasPrefixBytes("元") ? .yuan : nil
            if let unit, let amount = Amount(parsing: text[index..<numberEnd]) {
                figures.append(
                    Figure(amount: amount, unit: unit, lead: text[leadStart..<index], range: index..<numberEnd)
                )
                leadStart = end
            }
            index = end
        }
        return figures
    }
}
