import ArgumentParser
import Foundation

/// The output formats of the `db`, `compare` and `rollup` commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// A result as columns and rows of text, printed as an aligned table, CSV or JSON.
struct OutputTable {
    struct Column {
        /// The JSON key and CSV header.
        var key: String
        /// The header of the text table.
        var header: String
        /// Right-aligned (amounts) in the text table.
        var isNumeric = false
    }

    var title: String?
    var columns: [Column]
    var rows: [[String?]] = []
    /// Lines printed under the text table and kept in JSON as `notes`.
    var notes: [String] = []
    /// What the text table prints for a missing value (CSV leaves the cell empty, JSON writes null).
    var missing = "-"

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: renderText()
        case .csv: renderCSV()
        case .json: renderJSON()
        }
    }

    private func renderText() -> String {
        var widths = columns.map { Self.displayWidth($0.header) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Self.displayWidth(cell ?? missing))
            }
        }
        func line(_ cells: [String], numeric: [Bool]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: max(0, widths[index] - Self.displayWidth(cell)))
                parts.append(numeric[index] ? padding + cell : cell + padding)
            }
            return parts.joined(separator: "  ").replacingOccurrences(
                of: "\\s+$",
                with: "",
                options: .regularExpression
            )
        }
        var output = title.map { $0 + "\n" } ?? ""
        let numeric = columns.map(\.isNumeric)
        output += line(columns.map(\.header), numeric: numeric) + "\n"
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { output += line(row.map { $0 ?? missing }, numeric: numeric) + "\n" }
        for note in notes { output += note + "\n" }
        return output
    }

    private func renderCSV() -> String {
        func escape(_ value: String) -> String {
            value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        var output = columns.map { escape($0.key) }.joined(separator: ",") + "\n"
        for row in rows { output += row.map { escape($0 ?? "") }.joined(separator: ",") + "\n" }
        return output
    }

    private func renderJSON() -> String {
        var object: [String: Any] = [:]
        if let title { object["title"] = title }
        object["rows"] = rows.map { row in
            var item: [String: Any] = [:]
            for (column, cell) in zip(columns, row) { item[column.key] = cell ?? NSNull() }
            return item
        }
        if !notes.isEmpty { object["notes"] = notes }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object,
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            )
        else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Terminal columns: East Asian wide and full-width characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x201C, 0x201D:
                width + 2
            default: width + 1
            }
        }
    }
}
