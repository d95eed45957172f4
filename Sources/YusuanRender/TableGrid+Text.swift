import YusuanCore

extension TableGrid {
    /// The table in the published text layout: caption, title, 编制单位 and unit line each followed by a blank
    /// line, the rows as tab-separated cells, then the note — the same lines ``PublishedTextRenderer`` writes.
    public func publishedText(groupingThousands: Bool) -> String {
        var lines: [String] = []
        for line in [caption, title, compilingUnit.map { "编制单位：\($0)" }, unitLine].compactMap({ $0 }) {
            lines.append(line)
            lines.append("")
        }
        for row in rows {
            lines.append(row.cells.map { $0.text(groupingThousands: groupingThousands) }.joined(separator: "\t"))
        }
        if let note {
            lines.append("")
            lines.append(note)
        }
        lines.append("")
        return lines.map { $0 + "\n" }.joined()
    }
}
