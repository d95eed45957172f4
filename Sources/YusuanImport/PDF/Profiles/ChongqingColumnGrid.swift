import Foundation

/// The columns of a table rebuilt from word positions: one anchor per column (the extent of its header cell's
/// text), and between two anchors the border in a stretch that no word of the table covers (a cell's text never
/// crosses into the next cell). Of several such stretches the one most words line up against wins: left-aligned
/// text starts, and right-aligned amounts end, at the same x in every row, next to the border.
struct ChongqingColumnGrid {
    /// A column's header text, left and right end.
    struct Anchor {
        var low: Double
        var high: Double
    }

    /// The x positions between columns, left to right (one fewer than the columns).
    var boundaries: [Double]

    var columnCount: Int { boundaries.count + 1 }

    init(anchors: [Anchor], words: [PDFWord]) {
        var bounds: [Double] = []
        for index in 0..<max(anchors.count - 1, 0) {
            var low = anchors[index].high
            var high = anchors[index + 1].low
            if high <= low {
                low = (anchors[index].low + anchors[index].high) / 2
                high = (anchors[index + 1].low + anchors[index + 1].high) / 2
            }
            let (inside, gaps) = wordGaps(words, from: low, to: high)
            func score(_ gap: (start: Double, end: Double)) -> (Int, Double) {
                let ending = inside.filter { abs($0.xMax - gap.start) < 0.5 }.count
                let starting = inside.filter { abs($0.xMin - gap.end) < 0.5 }.count
                return (ending + starting, gap.end - gap.start)
            }
            let best = gaps.max { score($0) < score($1) }
            bounds.append(best.map { ($0.start + $0.end) / 2 } ?? (low + high) / 2)
        }
        boundaries = bounds
    }

    /// The column a word stands in.
    func column(of word: PDFWord) -> Int {
        let x = word.xCenter
        return boundaries.firstIndex { x < $0 } ?? boundaries.count
    }

    /// The cells of one table row (its physical lines): each column's words line by line, joined.
    func cells(of block: [PDFLine], scriptSpacing: Bool) -> [String] {
        var perColumn: [[String]] = Array(repeating: [], count: columnCount)
        for line in block {
            var words: [[PDFWord]] = Array(repeating: [], count: columnCount)
            for word in line.words { words[column(of: word)].append(word) }
            for (index, group) in words.enumerated() where !group.isEmpty {
                perColumn[index].append(ChongqingLineText.text(of: group))
            }
        }
        return perColumn.map { ChongqingLineText.joined($0, scriptSpacing: scriptSpacing) }
    }
}

/// Physical lines grouped into table rows: a cell whose text wraps puts more lines into its row, closer together
/// than the rows are (the cell padding and border separate rows).
enum ChongqingRowBlocks {
    /// The distance between two rows: the smallest distance between the amounts of two consecutive lines that
    /// hold at least two numbers each (a row prints its amounts on one line, vertically centred, so this is the
    /// distance between two rows of one line each).
    static func rowPitch(_ lines: [PDFLine]) -> Double? {
        var best: Double?
        var previous: (page: Int, y: Double)?
        for line in lines {
            let numbers = line.words.filter { ChongqingLineText.isNumber($0, in: line) }
            guard numbers.count >= 2 else {
                previous = nil
                continue
            }
            let y = numbers.map(\.yCenter).reduce(0, +) / Double(numbers.count)
            if let previous, previous.page == line.page, y - previous.y > 1 {
                best = min(best ?? .infinity, y - previous.y)
            }
            previous = (line.page, y)
        }
        return best
    }

    /// The distance between two lines of one wrapped cell: the smallest distance between words that start at the
    /// same x on consecutive lines (a wrapped cell's lines do); nil without such words.
    static func linePitch(_ lines: [PDFLine]) -> Double? {
        var best: Double?
        for (upper, lower) in zip(lines, lines.dropFirst()) where upper.page == lower.page {
            for word in lower.words {
                for above in upper.words where abs(above.xMin - word.xMin) < 0.5 {
                    let pitch = word.yCenter - above.yCenter
                    if pitch > 1 { best = min(best ?? .infinity, pitch) }
                }
            }
        }
        return best
    }

