import YusuanCore

extension PlanBuilder {
    /// Generic project names added when a department needs more projects than its profile lists.
    static let genericProjects = [
        "业务培训经费", "信息化系统运维费", "宣传工作经费", "档案数字化专项", "安全生产专项", "法律顾问服务费",
        "第三方评估服务费", "党建工作经费", "专项调研经费", "聘用人员经费", "网络安全保障经费", "办公设备更新项目",
    ]

    /// 1–12 projects, each classified under one of the department's project codes in use in `codeYear`; texts
    /// dated `year`.
    mutating func makeProjects(profile: DepartmentProfile, year: Int, codeYear: Int) -> [DocumentPlan.Project] {
        let codes = profile.projectItems.filter { FunctionClassification.isInUse($0, in: codeYear) }
        let count = rng.chance(70) ? rng.int(in: 2...7) : rng.int(in: 1...12)
        var names = rng.sample(profile.projects, count: count)
        if names.count < count {
            names += rng.sample(Self.genericProjects, count: count - names.count)
        }
        return names.map { name in
            let budget = rng.chance(10) ? rng.cents(in: 10...99) : rng.cents(in: 1_00...300_00)
            return DocumentPlan.Project(
                name: name,
                functionCode: rng.pick(codes),
                budget: budget,
                overview: overview(of: name),
                basis: basis(of: name, year: year),
                goal: "按时完成\(name)各项工作任务，提升工作质量和服务水平。",
                indicators: makeIndicators(count: rng.int(in: 3...12), weightTotal: 90, withCore: true)
            )
        }
    }

    mutating func overview(of name: String) -> String {
        rng.pick([
            "为保障\(name)相关工作顺利开展，按照年度重点工作安排设立本项目，确保各项任务按期保质完成。",
            "本项目用于\(name)所涉及的日常运行和专项工作，保障相关工作规范、高效开展。",
            "根据区委、区政府工作部署，安排\(name)，用于开展相关业务工作，提升服务保障能力。",
        ])
    }

    mutating func basis(of name: String, year: Int) -> String {
        let number = rng.int(in: 1...200)
        return rng.pick([
            "《关于印发\(year - 1)年重点工作任务分工方案的通知》（区府办发〔\(year - 1)〕\(number)号）",
            "《关于\(name)有关事宜的请示》及领导批复",
            "区政府第\(number)次常务会议纪要",
        ])
    }

    /// The 表十 goal: the first project goals, or a general sentence.
    func overallGoal(projects: [DocumentPlan.Project], profile: DepartmentProfile) -> String {
        let names = projects.prefix(3).map(\.name).joined(separator: "、")
        return "全面履行部门职能职责，保障机构正常运转；按时完成\(names)等重点工作任务，提升服务质量和工作效率，确保预算资金使用规范、高效。"
    }

    /// `count` distinct indicators whose integer weights add up to `weightTotal`; with exactly one core
    /// indicator (`是`) when `withCore`, else with no 是否核心 column.
    mutating func makeIndicators(count: Int, weightTotal: Int, withCore: Bool) -> [PerformanceIndicator] {
        let templates = rng.sample(IndicatorTemplate.pool, count: count)
        let weights = partition(weightTotal, into: templates.count)
        // The core indicator carries the largest weight, as in the published tables.
        let core = weights.indices.max { weights[$0] < weights[$1] } ?? 0
        return templates.enumerated().map { index, template in
            PerformanceIndicator(
                name: template.name,
                weight: Amount(weights[index]),
                operatorSymbol: template.operatorSymbol,
                value: String(rng.pick(template.values)),
                unit: template.unit,
                isCore: withCore ? index == core : nil
            )
        }
    }

    /// `total` split into `count` positive integers, in steps of 5 or 2 when the count allows.
    mutating func partition(_ total: Int, into count: Int) -> [Int] {
        let steps = [5, 2, 1].filter { total % $0 == 0 && total / $0 >= count }
        let step = rng.pick(steps)
        let units = total / step
        let cuts = rng.sample(Array(1..<units), count: count - 1).sorted()
        var previous = 0
        var result: [Int] = []
        for cut in cuts + [units] {
            result.append((cut - previous) * step)
            previous = cut
        }
        return result
    }
}
