import YusuanCore

/// What P7 and P8 share about a 项目支出绩效自评表: where a finding points and how a message names the table.
extension ProjectSelfEvaluation {
    /// A cell of the table: the caption names the table and its project (`项目支出绩效自评表（信息化运维）`), the row
    /// the fund source, indicator or `总分`.
    func location(row: String?, column: String?, line: SourceLine?) -> FindingLocation {
        FindingLocation(caption: "\(title)（\(projectName)）", row: row, column: column, line: line ?? self.line)
    }

    /// `项目“信息化运维”的绩效自评表` / `the self-evaluation of project "信息化运维"`.
    var describe: LocalizedText {
        LocalizedText(zh: "项目“\(projectName)”的绩效自评表", en: "the self-evaluation of project \"\(projectName)\"")
    }
}

/// What P7 and P8 say of a document without self-evaluations.
enum SelfEvaluationFindings {
    static let noSelfEvaluation = LocalizedText(
        zh: "文档没有项目支出绩效自评表。",
        en: "The document has no project self-evaluation table."
    )
}

/// Comparing a printed score or rate with a computed one.
enum PrintedFigure {
    /// Whether `printed` can be the rounding of `computed` (itself rounded to hundredths): the two differ by at most
    /// half a unit of the printed figure's last decimal plus the computed one's own rounding (0.005).
    static func admits(_ printed: Amount, _ computed: Amount) -> Bool {
        let slack = PrintedRatio.halfUnit(of: printed) + Amount(minorUnits: 5, scale: 3)
        return (printed - computed).magnitude.compare(slack) != .orderedDescending
    }

    /// A fraction in percent, exactly (`0.95` → `95`); nil when it does not fit.
    static func percent(ofFraction fraction: Amount) -> Amount? {
        if fraction.scale >= 2 { return Amount(minorUnits: fraction.minorUnits, scale: fraction.scale - 2) }
        let (value, overflow) = fraction.minorUnits.multipliedReportingOverflow(by: fraction.scale == 1 ? 10 : 100)
        return overflow ? nil : Amount(minorUnits: value, scale: 0)
    }

    /// The envelope for a total of `count` printed parts: half a unit of the coarsest printed decimal for the total
    /// and for each part (`count + 1` halves), so that scores rounded one by one never make an error.
    static func sumEnvelope(_ figures: [Amount], count: Int) -> Amount {
        let coarsest = figures.filter { !$0.isZero }.map(\.scale).min() ?? figures.map(\.scale).min() ?? 2
        return Amount(minorUnits: Int64(5 * (count + 1)), scale: min(coarsest + 1, Amount.maximumScale))
    }
}
