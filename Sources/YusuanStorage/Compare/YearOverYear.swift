import YusuanCore

/// A department's figures of a year compared with the year before, line by line and for the headline
/// measures, following lineage. Built by ``make(department:year:basis:current:prior:narrative:unit:)``.
public struct YearOverYear: Sendable, Hashable {
    /// Where a prior-year figure comes from.
    public enum PriorBasis: String, Sendable, Hashable, Codable {
        /// From stored disclosures of the prior year.
        case stored
        /// Implied by the narrative's stated change: this year's figure minus the stated change.
        case impliedByNarrative = "implied-by-narrative"
        /// Partly stored, partly implied by the narrative.
        case mixed
        /// Some prior departments have no stored disclosure and nothing implies their figure.
        case partial
        /// Nothing is known of the prior year.
        case missing
    }

    /// One cell compared: the sum over the current departments against the sum over the prior ones.
    public struct Line: Sendable, Hashable, Codable {
        public var address: FactAddress
        public var name: String
        public var current: Amount?
        public var prior: Amount?
        /// `current − prior` when both are known.
        public var difference: Amount? {
            guard let current, let prior else { return nil }
            return current - prior
        }
    }

    /// A headline measure (支出合计, 收入合计, 基本支出, 项目支出, “三公”经费).
    public struct Measure: Sendable, Hashable, Codable {
        /// One department's share of the prior figure.
        public struct Part: Sendable, Hashable, Codable {
            public var department: DepartmentKey
            public var amount: Amount?
            public var basis: PriorBasis
        }

        public var name: String
        /// Where the measure is read: table, row, column.
        public var address: FactAddress
        public var current: Amount?
        public var prior: Amount?
        public var basis: PriorBasis
        public var parts: [Part]
        /// The change the narrative states, signed, when it states one for the prior year.
        public var statedChange: Amount?

        public var difference: Amount? {
            guard let current, let prior else { return nil }
            return current - prior
        }
    }

    public var department: DepartmentKey
    public var departmentName: String
    public var year: Int
    public var priorYear: Int { year - 1 }
    public var basis: ComparisonBasis
    /// The prior departments that have a stored disclosure of the prior year.
    public var storedPrior: [DepartmentKey]
    /// The headline measures.
    public var measures: [Measure]
    /// Every cell of either year, by table and in published order; prior values only from stored disclosures.
    public var lines: [Line]

    /// The measures compared, with the narrative's change that implies each when the prior year is missing.
    public static let measureDefinitions:
        [(name: String, address: FactAddress, change: @Sendable (NarrativeFacts) -> StatedFigure?)] = [
            (
                "支出合计", FactAddress(table: .departmentExpenditure, row: FactExtractor.totalRow, column: "总计"),
                { $0.expenditure }
            ),
            ("收入合计", FactAddress(table: .departmentIncome, row: FactExtractor.totalRow, column: "总计"), { $0.income }),
            (
                "基本支出", FactAddress(table: .generalBudgetExpenditure, row: FactExtractor.totalRow, column: "基本支出"),
                { $0.basicExpenditure }
            ),
            (
                "项目支出", FactAddress(table: .generalBudgetExpenditure, row: FactExtractor.totalRow, column: "项目支出"),
                { $0.projectExpenditure }
            ),
            (
                "“三公”经费", FactAddress(table: .threePublicExpenditure, row: FactExtractor.totalRow, column: "合计"),
                { $0.threePublic?.total }
            ),
        ]

