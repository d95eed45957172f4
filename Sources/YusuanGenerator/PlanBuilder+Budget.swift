extension PlanBuilder {
    /// 表三: 301 from a base wage, 303 small, 302 a share of wages with the 三公-related 款 capped by 表四.
    mutating func makeEconomic(threePublic: YearlyThreePublic) -> [(code: String, amount: Cents)] {
        var lines: [(code: String, amount: Cents)] = []
        let base = rng.cents(in: 30_00...900_00)
        let wages: [(String, Cents)] = [
            ("30101", base), ("30102", rng.share(of: base, percent: 15...40)),
            ("30103", rng.share(of: base, percent: 20...70)),
            ("30106", rng.chance(20) ? rng.share(of: base, percent: 2...5) : 0),
            ("30107", rng.share(of: base, percent: 60...160)),
        ]
        let wageTotal = wages.reduce(0) { $0 + $1.1 }
        let pension = rng.share(of: wageTotal, percent: 14...16)
        lines += wages.map { (code: $0.0, amount: $0.1) }
        lines += [
            ("30108", pension), ("30109", pension / 2), ("30110", rng.share(of: wageTotal, percent: 6...9)),
            ("30112", rng.share(of: wageTotal, percent: 1...3)), ("30113", rng.share(of: wageTotal, percent: 8...12)),
            ("30199", rng.chance(50) ? rng.share(of: wageTotal, percent: 1...3) : 0),
        ]
        var publicUse = rng.share(of: wageTotal, percent: 10...30)
        var fixed: [(String, Cents)] = []
        if threePublic.abroad > 0, rng.chance(30) {
            fixed.append(("30212", rng.share(of: threePublic.abroad, percent: 30...100)))
        }
        if rng.chance(80) { fixed.append(("30217", rng.share(of: threePublic.reception, percent: 30...100))) }
        if threePublic.vehicleOperation > 0, rng.chance(70) {
            fixed.append(("30231", rng.share(of: threePublic.vehicleOperation, percent: 50...100)))
        }
        fixed = fixed.filter { $0.1 > 0 }
        let optional = rng.sample(EconomicClassification.optionalPublicUseItems, count: rng.int(in: 3...10))
        let fixedTotal = fixed.reduce(0) { $0 + $1.1 }
        publicUse = max(publicUse, fixedTotal + Cents(optional.count + 1) * 50)
        let free = rng.split(publicUse - fixedTotal, into: optional.count + 1, minimum: 1)
        lines.append(("30201", free[0]))
        for (index, code) in optional.enumerated() { lines.append((code, free[index + 1])) }
        lines += fixed.map { (code: $0.0, amount: $0.1) }
        lines += [
            ("30302", rng.chance(30) ? rng.share(of: wageTotal, percent: 1...5) : 0),
            ("30305", rng.chance(50) ? rng.share(of: wageTotal, percent: 1...5) : 0),
            ("30307", rng.chance(60) ? rng.share(of: wageTotal, percent: 1...10) / 10 : 0),
        ]
        return lines.filter { $0.amount > 0 }.sorted { $0.code < $1.code }
    }

    /// Maps 表三 onto 表二 项: pensions to 20805, medical insurance to 21011, housing fund to 22102, the rest to
    /// 行政运行 (and 事业运行 when there are institutions).
    mutating func mapBasic(
        _ economic: [(code: String, amount: Cents)],
        profile: DepartmentProfile,
        hasInstitutions: Bool,
        into ledger: inout Ledger
    ) {
        var rest: Cents = 0
        for (code, amount) in economic {
            switch code {
            case "30108": ledger.add(amount, to: \.generalBasic, code: "2080505")
            case "30109": ledger.add(amount, to: \.generalBasic, code: "2080506")
            case "30302": ledger.add(amount, to: \.generalBasic, code: "2080501")
            case "30305": ledger.add(amount, to: \.generalBasic, code: hasInstitutions ? "2080502" : "2080501")
            case "30110":
                let administrative = hasInstitutions ? rng.share(of: amount, percent: 50...90) : amount
                ledger.add(administrative, to: \.generalBasic, code: "2101101")
                ledger.add(amount - administrative, to: \.generalBasic, code: "2101102")
            case "30112":
                let subsidy = rng.chance(60) ? rng.share(of: amount, percent: 20...60) : 0
                ledger.add(subsidy, to: \.generalBasic, code: "2101103")
                ledger.add(amount - subsidy, to: \.generalBasic, code: "2101199")
            case "30113": ledger.add(amount, to: \.generalBasic, code: "2210201")
            default: rest += amount
            }
        }
        if hasInstitutions, let institution = profile.institutionItem {
            let administrative = rng.share(of: rest, percent: 40...80)
            ledger.add(administrative, to: \.generalBasic, code: profile.administrationItem)
            ledger.add(rest - administrative, to: \.generalBasic, code: institution)
        } else {
            ledger.add(rest, to: \.generalBasic, code: profile.administrationItem)
        }
    }
}
