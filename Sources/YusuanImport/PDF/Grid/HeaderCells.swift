import Foundation

/// The header of a table as cells: words close together on a line form a phrase, a phrase continued on the next
/// line at the same centre (or the same left edge) is one cell wrapped over lines, and a cell with another cell
/// below it is a spanning header (`“三公”经费预算数` over 合计 … 运行费), not a column.
struct HeaderCells {
    struct Cell {
        var text: String
        var xMin: Double
        var xMax: Double
        var yMin: Double
        var yMax: Double
        /// The last line's y (a wrapped cell continues below its last line only).
        var lastY: Double
        var lastXMin: Double
        var lastXMax: Double

        var center: Double { (xMin + xMax) / 2 }
    }

    var cells: [Cell] = []
    let em: Double

    init(lines: [PDFLine], em: Double) {
        self.em = em
        // The phrases of each line, left to right.
        var lineCells: [[Cell]] = []
        for line in lines {
            var phrases: [Cell] = []
            var current: [PDFWord] = []
            func flush() {
                guard !current.isEmpty else { return }
                phrases.append(
                    Cell(
                        text: current.map(\.text).joined(),
                        xMin: current.map(\.xMin).min()!,
                        xMax: current.map(\.xMax).max()!,
                        yMin: current.map(\.yMin).min()!,
                        yMax: current.map(\.yMax).max()!,
                        lastY: current.map(\.yCenter).reduce(0, +) / Double(current.count),
                        lastXMin: current.map(\.xMin).min()!,
                        lastXMax: current.map(\.xMax).max()!
                    )
                )
                current = []
            }
            for word in Self.joiningSpacedLetters(line.words.sorted(by: { $0.xMin < $1.xMin }), em: em) {
                // A full-width bracket carries half an em of space on its open side (`因公出国` `（境）费`).
                let bracket =
                    word.text.hasPrefix("（") || word.text.hasPrefix("(") || current.last?.text.hasSuffix("）") == true
                    || current.last?.text.hasSuffix(")") == true
                if let last = current.last, word.xMin - last.xMax > em * (bracket ? 0.8 : 0.45) { flush() }
                current.append(word)
            }
            flush()
            lineCells.append(phrases)
        }
        let allPhrases = lineCells.flatMap { $0 }
        let wrapPitch = Self.wrapPitch(allPhrases, em: em)
        // Each cell with the line of its last phrase.
        var open: [(cell: Cell, line: Int)] = []
        for (lineIndex, phrases) in lineCells.enumerated() {
            for phrase in phrases {
                let height = phrase.yMax - phrase.yMin
                let continued = open.lastIndex { entry in
                    let cell = entry.cell
                    let gap = phrase.lastY - cell.lastY
                    let centred = abs((cell.lastXMin + cell.lastXMax) / 2 - phrase.center) < em * 0.75
                    let leftAligned = abs(cell.lastXMin - phrase.xMin) < em * 0.5
                    // Lines of a wrapped cell follow at the text's line spacing (up to about twice the glyph
                    // height); a spanning header stands over cells with nothing above them on its own line.
                    return gap > height * 0.5 && gap < height * 2.6
                        && (gap < height * 1.35 || wrapPitch.map { gap < $0 * 1.35 } ?? true)
                        && (centred || leftAligned)
                        && phrase.xMax - phrase.xMin <= cell.lastXMax - cell.lastXMin + em * 0.6
                        && !hasOtherCellsBelow(cell, continuation: phrase, in: allPhrases)
                        && (gap < height * 1.35
                            || !spansOrphans(cell, upper: lineCells[entry.line], lower: phrases, except: phrase))
                }
                if let index = continued {
                    open[index].cell.text += phrase.text
                    open[index].cell.xMin = min(open[index].cell.xMin, phrase.xMin)
                    open[index].cell.xMax = max(open[index].cell.xMax, phrase.xMax)
                    open[index].cell.yMax = max(open[index].cell.yMax, phrase.yMax)
                    open[index].cell.lastY = phrase.lastY
                    open[index].cell.lastXMin = phrase.xMin
                    open[index].cell.lastXMax = phrase.xMax
                    open[index].line = lineIndex
                } else {
                    open.append((phrase, lineIndex))
                }
            }
        }
        cells = open.map(\.cell)
    }