    /// Compares.
    /// - Parameters:
    ///   - department: the department compared.
    ///   - departmentName: its name this year.
    ///   - year: the year compared.
    ///   - basis: the departments on each side (``LineageResolver/basis(for:year:)``).
    ///   - current: the stored facts of the current departments for `year`.
    ///   - prior: the stored facts of the prior departments for `year − 1` (those that are stored).
    ///   - narrative: the facts stated in the department's own document of `year`, to imply missing figures.
    ///   - unit: the unit of that document's tables.
    public static func make(
        department: DepartmentKey,
        departmentName: String,
        year: Int,
        basis: ComparisonBasis,
        current: [DisclosureFacts],
        prior: [DisclosureFacts],
        narrative: NarrativeFacts?,
        unit: AmountUnit = .tenThousandYuan
    ) -> YearOverYear {
        let currentSums = sums(current)
        let priorSums = sums(prior)
        var names: [FactAddress: String] = [:]
        for facts in prior + current { for fact in facts.facts { names[fact.address] = fact.name } }
        // Published order: by table, then as the rows and columns first appear (this year first).
        var order: [FactAddress] = []
        var seen: Set<FactAddress> = []
        for facts in current + prior {
            for fact in facts.facts where seen.insert(fact.address).inserted { order.append(fact.address) }
        }
        let lines = order.enumerated().sorted {
            ($0.element.table.rawValue, $0.offset) < ($1.element.table.rawValue, $1.offset)
        }
        .map {
            Line(
                address: $0.element,
                name: names[$0.element] ?? "",
                current: currentSums[$0.element],
                prior: priorSums[$0.element]
            )
        }
        let storedPrior = prior.map(\.key.department)
        let ownFacts = current.first { $0.key.department == department }
        var measures: [Measure] = []
        for definition in measureDefinitions {
            var parts: [Measure.Part] = []
            let stated = narrative.flatMap(definition.change).flatMap {
                statedChange($0, priorYear: year - 1, unit: unit)
            }
            for department in basis.prior {
                if let stored = prior.first(where: { $0.key.department == department }) {
                    let amount = stored.facts.first { $0.address == definition.address }?.amount
                    parts.append(Measure.Part(department: department, amount: amount, basis: .stored))
                } else if department == basis.narrativeSubject, let stated,
                    let own = ownFacts?.facts.first(where: { $0.address == definition.address })?.amount
                {
                    parts.append(Measure.Part(department: department, amount: own - stated, basis: .impliedByNarrative))
                } else {
                    parts.append(Measure.Part(department: department, amount: nil, basis: .missing))
                }
            }
            let known = parts.compactMap { $0.basis == .missing ? nil : $0.amount }
            let kinds = Set(parts.map(\.basis))
            let measureBasis: PriorBasis
            if kinds == [.stored] {
                measureBasis = .stored
            } else if kinds == [.impliedByNarrative] {
                measureBasis = .impliedByNarrative
            } else if kinds.contains(.missing) {
                measureBasis = kinds == [.missing] ? .missing : .partial
            } else {
                measureBasis = .mixed
            }
            measures.append(
                Measure(
                    name: definition.name,
                    address: definition.address,
                    current: currentSums[definition.address],
                    prior: Amount.sum(known),
                    basis: measureBasis,
                    parts: parts,
                    statedChange: stated
                )
            )
        }
        return YearOverYear(
            department: department,
            departmentName: departmentName,
            year: year,
            basis: basis,
            storedPrior: storedPrior,
            measures: measures,
            lines: lines
        )
    }

    /// The lines of one table, optionally only classification rows of one level.
    public func lines(in table: TableKind, level: ClassificationLevel? = nil) -> [Line] {
        lines.filter { line in
            guard line.address.table == table else { return false }
            guard let level else { return true }
            return ClassificationLevel(code: line.address.row) == level
        }
    }

    /// Sums facts of several disclosures by address.
    static func sums(_ disclosures: [DisclosureFacts]) -> [FactAddress: Amount] {
        var result: [FactAddress: Amount] = [:]
        for disclosure in disclosures {
            for fact in disclosure.facts {
                result[fact.address] = result[fact.address].map { $0 + fact.amount } ?? fact.amount
            }
        }
        return result
    }

    /// The signed stated change of a figure against `priorYear`, in the tables' unit.
    static func statedChange(_ figure: StatedFigure, priorYear: Int, unit: AmountUnit) -> Amount? {
        guard let change = figure.change, let signed = change.signedAmount else { return nil }
        if let compared = change.comparedYear, compared != priorYear { return nil }
        if figure.unit == unit { return signed }
        if figure.unit == .yuan, unit == .tenThousandYuan, signed.scale + 4 <= Amount.maximumScale {
            return Amount(minorUnits: signed.minorUnits, scale: signed.scale + 4)
        }
        if figure.unit == .tenThousandYuan, unit == .yuan {
            return Amount(minorUnits: signed.minorUnits * 10_000, scale: signed.scale)
        }
        return nil
    }
}
