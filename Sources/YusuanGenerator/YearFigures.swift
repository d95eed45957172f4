import YusuanCore

/// Every amount of one department's budget year, drawn from a stream of that department and year only.
///
/// A document states its figures and its changes against the previous year's figures of the same department,
/// so a generated series of years agrees with itself: what one year states as its change is exactly what the
/// two documents' figures differ by.
struct YearFigures: Sendable {
    var threePublic: YearlyThreePublic
    /// 表三 lines: 款 code → amount.
    var economic: [(code: String, amount: Cents)]
    var ledger: Ledger
    var otherSource: DocumentPlan.OtherSource?
    var projects: [DocumentPlan.Project]
    var vehicles: Int
    var generalVehicles: Int
    var lawEnforcementVehicles: Int
    var operatingCost: Cents
    var procurementGoods: Cents
    var procurementWorks: Cents
    var procurementServices: Cents

    /// The chance, in percent, that a year's budget repeats the previous year's figures exactly (all 持平).
    static let repeatPercent = 5

    /// The figures of `department` in `year`, with texts (project bases) dated `year`.
    static func of(_ department: GeneratedDepartment, year: Int, seed: UInt64) -> YearFigures {
        let drawnYear = figuresYear(of: department, year: year, seed: seed)
        var builder = PlanBuilder(rng: stream(seed: seed, department: department, year: drawnYear, purpose: 0))
        return builder.makeFigures(department, year: year, drawnYear: drawnYear)
    }

    /// The year whose stream `year`'s figures are drawn from: `year` itself, or the figures year of the year
    /// before when the budget repeats it.
    static func figuresYear(of department: GeneratedDepartment, year: Int, seed: UInt64) -> Int {
        var drawn = year
        while drawn > DocumentSlot.firstYear - 1 {
            var rng = stream(seed: seed, department: department, year: drawn, purpose: 1)
            guard rng.chance(repeatPercent) else { break }
            drawn -= 1
        }
        return drawn
    }

    static func stream(seed: UInt64, department: GeneratedDepartment, year: Int, purpose: UInt64) -> SplitMix64 {
        let yearNumber = UInt64(truncatingIfNeeded: year - 1900)
        let stream = (UInt64(department.number) &* 256 &+ yearNumber) &* 2 &+ purpose
        return SplitMix64.derived(seed: seed ^ 0x9FB2_1C65_1E98_DF25, stream: stream)
    }

    var generalBasic: Cents { ledger.sum(\.generalBasic) }
    var generalProject: Cents { ledger.sum(\.generalProject) }
    var fund: Cents { ledger.sum(\.fundProject) }
    var publicUse: Cents { Self.publicUse(of: economic) }

    /// 日常公用经费: the 302 款 of 表三.
    static func publicUse(of economic: [(code: String, amount: Cents)]) -> Cents {
        economic.filter { !EconomicClassification.isPersonnel($0.code) }.reduce(0) { $0 + $1.amount }
    }
}