    /// The line spacing of the header's wrapped cells where a line is seen continued right below at the text's
    /// spacing (`2025年预算` over `数`): a phrase farther below than that is not the next line of a wrapped cell
    /// but a header of its own (`基本支出` two lines under `2026年预算数`, with a line of another cell between).
    /// Nil when no such pair is seen: a header printed with wider spacing keeps the general bound.
    static func wrapPitch(_ phrases: [Cell], em: Double) -> Double? {
        var pitch: Double?
        for upper in phrases {
            let height = upper.yMax - upper.yMin
            for lower in phrases {
                let gap = lower.lastY - upper.lastY
                guard gap > height * 0.5, gap < height * 1.35,
                    abs(upper.center - lower.center) < em * 0.75 || abs(upper.xMin - lower.xMin) < em * 0.5,
                    lower.xMax - lower.xMin <= upper.xMax - upper.xMin
                else { continue }
                pitch = min(pitch ?? gap, gap)
            }
        }
        return pitch
    }

    /// Whether phrases other than a candidate continuation (and its own continuations, centred like it) stand below
    /// a cell and overlap it: the cell spans their columns (`功能分类科目编码` over `类` `款` `项`; `公务用车购置及运行费`
    /// over `小计`, `公务用车购置费`, `公务用车运行维护费` printed at staggered heights).
    private func hasOtherCellsBelow(_ cell: Cell, continuation: Cell, in phrases: [Cell]) -> Bool {
        let height = cell.yMax - cell.yMin
        return phrases.contains { other in
            other.lastY > cell.lastY + height * 0.5 && other.lastY < cell.lastY + height * 3.2
                && abs(other.center - continuation.center) >= em * 0.75
                && min(other.xMax, cell.xMax) - max(other.xMin, cell.xMin) > 0.5
        }
    }

    /// Whether a phrase stands centred over phrases of the next line that have nothing above them on its own line
    /// (`一般公共预算支出` over `小计`, `其中：基本支出`, `项目支出`): a spanning header, not the first line of a cell
    /// wrapped onto the next.
    private func spansOrphans(_ cell: Cell, upper: [Cell], lower: [Cell], except: Cell) -> Bool {
        let centre = (cell.lastXMin + cell.lastXMax) / 2
        let others = lower.filter { $0.center != except.center || $0.xMin != except.xMin }
        guard let left = others.filter({ $0.center < centre }).max(by: { $0.center < $1.center }),
            let right = others.filter({ $0.center > centre }).min(by: { $0.center < $1.center })
        else { return false }
        func isOrphan(_ phrase: Cell) -> Bool {
            !upper.contains { $0.center > phrase.xMin - em * 0.5 && $0.center < phrase.xMax + em * 0.5 }
        }
        return isOrphan(left) && isOrphan(right)
    }

    /// Words of single characters printed letter-spaced (`收   入`, `项   目`) joined into one word; the parts of a
    /// code header (`类  款  项`) stay apart.
    static func joiningSpacedLetters(_ words: [PDFWord], em: Double) -> [PDFWord] {
        var result: [PDFWord] = []
        var lastWasLetter = false
        for word in words {
            defer { lastWasLetter = Self.isSingleIdeograph(word.text) }
            if let last = result.last, lastWasLetter, Self.isSingleIdeograph(word.text), last.text.count < 4,
                word.xMin - last.xMax < em * 4.5,
                !(Self.codeParts.contains(word.text) && Self.codeParts.contains(String(last.text.last!)))
            {
                result[result.count - 1] = PDFWord(
                    text: last.text + word.text,
                    xMin: last.xMin,
                    yMin: min(last.yMin, word.yMin),
                    xMax: word.xMax,
                    yMax: max(last.yMax, word.yMax),
                    page: word.page
                )
            } else {
                result.append(word)
            }
        }
        return result
    }

    private static let codeParts: Set<String> = ["类", "款", "项"]

