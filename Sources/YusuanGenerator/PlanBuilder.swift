import YusuanCore

/// Draws a ``DocumentPlan`` from a random stream. Figures are built bottom-up: 款 of 表三 first, mapped onto 项
/// of 表二, projects added on top, so that every total is a sum.
struct PlanBuilder {
    var rng: SplitMix64

    mutating func makePlan() -> DocumentPlan {
        let profile = rng.pick(DepartmentProfile.all)
        let year = rng.int(in: 2020...2026)
        let layout = LayoutStyle(
            groupsThousands: rng.chance(50),
            captionsHaveColon: rng.chance(50),
            totalLabelInCodeColumn: rng.chance(50)
        )
        let style = DocumentPlan.Style(
            spaced: rng.chance(50),
            trimsAmounts: rng.chance(50),
            numberedDuties: rng.chance(50),
            appropriationHeading: rng.chance(50),
            carryOverStatement: year >= 2024 && rng.chance(50),
            detailedAssets: rng.chance(50),
            operatingComparedWithLastYear: rng.chance(30),
            repeatsProjectCaption: rng.chance(50),
            notesGeneralBudgetTable: rng.chance(30)
        )
        var institutions: [String] = []
        if profile.institutionItem != nil, !profile.institutions.isEmpty, rng.chance(75) {
            institutions = rng.sample(profile.institutions, count: rng.int(in: 1...profile.institutions.count))
        }
        let sections = rng.sample(profile.sections, count: rng.int(in: 2...profile.sections.count))
            .sorted { profile.sections.firstIndex(of: $0) ?? 0 < profile.sections.firstIndex(of: $1) ?? 0 }

        let threePublic = makeThreePublic()
        let vehicles = threePublic.vehicleOperation > 0 ? rng.int(in: 1...12) : 0
        let lawEnforcement = vehicles > 1 && rng.chance(30) ? rng.int(in: 0...(vehicles / 2)) : 0
        let general = vehicles - lawEnforcement - (vehicles > 2 && rng.chance(20) ? 1 : 0)
        let economic = makeEconomic(threePublic: threePublic)
        var ledger = Ledger()
        mapBasic(economic, profile: profile, hasInstitutions: !institutions.isEmpty, into: &ledger)
        let projects = makeProjects(profile: profile, year: year)
        for project in projects { ledger.add(project.budget, to: \.generalProject, code: project.functionCode) }

        var otherSource: DocumentPlan.OtherSource?
        if let item = profile.institutionItem, !institutions.isEmpty, rng.chance(25) {
            let base = ledger.lines.first { $0.code == item }?.generalBasic ?? 0
            let amount = max(100, rng.share(of: base, percent: 5...30))
            otherSource = DocumentPlan.OtherSource(column: rng.pick([4, 5, 8]), amount: amount)
            ledger.add(amount, to: \.otherBasic, code: item)
        }
        if !profile.fundItems.isEmpty, rng.chance(30) {
            for code in rng.sample(profile.fundItems, count: rng.int(in: 1...min(2, profile.fundItems.count))) {
                ledger.add(rng.cents(in: 20_00...2_000_00), to: \.fundProject, code: code)
            }
        }

        let publicUse = economic.filter { !EconomicClassification.isPersonnel($0.code) }.reduce(0) { $0 + $1.amount }
        let operatingCost = rng.share(of: publicUse, percent: 35...100)
        let generalTotal = ledger.sum(\.general)
        let services = rng.chance(85) ? rng.share(of: generalTotal, percent: 2...15) : 0
        let goods = rng.chance(50) || services == 0 ? max(50, rng.share(of: generalTotal, percent: 1...8)) : 0
        let works = rng.chance(15) ? rng.share(of: generalTotal, percent: 1...5) : 0

        let district = rng.pick(TextPools.districts)
        return DocumentPlan(
            profile: profile,
            district: district,
            departmentCode: String(rng.int(in: 100...999)),
            year: year,
            layout: layout,
            wording: rng.chance(60) ? .department : .unit,
            style: style,
            sections: sections,
            institutions: institutions,
            economic: economic,
            ledger: ledger,
            otherSource: otherSource,
            projects: projects,
            overallGoal: overallGoal(projects: projects, profile: profile),
            overallIndicators: makeIndicators(count: rng.int(in: 5...12), weightTotal: 100, withCore: false),
            threePublic: threePublic,
            changes: makeChanges(ledger: ledger, otherSource: otherSource),
            vehicles: vehicles,
            generalVehicles: max(0, general),
            lawEnforcementVehicles: lawEnforcement,
            plannedVehiclePurchases: threePublic.vehiclePurchase > 0 ? 1 : 0,
            operatingCost: operatingCost,
            priorOperatingCost: prior(of: operatingCost, unchangedPercent: 10),
            operatingUsage: rng.pick(TextPools.operatingUsages),
            procurementGoods: goods,
            procurementWorks: works,
            procurementServices: services,
            contactPerson: rng.pick(TextPools.surnames) + rng.pick(TextPools.givenNames),
            contactPhone: "023-6" + String(rng.int(in: 1_000_000...9_999_999))
        )
    }

