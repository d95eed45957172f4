/// Words printed over themselves: a text layer duplicated with a small offset, or bold simulated by printing a word
/// two or three times a point or two apart. `pdftotext` reports each copy as a word (it drops only copies closer than
/// a tenth of the font size, and ``PDFLayoutParser`` those within 1.5 pt), so `754.75` would stand twice in one cell.
/// A copy is the same text whose box overlaps the first's by more than half its width, with its top and bottom
/// within ``maximumOffset``: two legible words cannot overlap like that, and table rows lie further apart.
enum FinalAccountOverprint {
    /// The greatest vertical offset of a copy, in points: less than the height of any legible text, so that the
    /// same amount in two consecutive rows is never taken for a copy.
    static let maximumOffset = 3.0

    /// The lines without the copies of words printed over themselves (the first in reading order is kept); a line
    /// left without words is dropped, the others keep their numbers.
    static func removingCopies(from lines: [PDFLine]) -> [PDFLine] {
        var result: [PDFLine] = []
        result.reserveCapacity(lines.count)
        // The words kept so far on the page, sorted by their top.
        var kept: [PDFWord] = []
        var page = lines.first?.page
        for var line in lines {
            if line.page != page {
                kept.removeAll(keepingCapacity: true)
                page = line.page
            }
            line.words = line.words.filter { word in
                var index = firstIndex(withTopAtLeast: word.yMin - maximumOffset, in: kept)
                while index < kept.count, kept[index].yMin <= word.yMin + maximumOffset {
                    if isCopy(word, of: kept[index]) { return false }
                    index += 1
                }
                kept.insert(word, at: firstIndex(withTopAtLeast: word.yMin, in: kept))
                return true
            }
            if !line.words.isEmpty { result.append(line) }
        }
        return result
    }

    /// Whether `word` is a copy of `kept`.
    static func isCopy(_ word: PDFWord, of kept: PDFWord) -> Bool {
        guard abs(word.yMin - kept.yMin) <= maximumOffset, abs(word.yMax - kept.yMax) <= maximumOffset,
            word.text == kept.text
        else { return false }
        let overlap = min(word.xMax, kept.xMax) - max(word.xMin, kept.xMin)
        return overlap > 0.5 * min(word.xMax - word.xMin, kept.xMax - kept.xMin)
    }

    /// The index of the first word whose top is at or below `top` (binary search).
    private static func firstIndex(withTopAtLeast top: Double, in words: [PDFWord]) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].yMin < top { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
