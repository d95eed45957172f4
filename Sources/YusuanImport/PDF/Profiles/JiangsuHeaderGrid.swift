import Foundation
import YusuanCore

/// Helpers for the cells of the Jiangsu tables.
enum JiangsuCells {
    /// An amount as printed: `24,169.74`, `4335.3`, `0`, `-12.5`.
    static func amount(_ text: String) -> Amount? {
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else {
            return nil
        }
        return Amount(text)
    }

    /// A dash standing for an empty cell.
    static func isBlankMark(_ text: String) -> Bool { ["-", "—", "－", "--", "——", "─"].contains(text) }

    /// Whether two extents on the x axis overlap (or touch, within `tolerance`).
    static func overlaps(_ a: (Double, Double), _ b: (Double, Double), tolerance: Double = 0) -> Bool {
        a.0 < b.1 + tolerance && b.0 < a.1 + tolerance
    }
}

/// The leaf columns of a table header of several levels (“三公”经费 over 小计, 因公出国（境）费, 公务用车购置及运行维护费
/// over 小计, 购置费, 运行维护费 …), from the positions of its words (docs/PDF.md, Jiangsu):
///
/// - letter-spaced characters on one line (`合   计`) are one phrase;
/// - a phrase over two or more phrases below it that stand apart (`公务用车购置及运行维护费` over `公务用车购` and
///   `公务用车运`) spans columns and is no column of its own;
/// - the other phrases that overlap on the x axis are one column's header cell (wrapped text, centred or not:
///   `因公` / `出国` / `（境）费`); its text is read top to bottom.
///
/// A cell's text never crosses into the next cell, and the texts of two cells are kept apart by their padding, so
/// every amount stands under its own column's header text (overlaps it, or comes within a point of it) or in the gap
/// beside it — never under another column's.
struct JiangsuHeaderGrid {
    /// A column: its header text and extent.
    struct Column {
        var text: String
        var low: Double
        var high: Double
    }

    /// Words of one line that belong together.
    struct Phrase {
        var words: [PDFWord]
        var low: Double { words.map(\.xMin).min() ?? 0 }
        var high: Double { words.map(\.xMax).max() ?? 0 }
        var top: Double { words.map(\.yMin).min() ?? 0 }
        var bottom: Double { words.map(\.yMax).max() ?? 0 }
        var text: String { words.map(\.text).joined() }
    }

    /// The columns, left to right.
    private(set) var columns: [Column] = []

    /// Texts less than this apart on the x axis (points) are in one cell: the texts of two cells are kept apart by
    /// both cells' padding.
    static let touching = 1.0

    /// The phrases of header lines: each word, with letter-spaced single characters on one line (`合   计`,
    /// `金   额`: evenly spaced, at most three characters' width apart) joined.
    static func phrases(of lines: [PDFLine]) -> [Phrase] {
        var phrases: [Phrase] = []
        for line in lines {
            var current: [PDFWord] = []
            for word in line.words.sorted(by: { $0.xMin < $1.xMin }) {
                let gap = word.xMin - (current.last?.xMax ?? 0)
                let spacing = current.count >= 2 ? current[1].xMin - current[0].xMax : gap
                if let last = current.last, last.text.count == 1, word.text.count == 1,
                    current.allSatisfy({ $0.text.count == 1 }), gap < 3 * max(word.height, last.height),
                    abs(gap - spacing) <= max(1, spacing * 0.25)
                {
                    current.append(word)
                } else {
                    if !current.isEmpty { phrases.append(Phrase(words: current)) }
                    current = [word]
                }
            }
            if !current.isEmpty { phrases.append(Phrase(words: current)) }
        }
        return phrases
    }