    /// A prior-year value: the same, or up to 40 % more or less.
    mutating func prior(of value: Cents, unchangedPercent: Int) -> Cents {
        if rng.chance(unchangedPercent) { return value }
        if value == 0 { return rng.chance(70) ? 0 : rng.cents(in: 50...5_00) }
        let delta = rng.share(of: value, percent: 1...40)
        return rng.chance(50) ? value + delta : max(0, value - delta)
    }

    /// “三公”: often no travel abroad, vehicles for most departments, rarely a vehicle purchase.
    mutating func makeThreePublic() -> DocumentPlan.ThreePublic {
        let abroad: Cents = rng.chance(25) ? rng.cents(in: 2_00...30_00) : 0
        let operation: Cents = rng.chance(80) ? rng.cents(in: 1_00...40_00) : 0
        let purchase: Cents = operation > 0 && rng.chance(10) ? rng.cents(in: 15_00...30_00) : 0
        let reception = rng.cents(in: 50...25_00)
        return DocumentPlan.ThreePublic(
            abroad: abroad,
            vehiclePurchase: purchase,
            vehicleOperation: operation,
            reception: reception,
            priorAbroad: prior(of: abroad, unchangedPercent: 60),
            priorVehiclePurchase: prior(of: purchase, unchangedPercent: 70),
            priorVehicleOperation: prior(of: operation, unchangedPercent: 30),
            priorReception: prior(of: reception, unchangedPercent: 30)
        )
    }

    /// Changes of the components with a non-zero total unless everything is unchanged.
    mutating func makeChanges(ledger: Ledger, otherSource: DocumentPlan.OtherSource?) -> DocumentPlan.Changes {
        if rng.chance(5) { return DocumentPlan.Changes(generalBasic: 0, generalProject: 0, other: 0, fund: 0) }
        func delta(_ value: Cents, _ rng: inout SplitMix64, range: ClosedRange<Int>) -> Cents {
            guard value > 0, !rng.chance(8) else { return 0 }
            let amount = rng.share(of: value, percent: range)
            return rng.chance(55) ? amount : -amount
        }
        var changes = DocumentPlan.Changes(
            generalBasic: delta(ledger.sum(\.generalBasic), &rng, range: 1...30),
            generalProject: delta(ledger.sum(\.generalProject), &rng, range: 1...45),
            other: delta(otherSource?.amount ?? 0, &rng, range: 1...30),
            fund: delta(ledger.sum(\.fundProject), &rng, range: 1...40)
        )
        // Keep every stated total non-zero so that no 持平 hides non-zero components.
        if changes.general == 0 { changes.generalBasic += 1 }
        if changes.total == 0 { changes.generalBasic += 1 }
        return changes
    }
}
