import Testing

@testable import YusuanCore
@testable import YusuanImport

/// `SourceBreakdownParser.sourceColumns(_:)` returns the shared standard column names when the header cells hold
/// exactly their bytes: it must give the texts the parser made before (the non-empty cells after 总计, or the
/// standard columns when there are none), for the standard header and for every near miss.
@Suite struct SourceColumnsTests {
    static let standard = SourceBreakdownTable.standardSourceColumns

    static let headers: [[String]] = [
        standard,
        ["", ""] + standard + [""],
        [],
        ["", " "].filter { $0.isEmpty },
        Array(standard.dropLast()),
        standard + ["其他收入"],
        Array(standard.reversed()),
        ["一般公共预算拨款收入", "事业收入"],
        standard.map { $0 == "事业收入" ? "事业收入 " : $0 },
        standard.map { $0 == "事业收入" ? "事业\u{3000}收入" : $0 },
        ["一般公共预算拨款", "其他收入"],
        ["e\u{301}", "\u{E9}"],
    ]

    /// The columns as the parser read them before: the non-empty cells as strings, or the standard columns.
    static func reference(_ cells: [String]) -> [String] {
        let sources = cells.filter { !$0.isEmpty }
        return sources.isEmpty ? standard : sources
    }

    @Test(arguments: headers) func sourceColumnsAreTheNonEmptyCellTexts(_ cells: [String]) {
        let text = cells.joined(separator: "\t")
        let arena = TextArena()
        let columns: [String] = withExtendedLifetime(arena) {
            text.withBytes { bytes in
                let row = TextSpan(bytes)
                var spans: [TextSpan] = []
                var start = 0
                for cell in cells {
                    spans.append(row[start..<(start + cell.utf8.count)])
                    start += cell.utf8.count + 1
                }
                let line = arena.row(spans)
                return SourceBreakdownParser.sourceColumns(line[...])
            }
        }
        #expect(columns == Self.reference(cells))
        #expect(columns.map { Array($0.utf8) } == Self.reference(cells).map { Array($0.utf8) })
    }
}
