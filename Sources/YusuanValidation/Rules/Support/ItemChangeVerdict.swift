import YusuanCore

/// What the change stated in a per-项 statement says against the statement's own figures (N19, N20): the prior
/// year's figure P, the year's amount Y (and X, when the statement states it differently), the direction word, the
/// percentage Z and the change amount D.
enum ItemChangeVerdict: Equatable {
    /// Nothing to compare (no direction, no prior figure and no change amount, or a prior figure of 0: a percentage
    /// of 0 is undefined, and `增加100%` is how a new 项 is written).
    case unchecked
    /// The statement agrees with itself, to the rounding of its figures.
    case consistent
    /// Z is the exact percentage cut after its last decimal instead of rounded (within one unit of it).
    case truncated(computed: Amount)
    /// The percentage fits the figures with the other sign: the direction word is wrong.
    case directionContradicts(computed: Amount?)
    /// Z follows from neither Y nor X against P; `directionAlsoWrong` when even the sign differs; `takenOnThisYear`
    /// when Z is the change divided by this year's Y instead of last year's P (a wrong base, not a typing slip).
    case percentContradicts(computed: Amount, directionAlsoWrong: Bool, takenOnThisYear: Bool)
    /// Z follows exactly (computed and rounded as printed) from a P with one typing slip (`candidate`), not from P
    /// as printed; `implied` is Y / (1 + Z).
    case priorMistyped(candidate: Amount, implied: Amount)
    /// D differs from Y − P beyond the rounding of the three figures.
    case changeAmountContradicts(computed: Amount)
    /// 持平 (not 基本持平) but Y differs from P beyond their rounding.
    case unchangedContradicts(difference: Amount)
    /// Without P: Z differs from D / (Y ∓ D); `takenOnThisYear` when Z is D / Y.
    case percentOfChangeContradicts(computed: Amount, takenOnThisYear: Bool)

    /// The verdict on one statement.
    static func of(_ statement: ItemStatement) -> ItemChangeVerdict {
        var currents: [Amount] = []
        for case let amount? in [statement.budgetAmount, statement.amount]
        where !currents.contains(where: { $0.isNumericallyEqual(to: amount) }) {
            currents.append(amount)
        }
        guard let current = currents.first, let direction = statement.direction else { return .unchecked }
        if let prior = statement.priorAmount {
            guard prior.compare(Amount.zero(scale: 0)) == .orderedDescending else { return .unchecked }
            if let percent = statement.statedPercent {
                return percentVerdict(prior: prior, currents: currents, direction: direction, percent: percent)
            }
            return directionVerdict(statement, prior: prior, currents: currents, direction: direction)
        }
        if let change = statement.statedChange, let percent = statement.statedPercent, direction != .unchanged {
            let half = PrintedRatio.halfUnit(of: percent)
            let admitted = { (slack: Amount) in
                currents.contains {
                    PrintedRatio.admitsChangeOfAmount(
                        change: change,
                        current: $0,
                        direction: direction,
                        percent: percent,
                        slack: slack
                    )
                }
            }
            if admitted(half) { return .consistent }
            let prior = direction == .decrease ? current + change : current - change
            guard let computed = PrintedRatio.percent(change, of: prior) else { return .unchecked }
            if admitted(PrintedRatio.unit(of: percent)) { return .truncated(computed: computed) }
            return .percentOfChangeContradicts(
                computed: computed,
                takenOnThisYear: isTakenOnThisYear(change: change, current: current, percent: percent)
            )
        }
        return .unchecked
    }

