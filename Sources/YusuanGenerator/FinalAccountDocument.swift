import YusuanCore

/// A generated 部门决算: the department-year's 决算 figures (``FinalAccountFigures``), the previous year's for the
/// stated changes, and the texts drawn for it; the tables and the narrative are both written from the figures.
struct FinalAccountDocument {
    var department: GeneratedDepartment
    var year: Int
    var figures: FinalAccountFigures
    var prior: FinalAccountFigures
    /// The 项目支出绩效自评表 of the budget's projects; the narrative's 绩效自评 figures are theirs.
    var selfEvaluations: [ProjectSelfEvaluation]
    var rng: SplitMix64

    var departmentName: String { department.name }
    var selfReference: String { "本" + department.wording.rawValue }

    init(department: GeneratedDepartment, year: Int, seed: UInt64) {
        self.department = department
        self.year = year
        figures = FinalAccountFigures.of(department, year: year, seed: seed)
        prior = FinalAccountFigures.of(department, year: year - 1, seed: seed)
        rng = YearFigures.stream(seed: seed ^ 0x3C6E_F372_FE94_F82B, department: department, year: year, purpose: 1)
        var builder = SelfEvaluationBuilder(
            rng: YearFigures.stream(seed: seed ^ 0x3C6E_F372_FE94_F82B, department: department, year: year, purpose: 0)
        )
        selfEvaluations = builder.make(figures.projects, department: department, year: year)
    }

    mutating func makeDisclosure() -> Disclosure {
        let identity = DocumentIdentity(
            departmentCode: department.code,
            departmentName: departmentName,
            year: year,
            kind: .finalAccount,
            wording: department.wording,
            profile: .nationalFinalAccount
        )
        let narrative = Narrative(
            title: "\(departmentName)\(year)年度部门决算",
            blocks: makeBlocks(),
            facts: NarrativeFacts()
        )
        var layout = LayoutStyle()
        layout.groupsThousands = true
        layout.captionsHaveColon = false
        layout.totalLabelInCodeColumn = false
        var tables = makeTables()
        tables.projectSelfEvaluations = selfEvaluations.isEmpty ? nil : selfEvaluations
        return Disclosure(identity: identity, narrative: narrative, tables: tables, layout: layout)
    }

    // MARK: - Formatting

    /// `2940.05`: an amount of the narrative, two decimals.
    static func text(_ cents: Cents) -> String { Amount.cents(cents).formatted(groupingThousands: false) }

    /// `98.20`: `part / whole` in percent, rounded half up to two decimals.
    static func percent(_ part: Cents, of whole: Cents) -> String {
        guard whole != 0 else { return "0.00" }
        let basisPoints = (part * 20_000 + whole) / (2 * whole)
        return Amount(minorUnits: basisPoints, scale: 2).formatted(groupingThousands: false)
    }

    /// `与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：…。` or `…持平。`.
    mutating func change(_ label: String, now: Cents, before: Cents) -> String {
        let difference = now - before
        guard difference != 0, before > 0 else { return "与\(year - 1)年度相比，\(label)持平。" }
        let (word, rate) = difference > 0 ? ("增加", "增长") : ("减少", "下降")
        let magnitude = abs(difference)
        return
            "与\(year - 1)年度相比，\(label)\(word)\(Self.text(magnitude))万元，\(rate)\(Self.percent(magnitude, of: before))%。"
            + "主要原因：\(rng.pick(FinalAccountTexts.totalChangeReasons))。"
    }
}

extension DisclosureGenerator {
    /// The 部门决算 of the department-year of document `index` of `seed`: its 年初预算 figures are that budget
    /// document's, its spending drawn around them; the same for the same seed and index.
    public static func finalAccount(seed: UInt64, index: Int) -> Disclosure {
        finalAccount(seed: seed, index: index, place: nil)
    }

    /// The 决算 of document `index` of `seed`; with `place`, the department's name starts with it.
    static func finalAccount(seed: UInt64, index: Int, place: String?) -> Disclosure {
        let slot = DocumentSlot(seed: seed, index: index)
        var department = GeneratedDepartment(seed: seed, number: slot.department)
        department.place = place
        var document = FinalAccountDocument(department: department, year: slot.year, seed: seed)
        return document.makeDisclosure()
    }

    /// The file name of the 决算 beside budget document `index`: the budget's name with `-final` before `.txt`
    /// (`0001-236-2024-final.txt` beside `0001-236-2024.txt`), so that the pair sorts together.
    public static func finalAccountFileName(for disclosure: Disclosure, index: Int, digits: Int = 4) -> String {
        let budgetName = fileName(for: disclosure, index: index, digits: digits)
        return String(budgetName.dropLast(4)) + "-final.txt"
    }
}
