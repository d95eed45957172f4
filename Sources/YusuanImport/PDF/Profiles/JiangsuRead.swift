import YusuanCore

/// A Jiangsu table as read: its amount columns and rows, and what could not be read with certainty.
struct JiangsuRead {
    var columns: [String]
    var rows: [GenericRow]
    var problem: JiangsuReadingProblem?
}

/// Why a table was not read with certainty (an amount between two columns, two amounts in one cell), in Chinese
/// and English, and where: it becomes a ``TableReadingIssue``.
struct JiangsuReadingProblem {
    var reason: String
    var reasonEnglish: String
    var line: Int?
}
