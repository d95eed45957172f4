import Foundation
import YusuanCore

extension ChongqingPDFText {
    /// The labelled fields of 表十 and 表十一, in template order.
    static func fieldLabels(_ kind: TableKind) -> [String] {
        kind == .overallPerformance
            ? ["部门（单位）名称", "部门支出预算数", "当年整体绩效目标"]
            : ["项目名称", "主管部门", "当年预算", "项目概况", "立项依据", "当年绩效目标"]
    }

    /// 表十 and 表十一: rows of labelled fields (a label, its value beside it, wrapped over lines), then the
    /// 绩效指标 header and one row per indicator, whose cells are rebuilt from the header's columns. The
    /// `绩效指标` label spanning the indicator rows is printed somewhere beside them and is left out.
    mutating func appendForm(_ kind: TableKind, title: PDFLine, lines input: [PDFLine]) throws {
        let columnCount = kind == .overallPerformance ? 6 : 7
        let labels = Self.fieldLabels(kind)
        let lines: [PDFLine] = input.compactMap { line in
            var line = line
            line.words.removeAll { $0.text == "绩效指标" }
            return line.words.isEmpty ? nil : line
        }
        guard let headerIndex = lines.firstIndex(where: { $0.words.contains { $0.text == "指标权重" } }) else {
            throw ImportError(
                .truncated,
                file: file,
                line: input.last?.number ?? title.number,
                expected: "the 绩效指标 rows of \(kind.caption) (指标名称, 指标权重, …)",
                found: "none (the table is cut off, page \((input.last ?? title).page))"
            )
        }
        // Fields.
        let fieldLines = Array(lines[..<headerIndex])
        let labelWords = fieldLines.flatMap(\.words).filter { labels.contains($0.text) }
        for block in ChongqingRowBlocks.blocks(fieldLines, threshold: rowThreshold(Array(lines[headerIndex...]))) {
            let words = block.flatMap(\.words)
            let found = words.filter { labels.contains($0.text) }.sorted { $0.xMin < $1.xMin }
            var cells: [String] = []
            if found.isEmpty {
                cells = [
                    "",
                    ChongqingLineText.joined(
                        block.map { ChongqingLineText.text(of: $0.words) },
                        scriptSpacing: scriptSpacing
                    ),
                ]
            }
            for (index, label) in found.enumerated() {
                let limit = index + 1 < found.count ? found[index + 1].xMin : .infinity
                let value = block.map { line in
                    line.words.filter { !labels.contains($0.text) && $0.xMin >= label.xMax - 1 && $0.xMax <= limit + 1 }
                }.filter { !$0.isEmpty }.map(ChongqingLineText.text(of:))
                cells += [label.text, ChongqingLineText.joined(value, scriptSpacing: scriptSpacing)]
            }
            cells += Array(repeating: "", count: max(columnCount - cells.count, 0))
            append(
                cells.joined(separator: "\t"),
                from: block.first { $0.words.contains(where: { labels.contains($0.text) }) } ?? block[0]
            )
        }
        // Indicators.
        let headerLine = lines[headerIndex]
        let em = chongqingEm(lines)
        let header = ChongqingHeaderCells(lines: [headerLine], em: em)
        let rows = Array(lines[(headerIndex + 1)...])
        let labelColumn = labelWords.filter { $0.xMin < (header.cells.first?.words.map(\.xMin).min() ?? 0) }
        let labelAnchor = ChongqingColumnGrid.Anchor(
            low: labelColumn.map(\.xMin).min() ?? headerLine.xMin - em * 4,
            high: labelColumn.map(\.xMax).max() ?? headerLine.xMin - em
        )
        let grid = ChongqingColumnGrid(
            anchors: [labelAnchor] + header.cells.map(\.anchor),
            words: rows.flatMap(\.words) + labelColumn
        )
        append((["绩效指标"] + header.cells.map(\.text)).joined(separator: "\t"), from: headerLine)
        for block in ChongqingRowBlocks.blocks(rows, threshold: rowThreshold(rows)) {
            let cells = grid.cells(of: block, scriptSpacing: scriptSpacing)
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            append(cells.joined(separator: "\t"), from: block.first { ChongqingRowBlocks.hasNumber($0) } ?? block[0])
        }
    }
}