    init(headerLines: [PDFLine]) {
        let phrases = Self.phrases(of: headerLines)
        // A phrase spans columns when two phrases below it that it overlaps stand apart.
        let leaves = phrases.filter { phrase in
            let below = phrases.filter {
                $0.top >= phrase.bottom - 1 && JiangsuCells.overlaps(($0.low, $0.high), (phrase.low, phrase.high))
            }
            for (index, first) in below.enumerated() {
                for second in below[(index + 1)...]
                where !JiangsuCells.overlaps((first.low, first.high), (second.low, second.high)) {
                    return false
                }
            }
            return true
        }
        // Overlapping phrases form one header cell; so do phrases less than a point apart (text of two cells is
        // kept apart by the cells' padding: `小` / `计` wrapped one under the other, staggered).
        var groups: [[Phrase]] = []
        for phrase in leaves.sorted(by: { $0.low < $1.low }) {
            let touching = groups.indices.filter { index in
                groups[index].contains {
                    JiangsuCells.overlaps(($0.low, $0.high), (phrase.low, phrase.high), tolerance: Self.touching)
                }
            }
            if touching.isEmpty {
                groups.append([phrase])
            } else {
                var merged = [phrase]
                for index in touching.reversed() { merged += groups.remove(at: index) }
                groups.append(merged)
            }
        }
        columns = groups.map { group in
            let sorted = group.sorted { ($0.top, $0.low) < ($1.top, $1.low) }
            return Column(
                text: sorted.map(\.text).joined(),
                low: group.map(\.low).min() ?? 0,
                high: group.map(\.high).max() ?? 0
            )
        }.sorted { $0.low < $1.low }
    }

    /// The grid column of each expected column, matched in order by keyword (each grid column at most once); nil
    /// for a column whose header is not printed.
    func match(_ expected: [JiangsuColumn]) -> [Int?] {
        var result: [Int?] = []
        var next = 0
        for column in expected {
            let found = (next..<columns.count).first { index in
                column.keywords.contains { columns[index].text.contains($0) }
            }
            result.append(found)
            if let found { next = found + 1 }
        }
        return result
    }

    /// Where an amount stands: the one grid column whose header it overlaps, or the two between which it stands
    /// (`nil` below for left of the first or right of the last), or all the columns it overlaps when several.
    enum Placement: Equatable {
        case under(Int)
        case between(Int?, Int?)
        case across([Int])
    }

    func placement(of word: PDFWord) -> Placement {
        let overlapped = columns.indices.filter {
            JiangsuCells.overlaps((word.xMin, word.xMax), (columns[$0].low, columns[$0].high), tolerance: Self.touching)
        }
        if overlapped.count == 1 { return .under(overlapped[0]) }
        if overlapped.count > 1 { return .across(overlapped) }
        let right = columns.indices.first { columns[$0].low >= word.xMax }
        let left = columns.indices.last { columns[$0].high <= word.xMin }
        return .between(left, right)
    }

    /// The amounts of one row placed in grid columns: each amount under one column header goes there; an amount in
    /// the gap between two columns goes to the one of them not taken by an amount standing under it (a cell holds
    /// one amount, and amounts keep their order). Returns the column of every amount, or the first amount that
    /// cannot be placed with certainty and why.
    func place(_ words: [PDFWord]) -> Result<[Int], Unplaced> {
        let placements = words.map(placement(of:))
        var taken: [Int: Int] = [:]
        for (index, placement) in placements.enumerated() {
            guard case .under(let column) = placement else { continue }
            if taken[column] != nil {
                return .failure(Unplaced(word: words[index], candidates: [column], shared: true))
            }
            taken[column] = index
        }
        var result: [Int?] = Array(repeating: nil, count: words.count)
        for (column, index) in taken { result[index] = column }
        var open: [(index: Int, candidates: [Int])] = []
        for (index, placement) in placements.enumerated() {
            switch placement {
            case .under: continue
            case .across(let candidates):
                return .failure(Unplaced(word: words[index], candidates: candidates, shared: false))
            case .between(let left, let right): open.append((index, [left, right].compactMap { $0 }))
            }
        }
        // An amount beside a taken column goes to the other; placing one may decide the next.
        var progress = true
        while progress && !open.isEmpty {
            progress = false
            for (position, entry) in open.enumerated().reversed() {
                let free = entry.candidates.filter { taken[$0] == nil }
                guard free.count == 1 else { continue }
                taken[free[0]] = entry.index
                result[entry.index] = free[0]
                open.remove(at: position)
                progress = true
            }
        }
        if let entry = open.first {
            return .failure(Unplaced(word: words[entry.index], candidates: entry.candidates, shared: false))
        }
        let columns = result.compactMap { $0 }
        // Amounts keep their order left to right.
        let order = words.indices.sorted { words[$0].xMin < words[$1].xMin }
        for (first, second) in zip(order, order.dropFirst()) where columns[first] >= columns[second] {
            return .failure(Unplaced(word: words[second], candidates: [columns[second]], shared: true))
        }
        return .success(columns)
    }

    /// An amount that cannot be placed: the grid columns it may belong to; `shared` when another amount stands
    /// under the same header.
    struct Unplaced: Error {
        var word: PDFWord
        var candidates: [Int]
        var shared: Bool
    }
}
