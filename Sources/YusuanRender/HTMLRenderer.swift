import Foundation
import YusuanCore

/// Writes a disclosure as one self-contained HTML page: inline CSS with a print stylesheet for A4, the
/// narrative, then every table in the official layout with merged two-level headers (`<th scope=…>`), the unit
/// line and the note. All text is escaped, so a name that contains markup stays text.
public struct HTMLRenderer: DisclosureRenderer {
    public init() {}

    public var fileExtension: String { "html" }

    public func render(_ disclosure: Disclosure) throws -> Data { Data(html(disclosure).utf8) }

    /// The page as a string.
    public func html(_ disclosure: Disclosure) -> String {
        let identity = disclosure.identity
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"yusuan\">\n"
        out += "<title>\(e(identity.departmentName)) \(e(disclosure.narrative.title))</title>\n"
        out += "<style>\n\(Self.stylesheet)</style>\n</head>\n<body>\n"
        writeNarrative(disclosure, into: &out)
        let grouping = disclosure.layout.groupsThousands
        for (index, grid) in TableGrids.make(disclosure).enumerated() {
            writeTable(grid, id: "table-\(index + 1)", grouping: grouping, into: &out)
        }
        out += SelfEvaluationPageWriter.html(disclosure.tables.projectSelfEvaluations ?? [])
        out += "</body>\n</html>\n"
        return out
    }

    private func e(_ text: String) -> String { HTMLEscaping.escaped(text) }

    private func writeNarrative(_ disclosure: Disclosure, into out: inout String) {
        let narrative = disclosure.narrative
        out += "<section class=\"narrative\">\n"
        out += "<p class=\"department\">\(e(disclosure.identity.departmentName))</p>\n"
        out += "<h1>\(e(narrative.title))</h1>\n"
        for block in narrative.blocks {
            switch block.kind {
            case .heading: out += "<h2>\(e(block.text))</h2>\n"
            case .subheading: out += "<h3>\(e(block.text))</h3>\n"
            case .paragraph: out += "<p>\(e(block.text))</p>\n"
            }
        }
        if let contact = narrative.contact {
            var line = "\(contact.label)：\(contact.person)"
            if let phone = contact.phone { line += " 联系方式：\(phone)" }
            out += "<p class=\"contact\">\(e(line))</p>\n"
        }
        out += "</section>\n"
    }

    private func writeTable(_ grid: TableGrid, id: String, grouping: Bool, into out: inout String) {
        out += "<section class=\"table \(e(grid.identifier))\" id=\"\(id)\">\n"
        if let caption = grid.caption { out += "<p class=\"caption\">\(e(caption))</p>\n" }
        out += "<h2 class=\"title\">\(e(grid.title))</h2>\n"
        if let unit = grid.compilingUnit { out += "<p class=\"compiler\">编制单位：\(e(unit))</p>\n" }
        if let unitLine = grid.unitLine { out += "<p class=\"unit\">\(e(unitLine))</p>\n" }
        out += "<table>\n"
        if grid.headerRowCount > 0 {
            out += "<thead>\n"
            for row in grid.headerRows { writeRow(row, grouping: grouping, into: &out) }
            out += "</thead>\n"
        }
        out += "<tbody>\n"
        for row in grid.bodyRows { writeRow(row, grouping: grouping, into: &out) }
        out += "</tbody>\n</table>\n"
        if let note = grid.note { out += "<p class=\"note\">\(e(note))</p>\n" }
        out += "</section>\n"
    }

    private func writeRow(_ row: GridRow, grouping: Bool, into out: inout String) {
        out += row.role == .body ? "<tr>" : "<tr class=\"\(row.role.rawValue)\">"
        for cell in row.cells {
            if case .covered = cell.value { continue }
            var attributes = ""
            if cell.columnSpan > 1 { attributes += " colspan=\"\(cell.columnSpan)\"" }
            if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
            let text = e(cell.text(groupingThousands: grouping))
            if let scope = cell.scope {
                out += "<th scope=\"\(scope.rawValue)\"\(attributes)>\(text)</th>"
            } else {
                switch cell.value {
                case .amount, .plainNumber: out += "<td class=\"num\"\(attributes)>\(text)</td>"
                default: out += "<td\(attributes)>\(text)</td>"
                }
            }
        }
        out += "</tr>\n"
    }

    static let stylesheet = """
        :root { color-scheme: light; }
        body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "PingFang SC", \
        "Microsoft YaHei", "SimSun", sans-serif; font-size: 14px; line-height: 1.6; color: #111; background: #fff; \
        max-width: 1100px; margin: 2em auto; padding: 0 1em; }
        .department { font-size: 1.2em; font-weight: bold; text-align: center; margin: 0; }
        h1 { font-size: 1.5em; text-align: center; margin: 0.4em 0 1em; }
        h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; }
        h3 { font-size: 1.05em; margin: 0.8em 0 0.3em; }
        .narrative p { text-indent: 2em; margin: 0.4em 0; }
        .narrative p.department, .narrative p.contact { text-indent: 0; }
        section.table { margin-top: 2.5em; }
        .caption { font-weight: bold; margin: 0; }
        h2.title { text-align: center; margin: 0.2em 0 0.6em; }
        .compiler { margin: 0.2em 0; }
        .unit { text-align: right; margin: 0.2em 0; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: middle; }
        thead th, tr.indicatorHeader th { background: #ddebf7; text-align: center; }
        tr.field th { background: #f2f2f2; white-space: nowrap; }
        tbody th { font-weight: normal; text-align: left; }
        tr.field th, tr.indicatorHeader th { font-weight: bold; }
        tr.total th, tr.total td { font-weight: bold; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.field td.num { text-align: left; }
        .note { font-size: 0.95em; margin: 0.5em 0; }
        @page { size: A4; margin: 15mm 12mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
          table { font-size: 9pt; }
          section.table { break-before: page; margin-top: 0; }
          thead { display: table-header-group; }
          tr, th, td { break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; }
        }

        """
}