    private static func percentVerdict(
        prior: Amount,
        currents: [Amount],
        direction: ChangeDirection,
        percent: Amount
    ) -> ItemChangeVerdict {
        let signed = direction == .decrease ? -percent : percent
        let half = PrintedRatio.halfUnit(of: percent)
        func admitted(_ prior: Amount, _ percent: Amount, _ slack: Amount) -> Bool {
            currents.contains { PrintedRatio.admitsChange(prior: prior, current: $0, percent: percent, slack: slack) }
        }
        if admitted(prior, signed, half) { return .consistent }
        let computed = PrintedRatio.percent(currents[0] - prior, of: prior)
        if !percent.isZero, admitted(prior, -signed, half) { return .directionContradicts(computed: computed) }
        if admitted(prior, signed, PrintedRatio.unit(of: percent)), let computed {
            return .truncated(computed: computed)
        }
        // A slip explains Z when the percentage computed from it, rounded as Z is printed, is Z exactly (the rounding
        // interval of a short figure like 0.50 is too wide to tell a slip from chance).
        let slips = PriorFigureTypos.candidates(of: prior).filter { candidate in
            currents.contains { current in
                PrintedRatio.percent(current - candidate, of: candidate, scale: percent.scale)?
                    .isNumericallyEqual(to: signed) ?? false
            }
        }
        if !slips.isEmpty,
            let implied = N13StatedPercentages.ratio(currents[0], Amount(100) + signed, scale: prior.scale)
        {
            let closest = slips.min { ($0 - implied).magnitude.compare(($1 - implied).magnitude) == .orderedAscending }
            if let closest { return .priorMistyped(candidate: closest, implied: implied) }
        }
        guard let computed else { return .unchecked }
        let directionAlsoWrong =
            !computed.isZero && !signed.isZero && (computed.isNegative != signed.isNegative)
        return .percentContradicts(
            computed: computed,
            directionAlsoWrong: directionAlsoWrong,
            takenOnThisYear: isTakenOnThisYear(
                change: (currents[0] - prior).magnitude,
                current: currents[0],
                percent: percent.magnitude
            )
        )
    }

    /// Whether a stated percentage is the change divided by this year's amount, rounded as it is printed
    /// (`增加101.48万元，增长1.66%` beside 6,106.99 万元 this year: 101.48 / 6,106.99 = 1.66%, against last year's
    /// 6,005.51 it is 1.69%).
    static func isTakenOnThisYear(change: Amount, current: Amount, percent: Amount) -> Bool {
        guard !percent.isZero else { return false }
        return PrintedRatio.percent(change, of: current, scale: percent.scale)?.isNumericallyEqual(to: percent) ?? false
    }

    /// Without a percentage: the change amount against Y − P, and the direction word against its sign.
    private static func directionVerdict(
        _ statement: ItemStatement,
        prior: Amount,
        currents: [Amount],
        direction: ChangeDirection
    ) -> ItemChangeVerdict {
        let tolerance = { (current: Amount) in PrintedRatio.halfUnit(of: current) + PrintedRatio.halfUnit(of: prior) }
        if let change = statement.statedChange, direction != .unchanged {
            let signedChange = direction == .decrease ? -change : change
            let fits = currents.contains { current in
                let difference = (current - prior) - signedChange
                return difference.magnitude.compare(tolerance(current) + PrintedRatio.halfUnit(of: change))
                    != .orderedDescending
            }
            return fits ? .consistent : .changeAmountContradicts(computed: currents[0] - prior)
        }
        let differences = currents.map { (difference: $0 - prior, tolerance: tolerance($0)) }
        let beyond = differences.filter { $0.difference.magnitude.compare($0.tolerance) == .orderedDescending }
        switch direction {
        case .unchanged:
            // 基本持平 allows a small change.
            guard beyond.count == differences.count, !statement.sentence.text.contains("基本持平") else {
                return .consistent
            }
            return .unchangedContradicts(difference: differences[0].difference)
        case .increase, .decrease:
            let wrongSign = differences.allSatisfy { entry in
                entry.difference.magnitude.compare(entry.tolerance) == .orderedDescending
                    && entry.difference.isNegative == (direction == .increase)
            }
            return wrongSign
                ? .directionContradicts(computed: PrintedRatio.percent(differences[0].difference, of: prior))
                : .consistent
        }
    }
}
