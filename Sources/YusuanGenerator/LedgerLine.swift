/// The money of one 项 (7-digit function code), by source and by 基本/项目.
struct LedgerLine: Sendable {
    /// The 项 code.
    let code: String
    /// 一般公共预算 基本支出.
    var generalBasic: Cents = 0
    /// 一般公共预算 项目支出.
    var generalProject: Cents = 0
    /// 政府性基金预算 项目支出.
    var fundProject: Cents = 0
    /// 基本支出 paid from the other source of income (事业收入 …).
    var otherBasic: Cents = 0

    var general: Cents { generalBasic + generalProject }
    var basic: Cents { generalBasic + otherBasic }
    var project: Cents { generalProject + fundProject }
    var total: Cents { basic + project }
}

/// The lines of a document's budget, kept sorted by code.
struct Ledger: Sendable {
    private(set) var lines: [LedgerLine] = []

    /// Adds `cents` to one field of the line `code`, creating the line when needed.
    mutating func add(_ cents: Cents, to field: WritableKeyPath<LedgerLine, Cents>, code: String) {
        guard cents != 0 else { return }
        if let index = lines.firstIndex(where: { $0.code == code }) {
            lines[index][keyPath: field] += cents
        } else {
            var line = LedgerLine(code: code)
            line[keyPath: field] = cents
            lines.append(line)
            lines.sort { $0.code < $1.code }
        }
    }

    /// The sum of a field over all lines.
    func sum(_ field: KeyPath<LedgerLine, Cents>) -> Cents { lines.reduce(0) { $0 + $1[keyPath: field] } }

    /// The 类 codes with money in `field`, in order.
    func categories(where field: KeyPath<LedgerLine, Cents>) -> [String] {
        var result: [String] = []
        for line in lines where line[keyPath: field] != 0 {
            let category = FunctionClassification.category(of: line.code)
            if result.last != category { result.append(category) }
        }
        return result
    }

    /// The sum of `field` over the lines of one 类 or 款.
    func sum(_ field: KeyPath<LedgerLine, Cents>, under prefix: String) -> Cents {
        lines.filter { $0.code.hasPrefix(prefix) }.reduce(0) { $0 + $1[keyPath: field] }
    }

    /// The 类, 款 and 项 codes, in published order, of the lines where `filter` is non-zero.
    func hierarchy(where filter: KeyPath<LedgerLine, Cents>) -> [String] {
        var result: [String] = []
        for line in lines where line[keyPath: filter] != 0 {
            let category = FunctionClassification.category(of: line.code)
            let section = FunctionClassification.section(of: line.code)
            if !result.contains(category) { result.append(category) }
            if !result.contains(section) { result.append(section) }
            result.append(line.code)
        }
        return result
    }
}
