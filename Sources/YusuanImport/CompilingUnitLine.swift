import YusuanCore

/// The fields of a `编制单位：…` line of a table: the compiling unit, and the unit of amounts when the line also
/// states it (`编制单位：重庆市… 单位：万元`).
struct CompilingUnitLine {
    /// The trimmed line the fields were read from.
    let text: TextSpan
    /// The compiling unit (empty when the line holds only the label).
    let value: String
    /// The `单位：…` part, when the line has one.
    let unitLine: String?

    /// Reads a trimmed line that starts with 编制单位.
    init(_ text: TextSpan) {
        self.text = text
        var value = String(text.string.dropFirst(4)).trimmingEnds(of: "：: ")
        var unitLine: String?
        if let range = value.byteRange(of: " 单位：") ?? value.byteRange(of: " 单位:") {
            unitLine = value[range.lowerBound...].trimmingSpaces()
            value = value[..<range.lowerBound].trimmingSpaces()
        }
        self.value = value
        self.unitLine = unitLine
    }
}
