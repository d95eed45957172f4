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

    /// The header cells of the columns, whose texts anchor the borders.
    private let anchors: [HeaderCells.Cell]

    init?(header: [PDFLine], data: [PDFLine], em: Double) {
        self.em = em
        let cells = HeaderCells(lines: header, em: em)
        let leaves = cells.leaves
        guard !leaves.isEmpty else { return nil }
        anchors = leaves
        columns = leaves.map { leaf in
            GridTable.Column(
                path: cells.parents(of: leaf).map(\.text) + [leaf.text],
                xMin: leaf.xMin,
                xMax: leaf.xMax
            )
        }
        (borders, uncertainBorders) = Self.borders(between: leaves, words: data.flatMap(\.words))
    }

    private init(columns: [GridTable.Column], anchors: [HeaderCells.Cell], data: [PDFLine], em: Double) {
        self.columns = columns
        self.anchors = anchors
        self.em = em
        (borders, uncertainBorders) = Self.borders(between: anchors, words: data.flatMap(\.words))
    }

    /// The same columns on a continuation page printed without its header: the borders found again between the
    /// first page's header texts, from this page's words.
    func continued(over data: [PDFLine]) -> ColumnGrid {
        ColumnGrid(columns: columns, anchors: anchors, data: data, em: em)
    }

    /// The border between each two neighbouring header texts: the middle of the stretch free of words nearest the
    /// middle between the two texts' centres; where no stretch is free, the middle between the centres, uncertain.
    private static func borders(between leaves: [HeaderCells.Cell], words: [PDFWord]) -> ([Double], Set<Int>) {
        var borders: [Double] = []
        var uncertain: Set<Int> = []
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
            let gaps = wordGaps(words, from: low, to: high, margin: 0.2).gaps
            func distance(_ gap: (start: Double, end: Double)) -> Double {
                middle < gap.start ? gap.start - middle : (middle > gap.end ? middle - gap.end : 0)
            }
            if let best = gaps.min(by: { distance($0) < distance($1) }) {
                borders.append(distance(best) == 0 ? middle : (best.start + best.end) / 2)
            } else {
                borders.append(middle)
                uncertain.insert(index)
            }
        }
        return (borders, uncertain)
    }

    /// The column an x position lies in.
    func column(startingAt x: Double) -> Int { borders.firstIndex { x < $0 } ?? borders.count }

    /// The column a word stands in, and whether it crosses a border (only a border no stretch free of words
    /// confirmed can be crossed: the others lie where no word is).
    func column(of word: PDFWord) -> (column: Int, crossesBorder: Bool) {
        let x = (word.xMin + word.xMax) / 2
        let column = borders.firstIndex { x < $0 } ?? borders.count
        let crosses = borders.contains { border in word.xMin < border - 0.5 && word.xMax > border + 0.5 }
        return (column, crosses)
    }
}
