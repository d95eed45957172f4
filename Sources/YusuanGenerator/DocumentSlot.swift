/// Which department and year the document with a given index is.
///
/// Indices run through departments in blocks of seven years: documents 1–7 of a seed are one department's
/// 2020–2026 disclosures, documents 8–14 another department's, and so on. The departments are visited in an
/// order that depends on the seed, and no department-year repeats within ``GeneratedDepartment/count`` × 7
/// documents.
struct DocumentSlot: Equatable, Sendable {
    static let firstYear = 2020
    static let yearsPerDepartment = 7

    var department: Int
    var year: Int

    init(seed: UInt64, index: Int) {
        let departments = GeneratedDepartment.count
        let slots = departments * Self.yearsPerDepartment
        let slot = ((index - 1) % slots + slots) % slots
        let (step, offset) = Self.departmentOrder(seed: seed)
        department = (slot / Self.yearsPerDepartment * step + offset) % departments
        year = Self.firstYear + slot % Self.yearsPerDepartment
    }

    /// The first index (1-based) whose slot is `department` in `year` (one of the seven years from ``firstYear``).
    static func index(seed: UInt64, department: Int, year: Int) -> Int {
        precondition((0..<GeneratedDepartment.count).contains(department), "no generated department \(department)")
        precondition(year >= firstYear && year < firstYear + yearsPerDepartment, "no generated year \(year)")
        let departments = GeneratedDepartment.count
        let (step, offset) = departmentOrder(seed: seed)
        // `step` is prime to `departments`, so exactly one block visits the department.
        let block = (0..<departments).first { ($0 * step + offset) % departments == department } ?? 0
        return block * yearsPerDepartment + (year - firstYear) + 1
    }

    /// The order departments are visited in: block `b` is department `(b × step + offset) mod count`.
    private static func departmentOrder(seed: UInt64) -> (step: Int, offset: Int) {
        let departments = GeneratedDepartment.count
        var rng = SplitMix64.derived(seed: seed ^ 0x2545_F491_4F6C_DD1D, stream: 0)
        var step = rng.int(in: 1...(departments - 1))
        while Self.greatestCommonDivisor(step, departments) != 1 { step += 1 }
        let offset = rng.int(in: 0...(departments - 1))
        return (step, offset)
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : greatestCommonDivisor(b, a % b)
    }
}
