import YusuanCore

/// Generates realistic, arithmetically consistent departmental budget disclosures, deterministically per seed.
///
/// Every document is drawn from streams derived from the seed and its index, so document `n` of a seed is the
/// same whatever was generated before it. Figures are built bottom-up (项 → 款 → 类 → 合计) and the narrative is
/// written from the same figures, so tables and narrative agree exactly.
///
/// Documents come in department series: documents 1–7 of a seed are one department's disclosures of
/// 2020–2026, documents 8–14 another department's, and so on (no department-year repeats before
/// ``departmentYearCount`` documents). A department keeps its code, name, wording and institutions, and each
/// year's stated changes are exactly the difference from its previous year's figures, so a generated
/// directory passes the year-over-year check (N5) as well as every other rule.
public struct DisclosureGenerator: Sendable {
    /// The seed every document stream derives from.
    public let seed: UInt64
    /// How many documents ``makeDisclosure()`` has made so far.
    public private(set) var generatedCount = 0

    /// How many years each generated department has: documents come in blocks of this many consecutive years.
    public static let yearsPerDepartment = DocumentSlot.yearsPerDepartment

    /// How many distinct department-years a seed has before documents repeat one.
    public static var departmentYearCount: Int { GeneratedDepartment.count * yearsPerDepartment }

    /// Creates a generator for a seed.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The document with the given index (1-based by convention) of this seed.
    public mutating func makeDisclosure(index: Int) -> Disclosure {
        generatedCount += 1
        return Self.disclosure(seed: seed, index: index)
    }

    /// The next document: index 1, 2, 3 …
    public mutating func makeDisclosure() -> Disclosure {
        makeDisclosure(index: generatedCount + 1)
    }

    /// Documents 1 through `count` of `seed`.
    public static func generate(count: Int, seed: UInt64) -> [Disclosure] {
        guard count > 0 else { return [] }
        return (1...count).map { disclosure(seed: seed, index: $0) }
    }

    /// The file name of a generated document: `0001-236-2024.txt`, the index padded with zeros to `digits` digits
    /// (more for a longer index), so that the names of a batch sort in index order.
    public static func fileName(for disclosure: Disclosure, index: Int, digits: Int = 4) -> String {
        let number = String(index)
        let padded = String(repeating: "0", count: max(0, digits - number.count)) + number
        let code = disclosure.identity.departmentCode ?? "000"
        return "\(padded)-\(code)-\(disclosure.identity.year).txt"
    }

    /// Document `index` of `seed`; with `place`, the department's name starts with it instead of `重庆市…区`.
    static func disclosure(seed: UInt64, index: Int, place: String? = nil) -> Disclosure {
        let slot = DocumentSlot(seed: seed, index: index)
        var department = GeneratedDepartment(seed: seed, number: slot.department)
        department.place = place
        let figures = YearFigures.of(department, year: slot.year, seed: seed)
        let prior = YearFigures.of(department, year: slot.year - 1, seed: seed)
        var builder = PlanBuilder(rng: SplitMix64.derived(seed: seed, stream: UInt64(truncatingIfNeeded: index) &* 2))
        let plan = builder.makePlan(department, year: slot.year, figures: figures, prior: prior)
        var writer = NarrativeWriter(
            plan: plan,
            rng: SplitMix64.derived(seed: seed, stream: UInt64(truncatingIfNeeded: index) &* 2 &+ 1)
        )
        let narrative = writer.makeNarrative()
        let identity = DocumentIdentity(
            departmentCode: plan.departmentCode,
            departmentName: plan.departmentName,
            year: plan.year,
            wording: plan.wording
        )
        return Disclosure(identity: identity, narrative: narrative, tables: plan.makeTables(), layout: plan.layout)
    }
}
