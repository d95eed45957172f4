/// How a published text lays things out, kept so that a document can be written back the way it came.
///
/// None of these choices changes a figure; they record the template variant the department used.
public struct LayoutStyle: Sendable, Hashable, Codable {
    /// Amounts in tables carry thousand separators (`2,829.73`).
    public var groupsThousands: Bool
    /// Captions are written with a colon (`表一：`) rather than bare (`表一`).
    public var captionsHaveColon: Bool
    /// The 合计 label of coded tables stands in the code column (2024) rather than the name column (2025).
    public var totalLabelInCodeColumn: Bool

    public init(groupsThousands: Bool = false, captionsHaveColon: Bool = true, totalLabelInCodeColumn: Bool = true) {
        self.groupsThousands = groupsThousands
        self.captionsHaveColon = captionsHaveColon
        self.totalLabelInCodeColumn = totalLabelInCodeColumn
    }
}
