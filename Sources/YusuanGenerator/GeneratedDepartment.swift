import YusuanCore

/// A generated department: who it is and what stays the same from one year to the next.
///
/// Every document of the same department and seed is drawn with the same department, so a series of years
/// reads like one department's disclosures: same code, name, wording and institutions, and “三公” amounts
/// that are often unchanged from one year to the next.
struct GeneratedDepartment: Sendable {
    /// The department's number among ``count`` (district-major).
    var number: Int
    var district: String
    /// The place the name starts with in place of `重庆市…区` (a fictional district of the demo), when renamed.
    var place: String?
    var code: String
    var profile: DepartmentProfile
    var wording: EntityWording
    var institutions: [String]
    var sections: [String]
    /// The “三公” amounts the yearly amounts start from.
    var threePublicBase: YearlyThreePublic
    /// The column of the other source of income (事业收入 …), when the department has one.
    var otherSourceColumn: Int?

    /// The kinds of department every district has: each profile once, then a 街道办事处 for each street and a
    /// 镇人民政府 for each town of the pools, so names are unique within a district.
    static let districtProfiles: [DepartmentProfile] =
        DepartmentProfile.all + TextPools.streets.map { DepartmentProfile.streetOffice.named($0 + "街道办事处") }
        + TextPools.towns.map { DepartmentProfile.townGovernment.named($0 + "镇人民政府") }

    /// How many distinct departments the generator has: every kind of department in every district.
    static var count: Int { TextPools.districts.count * districtProfiles.count }

    /// The department with the given number (`0..<count`, district-major) of a seed. Codes are three digits,
    /// distinct within a district, assigned in an order that depends on the seed.
    init(seed: UInt64, number: Int) {
        let perDistrict = Self.districtProfiles.count
        let district = number / perDistrict
        let kind = number % perDistrict
        var codes = SplitMix64.derived(seed: seed ^ 0x7A3C_9E41_0B5D_2F63, stream: UInt64(district))
        var step = codes.int(in: 1...899)
        while DocumentSlot.greatestCommonDivisor(step, 900) != 1 { step += 1 }
        let offset = codes.int(in: 0...899)
        var rng = SplitMix64.derived(seed: seed ^ 0x5DEE_CE66_D1CE_4E5B, stream: UInt64(number))
        self.number = number
        self.district = TextPools.districts[district]
        place = nil
        code = String(100 + (kind * step + offset) % 900)
        profile = Self.districtProfiles[kind]
        wording = rng.chance(60) ? .department : .unit
        institutions = []
        if profile.institutionItem != nil, !profile.institutions.isEmpty, rng.chance(75) {
            institutions = rng.sample(profile.institutions, count: rng.int(in: 1...profile.institutions.count))
        }
        let drawn = rng.sample(profile.sections, count: rng.int(in: 2...profile.sections.count))
        let order = profile.sections
        sections = drawn.sorted { order.firstIndex(of: $0) ?? 0 < order.firstIndex(of: $1) ?? 0 }
        let operation: Cents = rng.chance(80) ? rng.cents(in: 1_00...40_00) : 0
        threePublicBase = YearlyThreePublic(
            abroad: rng.chance(25) ? rng.cents(in: 2_00...30_00) : 0,
            vehiclePurchase: operation > 0 ? rng.cents(in: 15_00...30_00) : 0,
            vehicleOperation: operation,
            reception: rng.cents(in: 50...25_00)
        )
        otherSourceColumn = !institutions.isEmpty && rng.chance(25) ? rng.pick([4, 5, 8]) : nil
    }

    var name: String { (place ?? "重庆市\(district)区") + profile.suffix }
}
