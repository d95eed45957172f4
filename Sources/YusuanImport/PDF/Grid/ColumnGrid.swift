import Foundation

/// The columns of one page of a table: one per header cell without a cell below it (``HeaderCells/leaves``), and
/// between two columns a border in the stretch between their header texts that no word of the rows covers — the
/// stretch nearest the middle between the two header texts' centres when there are several (left-aligned names
/// start and right-aligned amounts end next to the border). Where every point between two header texts is
/// covered by some word, the border is not certain: the words crossing it are an ``GridTable/Issue``.
struct ColumnGrid {
    var columns: [GridTable.Column]
    /// The x positions between columns, left to right (one fewer than the columns).
    var borders: [Double]
    /// Borders that no stretch free of words confirmed.
    var uncertainBorders: Set<Int> = []
    var issues: [GridTable.Issue] = []
    let em: Double

    init?(header: [PDFLine], data: [PDFLine], em: Double) {
        self.em = em
        let cells = HeaderCells(lines: header, em: em)
        let leaves = cells.leaves
        guard !leaves.isEmpty else { return nil }
        columns = leaves.map { leaf in
            GridTable.Column(
                path: cells.parents(of: leaf).map(\.text) + [leaf.text],
                xMin: leaf.xMin,
                xMax: leaf.xMax
            )
        }
        let words = data.flatMap(\.words)
        borders = []
        for index in 0..<(leaves.count - 1) {
            let left = leaves[index]
            let right = leaves[index + 1]
            var low = left.xMax
            var high = right.xMin
            if high <= low {
                low = left.center
                high = right.center
            }
            let middle = (left.center + right.center) / 2
            let inside = words.filter { $0.xMax > low && $0.xMin < high }
            let spans = inside.map { (start: max($0.xMin, low), end: min($0.xMax, high)) }.sorted { $0.start < $1.start }
            var gaps: [(start: Double, end: Double)] = []
            var cursor = low
            for span in spans {
                if span.start > cursor + 0.2 { gaps.append((cursor, span.start)) }
                cursor = max(cursor, span.end)
            }
            if high > cursor + 0.2 { gaps.append((cursor, high)) }
            func distance(_ gap: (start: Double, end: Double)) -> Double {
                middle < gap.start ? gap.start - middle : (middle > gap.end ? middle - gap.end : 0)
            }
            if let best = gaps.min(by: { distance($0) < distance($1) }) {
                borders.append(distance(best) == 0 ? middle : (best.start + best.end) / 2)
            } else {
                borders.append(middle)
                uncertainBorders.insert(index)
            }
        }
    }

    private init(columns: [GridTable.Column], borders: [Double], em: Double) {
        self.columns = columns
        self.borders = borders
        self.em = em
    }

    /// The same columns on a continuation page printed without its header; the borders stay where they were,
    /// checked against the page's words.
    func continued(over data: [PDFLine]) -> ColumnGrid {
        var grid = ColumnGrid(columns: columns, borders: borders, em: em)
        for (index, border) in borders.enumerated()
        where data.contains(where: { line in line.words.contains { $0.xMin < border - 0.5 && $0.xMax > border + 0.5 } }) {
            grid.uncertainBorders.insert(index)
        }
        return grid
    }

    /// The column a word stands in, and whether it crosses a border (only a border no stretch free of words
    /// confirmed can be crossed: the others lie where no word is).
    func column(of word: PDFWord) -> (column: Int, crossesBorder: Bool) {
        let x = (word.xMin + word.xMax) / 2
        let column = borders.firstIndex { x < $0 } ?? borders.count
        let crosses = borders.contains { border in word.xMin < border - 0.5 && word.xMax > border + 0.5 }
        return (column, crosses)
    }
}
