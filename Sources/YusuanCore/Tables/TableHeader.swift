/// What stands above and below every table: caption, title, unit line, and the note under it.
public struct TableHeader: Sendable, Hashable, Codable {
    /// The caption as numbered in the document (`表一`), when there is one.
    public var caption: String?
    /// The title line (`2024年重庆市南岸区政务服务管理办公室财政拨款收支总表`).
    public var title: String
    /// The unit line (`单位：万元`), when there is one.
    public var unitLine: String?
    /// The note under the table (`备注：本部门无该项收支，故此表无数据。`), when there is one.
    public var note: String?
    /// The line of the title.
    public var line: SourceLine?
    /// The line of the note.
    public var noteLine: SourceLine?
    /// The unit of the table's amounts when it differs from the document's or is read from a PDF (`nil`: the
    /// document's unit, ``DocumentIdentity/unit``).
    public var unit: AmountUnit?

    public init(
        caption: String?,
        title: String,
        unitLine: String? = "单位：万元",
        note: String? = nil,
        line: SourceLine? = nil,
        noteLine: SourceLine? = nil,
        unit: AmountUnit? = nil
    ) {
        self.caption = caption
        self.title = title
        self.unitLine = unitLine
        self.note = note
        self.line = line
        self.noteLine = noteLine
        self.unit = unit
    }
}
