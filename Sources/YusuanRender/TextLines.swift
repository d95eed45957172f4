/// An ordered list of output lines, written one after another and joined with `\n` at the end.
struct TextLines {
    private(set) var lines: [String] = []

    /// Appends one line.
    mutating func line(_ text: String) { lines.append(text) }

    /// Appends one line made of tab-separated cells.
    mutating func row(_ cells: [String]) { lines.append(cells.joined(separator: "\t")) }

    /// Appends an empty line.
    mutating func blank() { lines.append("") }

    /// The text, every line ended by a newline.
    var text: String { lines.map { $0 + "\n" }.joined() }
}
