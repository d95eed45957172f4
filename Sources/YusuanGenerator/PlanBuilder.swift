import YusuanCore

/// Draws a document from a random stream. Figures are built bottom-up: 款 of 表三 first, mapped onto 项 of 表二,
/// projects added on top, so that every total is a sum.
struct PlanBuilder {
    var rng: SplitMix64

    /// One year's figures of a department, drawn from the stream of `drawnYear` (the year itself, or an earlier
    /// year whose budget it repeats), with texts dated `year`.
    mutating func makeFigures(_ department: GeneratedDepartment, year: Int, drawnYear: Int) -> YearFigures {
        let profile = department.profile
        let threePublic = makeThreePublic(base: department.threePublicBase)
        let vehicles = threePublic.vehicleOperation > 0 ? rng.int(in: 1...12) : 0
        let lawEnforcement = vehicles > 1 && rng.chance(30) ? rng.int(in: 0...(vehicles / 2)) : 0
        let general = vehicles - lawEnforcement - (vehicles > 2 && rng.chance(20) ? 1 : 0)
        let economic = makeEconomic(threePublic: threePublic)
        var ledger = Ledger()
        mapBasic(economic, profile: profile, hasInstitutions: !department.institutions.isEmpty, into: &ledger)
        let projects = makeProjects(profile: profile, year: year, codeYear: drawnYear)
        for project in projects { ledger.add(project.budget, to: \.generalProject, code: project.functionCode) }

        var otherSource: DocumentPlan.OtherSource?
        if let item = profile.institutionItem, let column = department.otherSourceColumn {
            let base = ledger.lines.first { $0.code == item }?.generalBasic ?? 0
            let amount = max(100, rng.share(of: base, percent: 5...30))
            otherSource = DocumentPlan.OtherSource(column: column, amount: amount)
            ledger.add(amount, to: \.otherBasic, code: item)
        }
        if !profile.fundItems.isEmpty, rng.chance(30) {
            for code in rng.sample(profile.fundItems, count: rng.int(in: 1...min(2, profile.fundItems.count))) {
                ledger.add(rng.cents(in: 20_00...2_000_00), to: \.fundProject, code: code)
            }
        }

        let publicUse = YearFigures.publicUse(of: economic)
        let generalTotal = ledger.sum(\.general)
        let operatingCost = rng.share(of: publicUse, percent: 35...100)
        let services = rng.chance(85) ? rng.share(of: generalTotal, percent: 2...15) : 0
        let goods = rng.chance(50) || services == 0 ? max(50, rng.share(of: generalTotal, percent: 1...8)) : 0
        let works = rng.chance(15) ? rng.share(of: generalTotal, percent: 1...5) : 0
        return YearFigures(
            threePublic: threePublic,
            economic: economic,
            ledger: ledger,
            otherSource: otherSource,
            projects: projects,
            vehicles: vehicles,
            generalVehicles: max(0, general),
            lawEnforcementVehicles: lawEnforcement,
            operatingCost: operatingCost,
            procurementGoods: goods,
            procurementWorks: works,
            procurementServices: services
        )
    }

    /// The document of `department` in `year`: its figures, its changes against the previous year's figures,
    /// and the layout and wording variants drawn from this builder's stream.
    mutating func makePlan(
        _ department: GeneratedDepartment,
        year: Int,
        figures: YearFigures,
        prior: YearFigures
    ) -> DocumentPlan {
        // Separators show only where an amount reaches 1,000 (the total is the largest): below that the layout
        // has none, as an importer of the text would read it.
        let groupsThousands = rng.chance(50)
        let layout = LayoutStyle(
            groupsThousands: groupsThousands && figures.ledger.sum(\.total) >= 1_000_00,
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
        return DocumentPlan(
            department: department,
            year: year,
            layout: layout,
            style: style,
            figures: figures,
            overallGoal: overallGoal(projects: figures.projects, profile: department.profile),
            overallIndicators: makeIndicators(count: rng.int(in: 5...12), weightTotal: 100, withCore: false),
            priorThreePublic: prior.threePublic,
            changes: DocumentPlan.Changes(
                generalBasic: figures.generalBasic - prior.generalBasic,
                generalProject: figures.generalProject - prior.generalProject,
                other: (figures.otherSource?.amount ?? 0) - (prior.otherSource?.amount ?? 0),
                fund: figures.fund - prior.fund
            ),
            plannedVehiclePurchases: figures.threePublic.vehiclePurchase > 0 ? 1 : 0,
            priorOperatingCost: prior.operatingCost,
            operatingUsage: rng.pick(TextPools.operatingUsages),
            contactPerson: rng.pick(TextPools.surnames) + rng.pick(TextPools.givenNames),
            contactPhone: "023-6" + String(rng.int(in: 1_000_000...9_999_999))
        )
    }

    /// One year's “三公” amounts: each the department's usual amount, or up to 40 % more or less; a vehicle
    /// purchase in about one year in ten.
    mutating func makeThreePublic(base: YearlyThreePublic) -> YearlyThreePublic {
        let operation = yearly(base.vehicleOperation, keepPercent: 55)
        return YearlyThreePublic(
            abroad: yearly(base.abroad, keepPercent: 77),
            vehiclePurchase: operation > 0 && base.vehiclePurchase > 0 && rng.chance(10) ? base.vehiclePurchase : 0,
            vehicleOperation: operation,
            reception: max(50, yearly(base.reception, keepPercent: 55))
        )
    }

    /// A yearly value around `base`: the same in `keepPercent` of years, else up to 40 % more or less (a zero
    /// base stays zero in most years).
    mutating func yearly(_ base: Cents, keepPercent: Int) -> Cents {
        if rng.chance(keepPercent) { return base }
        if base == 0 { return rng.chance(85) ? 0 : rng.cents(in: 50...5_00) }
        let delta = rng.share(of: base, percent: 1...40)
        return rng.chance(50) ? base + delta : max(0, base - delta)
    }
}