    static func hasNumber(_ line: PDFLine) -> Bool {
        line.words.contains { ChongqingLineText.isNumber($0, in: line) }
    }

    /// Consecutive lines of one page closer than `threshold` form one row; without a threshold every line is a row.
    static func blocks(_ lines: [PDFLine], threshold: Double?) -> [[PDFLine]] {
        var blocks: [[PDFLine]] = []
        for line in lines {
            // From the lowest word of the line above to the highest of this one: a word centred beside a wrapped
            // cell is grouped into a line with the text beside it, and must not move that line.
            if let threshold, let last = blocks.last?.last, last.page == line.page,
                (line.words.map(\.yCenter).min() ?? 0) - (last.words.map(\.yCenter).max() ?? 0) < threshold
            {
                blocks[blocks.count - 1].append(line)
            } else {
                blocks.append([line])
            }
        }
        return blocks
    }
}

/// Header cells of a table found from their words: words close together on a line form a phrase, and phrases
/// centred on the same x (a header cell's text is centred, also when it wraps) form one header cell.
struct ChongqingHeaderCells {
    struct Cell {
        var text: String
        var center: Double
        var words: [PDFWord]
        /// The words of its lowest line: a title spanning several columns above a column's header may share its
        /// centre, but the lowest line is the column's own.
        var lowest: [PDFWord]

        /// The extent of the cell's lowest line, as a column anchor.
        var anchor: ChongqingColumnGrid.Anchor {
            .init(low: lowest.map(\.xMin).min() ?? center, high: lowest.map(\.xMax).max() ?? center)
        }
    }

    var cells: [Cell] = []

    init(lines: [PDFLine], em: Double) {
        var phrases: [(text: String, words: [PDFWord], y: Double)] = []
        for line in lines {
            var current: [PDFWord] = []
            for word in line.words.sorted(by: { $0.xMin < $1.xMin }) {
                if let last = current.last, word.xMin - last.xMax > em * 0.4 {
                    phrases.append((ChongqingLineText.text(of: current), current, line.yCenter))
                    current = []
                }
                current.append(word)
            }
            if !current.isEmpty { phrases.append((ChongqingLineText.text(of: current), current, line.yCenter)) }
        }
        for phrase in phrases.sorted(by: { $0.y < $1.y }) {
            let center = ((phrase.words.map(\.xMin).min() ?? 0) + (phrase.words.map(\.xMax).max() ?? 0)) / 2
            if let index = cells.firstIndex(where: { abs($0.center - center) < em * 0.5 }) {
                cells[index].text += phrase.text
                cells[index].words += phrase.words
                cells[index].lowest = phrase.words
            } else {
                cells.append(Cell(text: phrase.text, center: center, words: phrase.words, lowest: phrase.words))
            }
        }
        cells.sort { $0.center < $1.center }
    }

    /// The header cell of each column, left to right: the first cell right of the previous column's whose text
    /// holds one of the column's keywords, the shortest such text when several do (`运行` is 公务用车运行费, not
    /// the 公务用车购置及运行费 spanning it). Nil when a column has no header cell.
    func match(_ columns: [[String]]) -> [Cell]? {
        var result: [Cell] = []
        var after = -Double.infinity
        for keywords in columns {
            let candidates = cells.filter { cell in
                cell.center > after
                    && keywords.contains { cell.text.replacingOccurrences(of: " ", with: "").contains($0) }
            }
            guard let best = candidates.min(by: { ($0.text.count, $0.center) < ($1.text.count, $1.center) }) else {
                return nil
            }
            result.append(best)
            after = best.center
        }
        return result
    }
}

/// The width of one Chinese character in a set of lines (the em of the font), from words of Chinese text.
func chongqingEm(_ lines: [PDFLine]) -> Double {
    var widths: [Double] = []
    for line in lines {
        for word in line.words where word.text.count >= 2 && !word.text.contains(where: { $0.isASCII }) {
            widths.append((word.xMax - word.xMin) / Double(word.text.count))
        }
    }
    widths.sort()
    return widths.isEmpty ? 10 : widths[widths.count / 2]
}
