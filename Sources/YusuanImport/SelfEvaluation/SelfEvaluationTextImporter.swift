import YusuanCore

/// Reads the 项目支出绩效自评表 of the published text layout (docs/IMPORT.md): after the tables, one block per
/// project, each starting with a line that names `项目支出绩效自评表`, its rows tab-separated as the national template prints
/// them.
enum SelfEvaluationTextImporter {
    /// The title every block starts with.
    static let title = "项目支出绩效自评表"

    /// The index of the first line that starts a self-evaluation block, or nil when the text has none: a title after
    /// the first table, or a title followed within three lines by the `项目名称` row (so that a sentence of the
    /// narrative naming the table starts no block).
    static func start(in lines: [TextLine]) -> Int? {
        // Most texts have none: one byte search per line decides.
        guard let first = lines.firstIndex(where: isTitle) else { return nil }
        var afterTables = lines[..<first].contains { line in
            !line.isTableRow && (TableTitles.caption(of: line) != nil || TableTitles.kind(ofTitle: line) != nil)
        }
        for index in first..<lines.count {
            let line = lines[index]
            if isTitle(line) {
                if afterTables { return index }
                let next = lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(3)
                if next.contains(where: { $0.isTableRow && $0.cells.first?.isBytes("项目名称") == true }) {
                    return index
                }
            } else if !afterTables, !line.isTableRow,
                TableTitles.caption(of: line) != nil || TableTitles.kind(ofTitle: line) != nil
            {
                afterTables = true
            }
        }
        return nil
    }

    /// Whether the line is a block's title: a line (no tab) of at most 60 characters that names the table
    /// (`项目支出绩效自评表`, `2024年度项目支出绩效自评表`, `项目支出绩效自评表（2024年度）`).
    static func isTitle(_ line: TextLine) -> Bool {
        guard !line.isTableRow, line.text.has("项目支出绩效自评表") else { return false }
        return line.trimmed.count <= 60
    }

    /// Reads every block of `lines` (which start with a title); nothing in them is left unread.
    static func read(_ lines: ArraySlice<TextLine>, file: String) throws -> [ProjectSelfEvaluation] {
        var reader = SelfEvaluationReader(file: file)
        var evaluations: [ProjectSelfEvaluation] = []
        var title: SelfEvaluationRow?
        var rows: [SelfEvaluationRow] = []
        for line in lines where !line.isBlank {
            let row = SelfEvaluationRow(
                number: line.number,
                cells: line.text.string.split(separator: "\t", omittingEmptySubsequences: false).map {
                    $0.trimmingSpaces()
                }
            )
            if isTitle(line) {
                if let title { evaluations.append(try reader.read(title: title, rows: rows)) }
                title = row
                rows = []
            } else {
                rows.append(row)
            }
        }
        if let title { evaluations.append(try reader.read(title: title, rows: rows)) }
        return evaluations
    }
}
