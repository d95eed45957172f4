import Foundation
import Logging
import YusuanCore
import YusuanGenerator
import YusuanStorage
import YusuanValidation

/// The generated district of the demo: beside the two real samples, the departments of one generated district
/// (every kind of department, and a few 街道办事处 and 镇人民政府) with their budget and 部门决算 of three years, so
/// that the compare, rollup and execution pages have content.
///
/// The district is smaller than the generator's (whose districts have a 街道办事处 for each of 30 streets and a
/// 镇人民政府 for each of 20 towns) and has three years, not seven, to keep `serve --demo` starting in a few
/// seconds: every document is validated before it is stored.
///
/// The departments are named under a clearly fictional place (`示例市生成区…`) and stored in their own region,
/// ``generatedRegion``, whose name says 生成样例; the portal marks every page of its documents (see
/// ``ServerServices/generatedRegions``). Each document is validated against the same department's previous
/// year, as ``DemoData/prepare(_:store:source:)`` validates the samples against the stored prior year.
extension DemoData {
    /// The region of the generated district: fictional, and marked as generated in its name.
    public static let generatedRegion = "示例市生成区（生成样例）"

    /// The place the generated departments' names start with (`示例市生成区财政局`).
    public static let generatedPlace = "示例市生成区"

    /// The years of the generated district.
    public static let generatedYears = 2024...2026

    /// The generator's seed and district the demo draws (the same documents on every start).
    static let generatedDistrict = GeneratedDistrict(seed: 2026, number: 0, place: generatedPlace)

    /// The generator's departments the demo district has: every kind of department once, three 街道办事处 and two
    /// 镇人民政府.
    public static let generatedDepartments = GeneratedDistrict.departments(streets: 3, towns: 2)

    /// Generates, validates and stores the generated district: a budget and a 决算 per department and year (and,
    /// once they can be generated, the projects' self-evaluations). Departments are prepared in parallel.
    public static func loadGeneratedDistrict(into store: any DisclosureStore, logger: Logger) async throws {
        try await storeGenerated(generatedDocuments(), into: store, logger: logger)
    }

    /// The generated district's documents, validated and prepared (departments in parallel), in department then
    /// year order. Independent of the store, so it can run while the samples are imported.
    static func generatedDocuments() async throws -> [PreparedDocument] {
        try await withThrowingTaskGroup(of: (Int, [PreparedDocument]).self) { group in
            for department in generatedDepartments {
                group.addTask { (department, try preparedSeries(department: department)) }
            }
            var series: [(Int, [PreparedDocument])] = []
            for try await prepared in group { series.append(prepared) }
            return series.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// Stores the prepared generated documents in one batch; the first that fails stops the demo.
    static func storeGenerated(_ documents: [PreparedDocument], into store: any DisclosureStore, logger: Logger)
        async throws
    {
        for result in await store.importDocuments(documents) {
            _ = try result.get()
        }
        logger.info(
            "demo generated district loaded",
            metadata: [
                "region": "\(generatedRegion)", "departments": "\(generatedDepartments.count)",
                "documents": "\(documents.count)",
            ]
        )
    }

    /// One generated department's documents, year by year: each budget validated against the previous year's
    /// budget, each 决算 against the previous year's 决算 (the first year against none).
    static func preparedSeries(department: Int) throws -> [PreparedDocument] {
        var documents: [PreparedDocument] = []
        var prior: (budget: Disclosure, final: Disclosure)?
        for year in generatedYears {
            let budget = generatedDistrict.budget(department: department, year: year)
            let final = generatedDistrict.finalAccount(department: department, year: year)
            let index = generatedDistrict.documentIndex(department: department, year: year)
            documents.append(try preparedGenerated(budget, prior: prior?.budget, source: "budget \(index)"))
            // The 决算 carries its projects' 项目支出绩效自评表, checked against this budget's targets (P8).
            documents.append(
                try preparedGenerated(final, prior: prior?.final, budget: budget, source: "final \(index)")
            )
            prior = (budget, final)
        }
        return documents
    }

    /// A generated document validated (against `prior`, and a 决算 against its year's `budget`, when given) and
    /// prepared under ``generatedRegion``.
    static func preparedGenerated(
        _ disclosure: Disclosure,
        prior: Disclosure?,
        budget: Disclosure? = nil,
        source: String
    ) throws -> PreparedDocument {
        let findings = Validator().validate(disclosure, prior: prior, budget: budget).findings
            .map(StoredFinding.init(finding:))
        return try PreparedDocument(
            disclosure,
            findings: findings,
            source: "demo:generated seed \(generatedDistrict.seed) \(source)",
            region: generatedRegion
        )
    }
}
