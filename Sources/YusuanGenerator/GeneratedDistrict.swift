import YusuanCore

/// One generated district: every department of it, each with a budget and its 部门决算 for every generated year.
///
/// The documents are those `yusuan generate --with-finals` writes for the same seed and department-years (the same
/// figures, narrative and tables), except that the departments' names may start with another place than
/// `重庆市…区` — the demo of `yusuan serve --demo` names them under a clearly fictional district, so that generated
/// documents are never mistaken for a real district's.
public struct GeneratedDistrict: Sendable {
    /// How many districts a seed has (``number`` runs through `0..<count`).
    public static var count: Int { TextPools.districts.count }

    /// How many departments every district has: each kind of department once, then a 街道办事处 per street and a
    /// 镇人民政府 per town of the generator's pools.
    public static var departmentCount: Int { GeneratedDepartment.districtProfiles.count }

    /// Some of a district's departments (numbers in `0..<departmentCount`): every kind of department once (人民政府办公室,
    /// 财政局, 教育委员会 …), then the first `streets` 街道办事处 and the first `towns` 镇人民政府.
    public static func departments(streets: Int, towns: Int) -> [Int] {
        let kinds = DepartmentProfile.all.count
        let streetCount = TextPools.streets.count
        return Array(0..<kinds) + (kinds..<kinds + min(streets, streetCount))
            + (kinds + streetCount..<kinds + streetCount + min(towns, TextPools.towns.count))
    }

    /// The years every department has documents for (2020–2026).
    public static var years: ClosedRange<Int> {
        DocumentSlot.firstYear...(DocumentSlot.firstYear + DocumentSlot.yearsPerDepartment - 1)
    }

    /// The seed the documents are drawn from.
    public let seed: UInt64
    /// Which district of the seed (`0..<count`).
    public let number: Int
    /// The place the departments' names start with (`示例市生成区`), or `nil` for the generator's own `重庆市…区`.
    public let place: String?

    /// A district of a seed, its departments named under `place` when given.
    public init(seed: UInt64, number: Int, place: String? = nil) {
        precondition((0..<Self.count).contains(number), "no generated district \(number)")
        self.seed = seed
        self.number = number
        self.place = place
    }

    /// The index among the seed's documents (as `yusuan generate` numbers them, from 1) of department `department`
    /// (`0..<departmentCount`) in `year` (one of ``years``).
    public func documentIndex(department: Int, year: Int) -> Int {
        precondition((0..<Self.departmentCount).contains(department), "no generated department \(department)")
        return DocumentSlot.index(seed: seed, department: number * Self.departmentCount + department, year: year)
    }

    /// The budget of department `department` in `year`.
    public func budget(department: Int, year: Int) -> Disclosure {
        DisclosureGenerator.disclosure(
            seed: seed,
            index: documentIndex(department: department, year: year),
            place: place
        )
    }

    /// The 部门决算 of department `department` in `year`, whose 年初预算 figures are ``budget(department:year:)``'s.
    public func finalAccount(department: Int, year: Int) -> Disclosure {
        DisclosureGenerator.finalAccount(
            seed: seed,
            index: documentIndex(department: department, year: year),
            place: place
        )
    }
}