    private static func isSingleIdeograph(_ text: String) -> Bool {
        guard text.count == 1, let scalar = text.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value)
    }

    /// Whether a cell is a header spanning columns: a cell below it overlaps it, or it stands centred between two
    /// cells below it with no other cell of its own height between them (`收入` over `项目` and `预算数`).
    func isSpanning(_ cell: Cell) -> Bool {
        let below = cells.filter { $0.yMin >= cell.yMax - 1 }
        if below.contains(where: { min($0.xMax, cell.xMax) - max($0.xMin, cell.xMin) > 0.5 }) { return true }
        guard let left = below.filter({ $0.center < cell.center }).max(by: { $0.center < $1.center }),
            let right = below.filter({ $0.center > cell.center }).min(by: { $0.center < $1.center })
        else { return false }
        // No other cell at its own height stands between the two.
        return !cells.contains { other in
            other.yMin < cell.yMax - 1 && other.yMax > cell.yMin + 1 && other.center > left.center
                && other.center < right.center && !(other.center == cell.center && other.yMin == cell.yMin)
        }
    }

    /// The cells of the columns (no cell below them), left to right.
    var leaves: [Cell] { cells.filter { !isSpanning($0) }.sorted { $0.center < $1.center } }

    /// The spanning cells above a leaf, from the top: at each height, the spanning cell whose columns
    /// (``columns(spannedBy:)``) include the leaf, when the leaf does not itself reach up to that height.
    func parents(of leaf: Cell) -> [Cell] {
        let leaves = self.leaves
        return levels(above: leaf).compactMap { level in
            level.filter { columns(spannedBy: $0, among: leaves).contains { $0.center == leaf.center } }
                .min { abs($0.center - leaf.center) < abs($1.center - leaf.center) }
        }
    }

    /// The spanning cells above a leaf grouped by height, from the top.
    private func levels(above leaf: Cell) -> [[Cell]] {
        let spanning = cells.filter(isSpanning).filter { $0.yMax <= leaf.yMin + 1 }
        var levels: [[Cell]] = []
        for cell in spanning.sorted(by: { $0.yMin < $1.yMin }) {
            if let index = levels.firstIndex(where: { level in
                level.contains { min($0.yMax, cell.yMax) - max($0.yMin, cell.yMin) > 0 }
            }) {
                levels[index].append(cell)
            } else {
                levels.append([cell])
            }
        }
        return levels
    }

    /// The columns a spanning cell stands over. The spanning cells printed side by side at its height (up to a
    /// column whose own header reaches that height) stand over consecutive runs of columns, each printed centred
    /// over its run: the runs are fitted so that every cell's centre is the middle of its run, the widest fit
    /// first (`公务用车购置及运行维护费` alone on the top line over the last nine of eighteen columns; `本年收入` over
    /// ten columns and `上年结转结余` over six beside it). Where no such fit exists (headers not centred), each
    /// cell takes the columns nearer to it than to its neighbours.
    func columns(spannedBy cell: Cell, among leaves: [Cell]) -> [Cell] {
        let besideIt = cells.filter { $0.yMin < cell.yMax - 1 && $0.yMax > cell.yMin + 1 }
            .sorted { $0.center < $1.center }
        guard let position = besideIt.firstIndex(where: { $0.center == cell.center && $0.yMin == cell.yMin }) else {
            return []
        }
        // The run of spanning cells the cell belongs to, between the columns whose headers reach its height.
        var first = position
        while first > 0, isSpanning(besideIt[first - 1]) { first -= 1 }
        var last = position
        while last < besideIt.count - 1, isSpanning(besideIt[last + 1]) { last += 1 }
        let run = Array(besideIt[first...last])
        let leftLimit = first > 0 ? besideIt[first - 1].center : -Double.infinity
        let rightLimit = last < besideIt.count - 1 ? besideIt[last + 1].center : Double.infinity
        let below = leaves.filter { $0.yMin >= cell.yMax - 1 && $0.center > leftLimit && $0.center < rightLimit }
        let index = position - first
        if let edges = Self.centredRuns(centres: run.map(\.center), columns: below.map(\.center)) {
            return below.filter { $0.center > edges[index] && $0.center < edges[index + 1] }
        }
        let leftEdge = index > 0 ? (run[index - 1].center + cell.center) / 2 : -Double.infinity
        let rightEdge = index < run.count - 1 ? (run[index + 1].center + cell.center) / 2 : Double.infinity
        return below.filter { $0.center > leftEdge && $0.center < rightEdge }
    }

    /// The edges of consecutive runs of columns, one run per centre, each centre the middle of its run (within a
    /// third of the narrowest column), the widest such fit; nil when none fits.
    static func centredRuns(centres: [Double], columns: [Double]) -> [Double]? {
        let gaps = zip(columns.dropFirst(), columns).map { $0 - $1 }
        guard let narrowest = gaps.min(), let first = centres.first else { return nil }
        let tolerance = narrowest / 3
        // The possible edges: before the first column, between columns, after the last.
        let boundaries =
            [columns[0] - gaps[0] / 2] + zip(columns, columns.dropFirst()).map { ($0 + $1) / 2 }
            + [columns[columns.count - 1] + gaps[gaps.count - 1] / 2]
        func nearest(_ x: Double) -> Double? {
            boundaries.min { abs($0 - x) < abs($1 - x) }.flatMap { abs($0 - x) <= tolerance ? $0 : nil }
        }
        for start in boundaries where start < first {
            var edges = [start]
            var edge = start
            for centre in centres {
                guard let next = nearest(2 * centre - edge), next > centre,
                    edges.count == centres.count || next < centres[edges.count]
                else { break }
                edges.append(next)
                edge = next
            }
            if edges.count == centres.count + 1 { return edges }
        }
        return nil
    }
}
