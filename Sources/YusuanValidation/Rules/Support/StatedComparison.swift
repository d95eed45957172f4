import YusuanCore

extension RuleReporter {
    /// Checks that a figure of the narrative states a table's amount, in the figure's unit.
    ///
    /// In the same unit the comparison is exact (``checkEqual(_:_:at:related:subject:other:envelopeCount:severity:)``).
    /// Where the table is in a finer unit than the narrative (Shanghai: tables in 元, narrative in 万元) the table's
    /// amount is converted exactly and the figure agrees when it is that amount rounded to the figure's printed
    /// decimals (9,101.68 万元 for 91,016,775.35 元): within half a unit of its last decimal. A table in a coarser unit
    /// is converted exactly and compared exactly.
    ///
    /// - Returns: Whether a table amount was compared (false when there is none to compare with).
    @discardableResult
    mutating func checkStated(
        _ figure: StatedFigure,
        against tableAmount: Amount?,
        unit tableUnit: AmountUnit,
        at location: @autoclosure () -> FindingLocation,
        related: @autoclosure () -> FindingLocation? = nil,
        subject: @autoclosure () -> LocalizedText,
        other: @autoclosure () -> LocalizedText
    ) -> Bool {
        guard figure.unit != tableUnit else {
            checkEqual(
                figure.amount,
                tableAmount,
                at: location(),
                related: related(),
                subject: subject(),
                other: other()
            )
            return true
        }
        let converted = tableAmount.map { $0.converted(from: tableUnit, to: figure.unit) ?? $0 }
        let table = converted ?? Amount.zero(scale: figure.amount.scale)
        if table.scale > figure.amount.scale {
            let difference = (figure.amount - table).magnitude
            let halfUnit = Amount(minorUnits: 5, scale: figure.amount.scale + 1)
            if difference.compare(halfUnit) != .orderedDescending { return true }
        }
        let original = tableAmount.map { "\($0.plainText) \(tableUnit.rawValue)" } ?? "空白"
        checkEqual(
            figure.amount,
            converted,
            at: location(),
            related: related(),
            subject: subject(),
            other: other()
                + LocalizedText(
                    zh: "（\(original)，折合\(figure.unit.rawValue)）",
                    en: " (\(original), in \(figure.unit.rawValue))"
                )
        )
        return true
    }
}

extension StatedFigure {
    /// Whether the figure states a table's amount, as ``RuleReporter/checkStated(_:against:unit:at:related:subject:other:)``
    /// compares them (without reporting).
    func agrees(with tableAmount: Amount?, unit tableUnit: AmountUnit) -> Bool {
        let converted = tableAmount.map { $0.converted(from: tableUnit, to: unit) ?? $0 }
        let table = converted ?? Amount.zero(scale: amount.scale)
        let difference = (amount - table).magnitude
        if difference.isZero { return true }
        guard unit != tableUnit, table.scale > amount.scale else { return false }
        return difference.compare(Amount(minorUnits: 5, scale: amount.scale + 1)) != .orderedDescending
    }
}

extension ValidationContext {
    /// Whether the document is of the Chongqing template, whose narrative sections and table numbers the older
    /// narrative rules were written for (表八 falls back to 表二 there).
    var isChongqingTemplate: Bool { disclosure.identity.followsChongqingDistrictTemplate }
}

extension ValidationContext {
    /// Whether 表四's row adds up as A5 checks it, within the rounding envelope: 合计 = 因公出国（境）费 + 公务用车购置及
    /// 运行费小计 + 公务接待费 and 小计 = 购置费 + 运行费 (a blank cell is 0). A row that does not is not a certain reading
    /// of its columns (A5 reports it), so the narrative is not compared with it.
    func threePublicRowAddsUp(_ amounts: ThreePublicAmounts) -> Bool {
        func addsUp(_ total: Amount?, _ parts: [Amount?]) -> Bool {
            let present = parts.compactMap { $0 }
            guard total != nil || !present.isEmpty else { return true }
            let sum = Amount.sum(present) ?? Amount.zero(scale: total?.scale ?? 2)
            let stated = total ?? Amount.zero(scale: sum.scale)
            let envelope = roundingEnvelope(for: present + [stated], count: present.count)
            return (stated - sum).magnitude.compare(envelope) != .orderedDescending
        }
        return addsUp(amounts.total, [amounts.abroad, amounts.vehicleSubtotal, amounts.reception])
            && addsUp(amounts.vehicleSubtotal, [amounts.vehiclePurchase, amounts.vehicleOperation])
    }
}
