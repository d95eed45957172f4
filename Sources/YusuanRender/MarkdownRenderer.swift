import Foundation
import YusuanCore

/// Writes a disclosure as Markdown (GitHub flavour): the narrative as headings and paragraphs, each table with
/// its caption, title and unit line, the two-level header flattened into one (`支出 / 合计`), amounts
/// right-aligned, and the note. Form tables (表十, 表十一) list their fields and then the indicator table.
public struct MarkdownRenderer: DisclosureRenderer {
    public init() {}

    public var fileExtension: String { "md" }

    public func render(_ disclosure: Disclosure) throws -> Data { Data(markdown(disclosure).utf8) }

    /// The document as a string.
    public func markdown(_ disclosure: Disclosure) -> String {
        let narrative = disclosure.narrative
        var out = "# \(Self.escaped(disclosure.identity.departmentName))\n\n## \(Self.escaped(narrative.title))\n\n"
        for block in narrative.blocks {
            switch block.kind {
            case .heading: out += "### \(Self.escaped(block.text))\n\n"
            case .subheading: out += "#### \(Self.escaped(block.text))\n\n"
            case .paragraph: out += "\(Self.escaped(block.text))\n\n"
            }
        }
        if let contact = narrative.contact {
            var line = "\(contact.label)：\(contact.person)"
            if let phone = contact.phone { line += " 联系方式：\(phone)" }
            out += "\(Self.escaped(line))\n\n"
        }
        let grouping = disclosure.layout.groupsThousands
        for grid in TableGrids.make(disclosure) { writeTable(grid, grouping: grouping, into: &out) }
        out += SelfEvaluationPageWriter.markdown(disclosure.tables.projectSelfEvaluations ?? [])
        return out
    }

    private func writeTable(_ grid: TableGrid, grouping: Bool, into out: inout String) {
        out += "---\n\n## "
        if let caption = grid.caption { out += Self.escaped(caption) + " " }
        out += Self.escaped(grid.title) + "\n\n"
        if let unit = grid.compilingUnit { out += "编制单位：\(Self.escaped(unit))\n\n" }
        if let unitLine = grid.unitLine { out += "\(Self.escaped(unitLine))\n\n" }
        if grid.headerRowCount > 0 {
            writeGrid(header: grid.flattenedHeaders, rows: Array(grid.bodyRows), grouping: grouping, into: &out)
        } else {
            var indicatorHeader: [String] = []
            var indicators: [GridRow] = []
            for row in grid.rows {
                switch row.role {
                case .indicatorHeader:
                    indicatorHeader = row.cells.dropFirst().map { $0.text(groupingThousands: grouping) }
                case .indicator:
                    indicators.append(GridRow(role: .indicator, cells: Array(row.cells.dropFirst())))
                default:
                    writeFields(row, grouping: grouping, into: &out)
                }
            }
            out += "\n"
            if !indicatorHeader.isEmpty {
                out += "**绩效指标**\n\n"
                writeGrid(header: indicatorHeader, rows: indicators, grouping: grouping, into: &out)
            }
        }
        if let note = grid.note { out += "> \(Self.escaped(note))\n\n" }
    }

    /// A form row as `- **label**：value` items.
    private func writeFields(_ row: GridRow, grouping: Bool, into out: inout String) {
        var label: String?
        for cell in row.cells {
            if case .covered = cell.value { continue }
            let text = Self.escaped(cell.text(groupingThousands: grouping))
            if cell.scope != nil {
                if let pending = label { out += "- **\(pending)**：\n" }
                label = text
            } else {
                out += "- **\(label ?? "")**：\(text)\n"
                label = nil
            }
        }
        if let pending = label { out += "- **\(pending)**：\n" }
    }

    private func writeGrid(header: [String], rows: [GridRow], grouping: Bool, into out: inout String) {
        // Right-align a column that holds amounts and no text (blank columns of amount tables included).
        let numeric = header.indices.map { column in
            !rows.contains { row in
                guard column < row.cells.count, case .text(let text) = row.cells[column].value else { return false }
                return !text.isEmpty
            } && !rows.isEmpty
        }
        out += "| " + header.map(Self.escaped).joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            let cells = row.cells.map { Self.escaped($0.text(groupingThousands: grouping)) }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n"
    }

    /// The text with Markdown and HTML syntax characters escaped, so it shows as written.
    static func escaped(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where Self.special.contains(byte) {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#":
                result.append("\\")
                result.append(character)
            default: result.append(character)
            }
        }
        return result
    }

    private static let special: Set<UInt8> = Set("&<>\\`*_[]|#".utf8)
}
