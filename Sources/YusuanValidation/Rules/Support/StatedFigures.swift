import YusuanCore

/// The figures stated in the narrative, walked uniformly.
enum StatedFigures {
    /// A figure with the name of the fact it fills.
    struct Entry {
        var fact: String
        var figure: StatedFigure
    }

    /// The top-level figures that may carry a year-on-year change.
    static func withChanges(_ facts: NarrativeFacts) -> [Entry] {
        var entries: [Entry] = []
        func add(_ fact: String, _ figure: StatedFigure?) {
            if let figure { entries.append(Entry(fact: fact, figure: figure)) }
        }
        add("income", facts.income)
        add("expenditure", facts.expenditure)
        add("appropriationIncome", facts.appropriationIncome)
        add("appropriationExpenditure", facts.appropriationExpenditure)
        add("basicExpenditure", facts.basicExpenditure)
        add("projectExpenditure", facts.projectExpenditure)
        add("threePublic.total", facts.threePublic?.total)
        add("threePublic.abroad", facts.threePublic?.abroad)
        add("threePublic.reception", facts.threePublic?.reception)
        add("threePublic.vehicleOperation", facts.threePublic?.vehicleOperation)
        add("threePublic.vehiclePurchase", facts.threePublic?.vehiclePurchase)
        add("threePublic.vehicles", facts.threePublic?.vehicles)
        add("operatingCost", facts.operatingCost)
        return entries
    }

    /// Every figure, including parts, procurement splits and the performance amount.
    static func all(_ facts: NarrativeFacts) -> [Entry] {
        var entries: [Entry] = []
        func add(_ fact: String, _ figure: StatedFigure?) {
            guard let figure else { return }
            entries.append(Entry(fact: fact, figure: figure))
            for (index, part) in figure.parts.enumerated() { add("\(fact).parts[\(index)]", part) }
        }
        for entry in withChanges(facts) { add(entry.fact, entry.figure) }
        for (name, split) in [
            ("procurement.all", facts.procurement?.all),
            ("procurement.generalBudget", facts.procurement?.generalBudget),
        ] {
            guard let split else { continue }
            add("\(name).total", split.total)
            add("\(name).goods", split.goods)
            add("\(name).works", split.works)
            add("\(name).services", split.services)
        }
        add("performanceTargetAmount", facts.performanceTargetAmount)
        return entries
    }

    /// Visits the figures of ``all(_:)`` in the same order, without naming their facts.
    static func forEachFigure(_ facts: NarrativeFacts, _ body: (StatedFigure) -> Void) {
        // The parts are visited by position: iterating them would copy each one.
        func visitStated(_ figure: StatedFigure) {
            body(figure)
            for position in figure.parts.indices { visitStated(figure.parts[position]) }
        }
        func visit(_ figure: StatedFigure?) {
            if case .some(let figure) = figure { visitStated(figure) }
        }
        visit(facts.income)
        visit(facts.expenditure)
        visit(facts.appropriationIncome)
        visit(facts.appropriationExpenditure)
        visit(facts.basicExpenditure)
        visit(facts.projectExpenditure)
        visit(facts.threePublic?.total)
        visit(facts.threePublic?.abroad)
        visit(facts.threePublic?.reception)
        visit(facts.threePublic?.vehicleOperation)
        visit(facts.threePublic?.vehiclePurchase)
        visit(facts.threePublic?.vehicles)
        visit(facts.operatingCost)
        func visitSplit(_ split: ProcurementSplit?) {
            guard case .some(let split) = split else { return }
            visitStated(split.total)
            visit(split.goods)
            visit(split.works)
            visit(split.services)
        }
        if case .some(let procurement) = facts.procurement {
            visitSplit(procurement.all)
            visitSplit(procurement.generalBudget)
        }
        visit(facts.performanceTargetAmount)
    }

    /// The figure at a fact name produced by ``all(_:)``, for tests that change one stated amount.
    static func replacingAmount(in facts: NarrativeFacts, fact: String, with amount: Amount) -> NarrativeFacts {
        var copy = facts
        func edit(_ figure: inout StatedFigure?, _ path: Substring) {
            guard var value = figure else { return }
            if path.isEmpty {
                value.amount = amount
            } else if path.hasPrefixBytes(".parts["), let close = path.firstIndex(of: "]"),
                let index = Int(path[path.index(path.startIndex, offsetBy: 7)..<close]),
                value.parts.indices.contains(index)
            {
                var part: StatedFigure? = value.parts[index]
                edit(&part, path[path.index(after: close)...])
                if let part { value.parts[index] = part }
            }
            figure = value
        }
        let roots: [(String, WritableKeyPath<NarrativeFacts, StatedFigure?>)] = [
            ("income", \.income), ("expenditure", \.expenditure), ("appropriationIncome", \.appropriationIncome),
            ("appropriationExpenditure", \.appropriationExpenditure), ("basicExpenditure", \.basicExpenditure),
            ("projectExpenditure", \.projectExpenditure), ("operatingCost", \.operatingCost),
            ("performanceTargetAmount", \.performanceTargetAmount),
        ]
        for (name, path) in roots where fact == name || fact.hasPrefix(name + ".parts") {
            edit(&copy[keyPath: path], fact.dropFirst(name.count))
            return copy
        }
        if fact.hasPrefixBytes("threePublic."), var three = copy.threePublic {
            let items: [(String, WritableKeyPath<ThreePublicFacts, StatedFigure?>)] = [
                ("total", \.total), ("abroad", \.abroad), ("reception", \.reception),
                ("vehicleOperation", \.vehicleOperation), ("vehiclePurchase", \.vehiclePurchase),
                ("vehicles", \.vehicles),
            ]
            let rest = fact.dropFirst("threePublic.".count)
            for (name, path) in items where rest == name || rest.hasPrefix(name + ".parts") {
                edit(&three[keyPath: path], rest.dropFirst(name.count))
            }
            copy.threePublic = three
            return copy
        }
        if fact.hasPrefixBytes("procurement."), var procurement = copy.procurement {
            let splits: [(String, WritableKeyPath<ProcurementFacts, ProcurementSplit?>)] = [
                ("procurement.all.", \.all), ("procurement.generalBudget.", \.generalBudget),
            ]
            for (prefix, path) in splits where fact.hasPrefix(prefix) {
                guard var split = procurement[keyPath: path] else { continue }
                let rest = fact.dropFirst(prefix.count)
                if rest.hasPrefixBytes("total") {
                    var total: StatedFigure? = split.total
                    edit(&total, rest.dropFirst("total".count))
                    if let total { split.total = total }
                }
                if rest.hasPrefixBytes("goods") { edit(&split.goods, rest.dropFirst("goods".count)) }
                if rest.hasPrefixBytes("works") { edit(&split.works, rest.dropFirst("works".count)) }
                if rest.hasPrefixBytes("services") { edit(&split.services, rest.dropFirst("services".count)) }
                procurement[keyPath: path] = split
            }
            copy.procurement = procurement
        }
        return copy
    }
}
