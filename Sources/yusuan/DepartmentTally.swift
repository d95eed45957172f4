import YusuanCore
import YusuanValidation

/// The per-department summary of `validate` (documents by year and kind, the parts among them validated alone, errors,
/// warnings, info), added up one report at a time so that no report needs to be kept. A department's budget and 决算
/// of one year are two documents, told apart by their kind (`2024年 预算`, `2024年 决算`).
struct DepartmentTally: Sendable {
    /// What the tally needs of one report.
    struct Item: Sendable {
        var department: String
        var year: Int
        /// 预算 or 决算: the report does not say, the document does.
        var kind: DocumentKind
        var isUnpaired: Bool
        var errors: Int
        var warnings: Int
        var info: Int

        init(_ report: ValidationReport, kind: DocumentKind) {
            department = report.department
            year = report.year
            self.kind = kind
            isUnpaired = report.unpairedContent != nil
            errors = report.errorCount
            warnings = report.warningCount
            info = report.infoCount
        }
    }

    private struct Line {
        var documents: [(year: Int, kind: DocumentKind)] = []
        var unpaired = 0
        var errors = 0
        var warnings = 0
        var info = 0
    }

    private var order: [String] = []
    private var lines: [String: Line] = [:]
    /// The number of reports added.
    private(set) var documents = 0

    /// Adds one report.
    mutating func add(_ item: Item) {
        documents += 1
        if lines[item.department] == nil { order.append(item.department) }
        var line = lines[item.department] ?? Line()
        line.documents.append((item.year, item.kind))
        if item.isUnpaired { line.unpaired += 1 }
        line.errors += item.errors
        line.warnings += item.warnings
        line.info += item.info
        lines[item.department] = line
    }

    /// One line per department in the order of their first report, or nothing for a single report.
    func text(language: Language) -> String {
        guard documents > 1 else { return "" }
        var text = language == .zh ? "按部门汇总：\n" : "By department:\n"
        for key in order {
            guard let line = lines[key] else { continue }
            let count = line.documents.count
            let years =
                language == .zh
                ? line.documents.map { "\($0.year)年 \($0.kind.rawValue)" }.joined(separator: "、")
                : line.documents.map { "\($0.year) \($0.kind == .budget ? "budget" : "final account")" }
                    .joined(separator: ", ")
            let unpaired = line.unpaired
            let parts =
                unpaired == 0 ? "" : language == .zh ? "，其中 \(unpaired) 份未配对" : ", \(unpaired) unpaired"
            text +=
                language == .zh
                ? "  \(key)（\(years)，\(count) 份\(parts)）：错误 \(line.errors)，警告 \(line.warnings)，提示 \(line.info)\n"
                : "  \(key) (\(years); \(count) documents\(parts)): \(line.errors) errors, \(line.warnings) warnings, \(line.info) info\n"
        }
        return text
    }
}
