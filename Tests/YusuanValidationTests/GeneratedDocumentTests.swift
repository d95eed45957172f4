import Testing
import YusuanCore
import YusuanImport
import YusuanRender

@testable import YusuanGenerator
@testable import YusuanValidation

/// Generated documents are consistent: none reports an error, and one planted inconsistency in each is caught.
struct GeneratedDocumentTests {
    /// Generated documents as a reader gets them: rendered to the published text and imported back.
    static func documents(seed: UInt64, count: Int) throws -> [Disclosure] {
        var generator = DisclosureGenerator(seed: seed)
        return try (1...count).map { index in
            let text = PublishedTextRenderer.render(generator.makeDisclosure(index: index))
            return try PublishedTextImporter.importDocument(text: text, fileName: "generated-\(index).txt")
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func generatedDocumentsHaveNoError(seed: UInt64) throws {
        let validator = Validator()
        for document in try Self.documents(seed: seed, count: 40) {
            let errors = validator.validate(document).findings.filter { $0.severity == .error }
            #expect(
                errors.isEmpty,
                "\(document.identity.qualifiedName) \(document.identity.year): \(errors.map { "\($0.ruleID) \($0.message.zh)" })"
            )
        }
    }

    /// Regression: 2040607 公共法律服务 entered the classification in 2023, but the generator classified 司法局
    /// projects under it in every year, so generated 2020–2022 documents of a 司法局 had C2 warnings.
    @Test func generatedCodesExistInTheirYear() {
        let validator = Validator()
        let kinds = GeneratedDepartment.districtProfiles.map(\.suffix)
        let indices = (1...DisclosureGenerator.departmentYearCount).lazy.filter { index in
            let slot = DocumentSlot(seed: 5, index: index)
            return slot.year < 2023 && kinds[slot.department % kinds.count] == "司法局"
        }
        var generator = DisclosureGenerator(seed: 5)
        var checked = 0
        for index in indices.prefix(12) {
            let document = generator.makeDisclosure(index: index)
            let codes = validator.validate(document).findings.filter { $0.ruleID.hasPrefix("C") }
            #expect(codes.isEmpty, "\(document.identity.year): \(codes.map(\.message.zh))")
            checked += 1
        }
        #expect(checked == 12)
    }

    /// Regression: the generator drew each document's code and year independently, so a generated directory
    /// held the same code in consecutive years with unrelated figures, and `yusuan validate DIR` (which pairs
    /// each document with the previous year of the same department) reported N5 errors on generated data.
    /// Now documents come in department series whose stated changes are the differences between the years.
    @Test(arguments: [1, 2, 6] as [UInt64])
    func generatedSeriesPassTheYearOverYearCheck(seed: UInt64) throws {
        let validator = Validator()
        let documents = try Self.documents(seed: seed, count: 21)
        var checked = 0
        for document in documents {
            let identity = document.identity
            let prior = documents.first {
                $0.identity.departmentCode == identity.departmentCode
                    && $0.identity.departmentName == identity.departmentName && $0.identity.year == identity.year - 1
            }
            guard let prior else { continue }
            let report = validator.validate(document, prior: prior)
            let errors = report.findings.filter { $0.severity == .error }
            #expect(
                errors.isEmpty,
                "\(identity.qualifiedName) \(identity.year): \(errors.map { "\($0.ruleID) \($0.message.zh)" })"
            )
            #expect(report.outcome(of: "N5")?.status == .passed)
            checked += 1
        }
        #expect(checked == 18, "three departments of seven years each have six documents with a prior year")
    }

    /// Regression: 80 codes the generator writes were missing from the classification catalogue, so generated
    /// documents came with C2 warnings ("not in the year's classification").
    @Test(arguments: [1, 3] as [UInt64])
    func generatedCodesAreKnownToTheCatalogue(seed: UInt64) throws {
        let validator = Validator()
        for document in try Self.documents(seed: seed, count: 60) {
            let warnings = validator.validate(document).findings.filter { $0.ruleID.hasPrefix("C") }
            #expect(warnings.isEmpty, "\(warnings.map(\.message.zh))")
        }
    }

    /// Regression: the 支出预算 paragraph states the department's change (表八, all funds), the 基本/项目支出
    /// sentences the appropriation's (表二); N4 compared them even when the two levels differ, and reported
    /// an error on consistent documents with income beyond the general budget.
    @Test func departmentAndAppropriationChangesAreNotConfused() throws {
        let validator = Validator()
        var differingLevels = 0
        for document in try Self.documents(seed: 1, count: 60)
        where !N4ChangeDecomposition.departmentEqualsAppropriation(document.tables) {
            differingLevels += 1
            let n4 = validator.validate(document).findings.filter { $0.ruleID == "N4" }
            #expect(n4.isEmpty, "\(n4.map(\.message.zh))")
        }
        #expect(differingLevels > 0, "the generator should produce departments with income beyond the general budget")
    }

    @Test(arguments: [4, 5] as [UInt64])
    func onePlantedInconsistencyIsCaught(seed: UInt64) throws {
        let validator = Validator()
        var generator = SplitMix64(seed: seed)
        var missed: [String] = []
        for document in try Self.documents(seed: seed, count: 30) {
            let cells = AmountCells.all(in: document.tables).filter { $0.location.table != .overallPerformance }
            guard !cells.isEmpty else { continue }
            let cell = cells[generator.int(in: 0...(cells.count - 1))]
            guard let amount = cell.amount else { continue }
            var changed = document
            cell.set(&changed, amount + Amount(minorUnits: 100, scale: 2))
            if !validator.validate(changed).hasErrors { missed.append(cell.describe.zh) }
        }
        #expect(missed.isEmpty, "not caught: \(missed)")
    }
}
