import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanStorage

/// The behaviour every ``DisclosureStore`` must have. The same cases run against the in-memory store, SQLite and
/// PostgreSQL (``InMemoryStoreTests``, ``SQLiteStoreTests``, ``PostgresStoreTests``).
enum StoreContract {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let run: @Sendable (StoreFixture) async throws -> Void
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "seeds import, list and read back exactly", run: seedsRoundTrip),
        Case(name: "an identical import is unchanged", run: identicalImport),
        Case(name: "a changed import adds a revision and keeps the earlier ones", run: revisions),
        Case(name: "findings are stored with their revision", run: findings),
        Case(name: "lineage events are stored and validated", run: lineage),
        Case(name: "year over year follows the merge: 202 2025 vs 202 + 236 2024", run: yearOverYear),
        Case(name: "rollups and side by side sum the latest revisions", run: rollups),
        Case(name: "projects are followed across years through lineage", run: projects),
        Case(name: "two instances importing at once lose nothing", run: concurrentImports),
        Case(name: "departments can be registered with level and parent", run: registeredDepartments),
        Case(name: "hundreds of facts and findings are stored whole and in order", run: manyRows),
        Case(name: "a department's name is the one of its most recent year", run: departmentNameByYear),
        Case(name: "a batch is imported in order, one outcome per document", run: batchImport),
    ]

    /// ``DisclosureStore/importDocuments(_:)`` gives what importing the documents one by one gives: created, a
    /// revision, unchanged for an identical document later in the same batch.
    static func batchImport(_ fixture: StoreFixture) async throws {
        let store = fixture.store
        let services = try Seeds.services2024()
        var retitled = services
        retitled.narrative.title += "（修订）"
        let office = try Seeds.office2025()
        let batch = try [services, office, retitled, services].map { try PreparedDocument($0) }
        let results = await store.importDocuments(batch).map { try? $0.get() }
        let servicesKey = DisclosureKey(department: Seeds.services, year: 2024)
        #expect(results.map { $0?.status } == [.created, .created, .revised, .unchanged])
        #expect(results[2]?.revision == RevisionKey(disclosure: servicesKey, number: 2))
        #expect(results[3]?.revision == RevisionKey(disclosure: servicesKey, number: 1))
        // The first revision's content again: unchanged, and not the latest (the retitled one is).
        #expect(results.map { $0?.contentIsLatest } == [true, true, true, false])
        // The latest revisions' content again: unchanged and the latest, the batch written through.
        let again = await store.importDocuments(try [retitled, office].map { try PreparedDocument($0) })
        #expect(again.map { try? $0.get().status } == [.unchanged, .unchanged])
        #expect(again.map { try? $0.get().contentIsLatest } == [true, true])
        #expect(try await store.revisions(of: servicesKey).count == 2)
        #expect(try await store.document(RevisionKey(disclosure: servicesKey, number: 2)) == retitled)
        #expect(await store.importDocuments([]).isEmpty)
    }

    static func seedsRoundTrip(_ fixture: StoreFixture) async throws {
        let store = fixture.store
        let services = try Seeds.services2024()
        let office = try Seeds.office2025()
        let first = try await store.importDocument(PreparedDocument(services, source: "236.txt"))
        #expect(first.status == .created)
        #expect(
            first.revision == RevisionKey(disclosure: DisclosureKey(department: Seeds.services, year: 2024), number: 1)
        )
        #expect(try await store.importDocument(PreparedDocument(office)).status == .created)

        let departments = try await store.departments(region: nil)
        #expect(departments.map(\.key) == [Seeds.office, Seeds.services])
        #expect(departments.first?.name == "重庆市南岸区人民政府办公室")
        #expect(try await store.departments(region: "重庆市渝中区").isEmpty)

        let listings = try await store.disclosures(region: Seeds.region, year: nil)
        #expect(listings.map(\.key.year) == [2025, 2024])
        #expect(listings.allSatisfy { $0.revisionCount == 1 && $0.latestRevision == 1 })
        #expect(try await store.disclosures(region: nil, year: 2024).map(\.key.department) == [Seeds.services])

        #expect(try await store.document(first.revision) == services)
        let facts = try await store.facts(first.revision)
        #expect(facts == FactExtractor.facts(of: services))
        #expect(facts.amount(.departmentExpenditure, "合计", "总计") == .of("967.73"))

        let officeRevision = RevisionKey(disclosure: DisclosureKey(department: Seeds.office, year: 2025), number: 1)
        let officeFacts = try await store.facts(officeRevision)
        // Exact, with the written precision: 2,197.40 is kept as 2197.40, not 2197.4.
        #expect(officeFacts.amount(.generalBudgetExpenditure, "201", "总计")?.plainText == "2197.40")
        #expect(officeFacts.amount(.generalBudgetExpenditure, "合计", "总计") == .of("2829.73"))

        let info = try #require(try await store.revisions(of: first.revision.disclosure).first)
        #expect(info.source == "236.txt")
        #expect(info.factCount == facts.count)
        #expect(info.departmentName == "重庆市南岸区政务服务管理办公室")
        await #expect(throws: StorageError.self) {
            try await store.document(RevisionKey(disclosure: first.revision.disclosure, number: 9))
        }
    }

    static func identicalImport(_ fixture: StoreFixture) async throws {
        let document = try PreparedDocument(Seeds.services2024())
        #expect(try await fixture.store.importDocument(document).status == .created)
        let again = try await fixture.store.importDocument(document)
        #expect(again.status == .unchanged)
        #expect(again.revision.number == 1)
        #expect(try await fixture.store.revisions(of: document.key).count == 1)
    }

    static func revisions(_ fixture: StoreFixture) async throws {
        let store = fixture.store
        let original = try Seeds.services2024()
        var corrected = original
        let row = try #require(corrected.tables.generalBudgetExpenditure?.rows.first)
        let oldTotal = try #require(row.amounts.total)
        corrected.tables.generalBudgetExpenditure?.rows[0].amounts.total = oldTotal + .of("1.00")
        var reworded = original
        reworded.narrative.title += "（更正）"

        #expect(try await store.importDocument(PreparedDocument(original)).status == .created)
        let second = try await store.importDocument(PreparedDocument(corrected))
        #expect(second.status == .revised)
        #expect(second.revision.number == 2)
        // Content already stored (not only the latest) is unchanged: importing a batch again changes nothing.
        let repeated = try await store.importDocument(PreparedDocument(original))
        #expect(repeated.status == .unchanged && repeated.revision.number == 1)
        #expect(repeated.contentIsLatest == false)
        let latest = try await store.importDocument(PreparedDocument(corrected))
        #expect(latest.status == .unchanged && latest.revision.number == 2 && latest.contentIsLatest)
        #expect(try await store.importDocument(PreparedDocument(reworded)).revision.number == 3)
        // Nothing is rewritten or deleted.
        #expect(try await store.importDocument(PreparedDocument(reworded)).status == .unchanged)

        let key = second.revision.disclosure
        let revisions = try await store.revisions(of: key)
        #expect(revisions.map(\.key.number) == [1, 2, 3])
        #expect(try await store.document(RevisionKey(disclosure: key, number: 1)) == original)
        #expect(try await store.document(RevisionKey(disclosure: key, number: 2)) == corrected)
        #expect(try await store.disclosures(region: nil, year: 2024).first?.revisionCount == 3)

        let diff = try await store.difference(
            from: RevisionKey(disclosure: key, number: 1),
            to: RevisionKey(disclosure: key, number: 2)
        )
        #expect(diff.changes.count == 1)
        let change = try #require(diff.changes.first)
        #expect(change.address == FactAddress(table: .generalBudgetExpenditure, row: row.code, column: "总计"))
        #expect(change.old == oldTotal)
        #expect(change.new == oldTotal + .of("1.00"))
        #expect(change.difference == .of("1.00"))

        let same = try await store.difference(
            from: RevisionKey(disclosure: key, number: 1),
            to: RevisionKey(disclosure: key, number: 1)
        )
        #expect(same.changes.isEmpty && !same.hasChangesOutsideFacts)
        let textOnly = try await store.difference(
            from: RevisionKey(disclosure: key, number: 1),
            to: RevisionKey(disclosure: key, number: 3)
        )
        #expect(textOnly.changes.isEmpty && textOnly.hasChangesOutsideFacts)
    }

    static func findings(_ fixture: StoreFixture) async throws {
        let findings = [
            StoredFinding(
                ruleID: "A1",
                severity: "info",
                message: "21011 合计 119.83 与各项之和 119.84 相差 0.01（舍入）",
                table: .generalBudgetExpenditure,
                row: "21011",
                column: "总计",
                line: 130,
                expected: .of("119.84"),
                actual: .of("119.83"),
                caption: "表5"
            ),
            StoredFinding(ruleID: "N7", severity: "warning", message: "增减未说明原因"),
        ]
        let result = try await fixture.store.importDocument(PreparedDocument(Seeds.office2025(), findings: findings))
        #expect(try await fixture.store.findings(result.revision) == findings)
        #expect(try await fixture.store.revisions(of: result.revision.disclosure).first?.findingCount == 2)
    }

    static func lineage(_ fixture: StoreFixture) async throws {
        let stored = try await fixture.store.addLineageEvent(Seeds.merge)
        #expect(stored.id > 0)
        var expected = Seeds.merge
        expected.id = stored.id
        #expect(stored == expected)
        #expect(try await fixture.store.lineageEvents(region: Seeds.region) == [expected])
        #expect(try await fixture.store.lineageEvents(region: nil) == [expected])
        #expect(try await fixture.store.lineageEvents(region: "重庆市渝中区").isEmpty)
        await #expect(throws: StorageError.self) {
            try await fixture.store.addLineageEvent(
                LineageEvent(kind: .merge, region: Seeds.region, fromCodes: [], toCodes: ["202"], effectiveYear: 2025)
            )
        }
        let split = try await fixture.store.addLineageEvent(
            LineageEvent(
                kind: .split,
                region: Seeds.region,
                fromCodes: ["300"],
                toCodes: ["301", "302"],
                effectiveYear: 2023
            )
        )
        #expect(try await fixture.store.lineageEvents(region: Seeds.region).map(\.id) == [split.id, stored.id])
    }

    static func yearOverYear(_ fixture: StoreFixture) async throws {
        let store = fixture.store
        let services = try Seeds.services2024()
        _ = try await store.importDocument(PreparedDocument(services))
        _ = try await store.importDocument(PreparedDocument(Seeds.office2025()))

        // Without lineage 202 has no stored 2024: the narrative implies it (2829.73 − 1164.93).
        let alone = try await store.yearOverYear(department: Seeds.office, year: 2025, followsLineage: false)
        let aloneTotal = try #require(alone.measures.first { $0.name == "支出合计" })
        #expect(aloneTotal.current == .of("2829.73"))
        #expect(aloneTotal.prior == .of("1664.80"))
        #expect(aloneTotal.prior?.plainText == "1664.80")
        #expect(aloneTotal.basis == .impliedByNarrative)
        #expect(aloneTotal.statedChange == .of("1164.93"))
        #expect(alone.measures.first { $0.name == "基本支出" }?.prior == .of("1374.44"))
        #expect(alone.measures.first { $0.name == "项目支出" }?.prior == .of("290.36"))
        #expect(alone.measures.first { $0.name == "“三公”经费" }?.prior == .of("91.35"))

        _ = try await store.addLineageEvent(Seeds.merge)
        let merged = try await store.yearOverYear(department: Seeds.office, year: 2025)
        #expect(merged.basis.prior == [Seeds.office, Seeds.services])
        #expect(merged.basis.current == [Seeds.office])
        #expect(merged.storedPrior == [Seeds.services])
        let total = try #require(merged.measures.first { $0.name == "支出合计" })
        #expect(total.basis == .mixed)
        #expect(total.prior == .of("2632.53"))  // 1664.80 implied for 202 + 967.73 stored for 236
        #expect(total.parts.map(\.basis) == [.impliedByNarrative, .stored])
        #expect(total.parts.map(\.amount) == [.of("1664.80"), .of("967.73")])
        #expect(total.difference == .of("197.20"))

        let servicesFacts = FactExtractor.facts(of: services)
        let line = try #require(
            merged.lines.first { $0.address == FactAddress(table: .generalBudgetExpenditure, row: "201", column: "总计") }
        )
        #expect(line.current == .of("2197.40"))
        #expect(line.prior == servicesFacts.amount(.generalBudgetExpenditure, "201", "总计"))
        #expect(merged.lines(in: .generalBudgetExpenditure, level: .category).allSatisfy { $0.address.row.count == 3 })

        // 236 in 2024 has no stored 2023 either: its own narrative implies it.
        let services2024 = try await store.yearOverYear(department: Seeds.services, year: 2024)
        #expect(services2024.measures.first { $0.name == "支出合计" }?.basis == .impliedByNarrative)
        await #expect(throws: StorageError.self) {
            try await store.yearOverYear(department: Seeds.services, year: 2025)
        }
    }

    static func rollups(_ fixture: StoreFixture) async throws {
        let store = fixture.store
        let generated = DisclosureGenerator.generate(count: 30, seed: 7).map { document -> Disclosure in
            // Crowd them into two regions and two years so that sums have several terms.
            var copy = document
            let odd = (Int(copy.identity.departmentCode ?? "0") ?? 0) % 2 == 1
            let name = copy.identity.departmentName
            copy.identity.departmentName =
                (odd ? "重庆市南岸区" : "重庆市江北区") + name.dropFirst(Region.name(inDepartmentName: name).count)
            copy.identity.year = odd ? 2025 : 2024
            return copy
        }
        var latest: [DisclosureKey: Disclosure] = [:]
        for document in generated {
            let prepared = try PreparedDocument(document)
            _ = try await store.importDocument(prepared)
            latest[prepared.key] = document
        }
        for (region, year) in [("重庆市南岸区", 2025), ("重庆市江北区", 2024)] {
            let documents = latest.filter { $0.key.department.region == region && $0.key.year == year }.map(\.value)
            #expect(!documents.isEmpty)
            let rollup = try await store.rollup(region: region, year: year, by: .function(.category))
            #expect(rollup.disclosureCount == documents.count)
            var expected: [String: Amount] = [:]
            for document in documents {
                for row in document.tables.departmentExpenditure?.rows ?? [] where row.level == .category {
                    if let total = row.amounts.total {
                        expected[row.code] = expected[row.code].map { $0 + total } ?? total
                    }
                }
            }
            #expect(rollup.rows.map(\.code) == expected.keys.sorted())
            for row in rollup.rows { #expect(row.amounts[0] == expected[row.code], "\(region) \(year) \(row.code)") }
            let grandTotal = Amount.sum(
                documents.compactMap { $0.tables.departmentExpenditure?.totalRow?.amounts.total }
            )
            #expect(rollup.total[0] == grandTotal)

            let economic = try await store.rollup(region: region, year: year, by: .economic(.section))
            var economicExpected: [String: Amount] = [:]
            for document in documents {
                for row in document.tables.generalBudgetBasicExpenditure?.rows ?? [] where row.level == .section {
                    if let total = row.total {
                        economicExpected[row.code] = economicExpected[row.code].map { $0 + total } ?? total
                    }
                }
            }
            #expect(
                Dictionary(uniqueKeysWithValues: economic.rows.map { ($0.code, $0.amounts[0]) }) == economicExpected
            )

            let sideBySide = try await store.sideBySide(region: region, year: year)
            #expect(sideBySide.columns.count == documents.count)
            let totals = try #require(sideBySide.rows.first { $0.label == "支出合计" })
            #expect(
                Set(totals.values.compactMap { $0 })
                    == Set(documents.compactMap { $0.tables.departmentExpenditure?.totalRow?.amounts.total })
            )
        }

        _ = try await store.importDocument(PreparedDocument(Seeds.office2025()))
        let seeds = try await store.sideBySide(region: Seeds.region, year: 2025)
        let column = try #require(seeds.columns.firstIndex { $0.department == Seeds.office })
        let value = { (label: String) in seeds.rows.first { $0.label == label }?.values[column] }
        #expect(value("支出合计") == .of("2829.73"))
        #expect(value("合计") == .of("75.65"))
        #expect(value("公务接待费") == .of("24.40") || value("公务接待费") == .of("24.4"))
        #expect(value("基本支出占比(%)") == .of("82.42"))  // 2332.37 / 2829.73
        #expect(value("201 一般公共服务支出") == .of("2197.40"))
    }

    static func projects(_ fixture: StoreFixture) async throws {
        let store = fixture.store
        let services = try Seeds.services2024()
        let office = try Seeds.office2025()
        _ = try await store.importDocument(PreparedDocument(services))
        _ = try await store.importDocument(PreparedDocument(office))
        let alone = try await store.projectHistory(department: Seeds.office)
        #expect(Set(alone.map(\.name)) == Set(office.tables.projectPerformance.map(\.name)))
        #expect(alone.allSatisfy { $0.entries.allSatisfy { $0.year == 2025 && $0.department == Seeds.office } })

        _ = try await store.addLineageEvent(Seeds.merge)
        let followed = try await store.projectHistory(department: Seeds.office)
        let names = Set(
            (services.tables.projectPerformance + office.tables.projectPerformance).map {
                $0.name.filter { !$0.isWhitespace }
            }
        )
        #expect(followed.count == names.count)
        #expect(followed.contains { $0.entries.contains { $0.year == 2024 && $0.department == Seeds.services } })
        let budgets2024 = followed.flatMap(\.entries).filter { $0.year == 2024 }.compactMap(\.budget)
        #expect(Amount.sum(budgets2024) == Amount.sum(services.tables.projectPerformance.compactMap(\.budget)))
    }

    static func concurrentImports(_ fixture: StoreFixture) async throws {
        let documents = try DisclosureGenerator.generate(count: 40, seed: 11).map { try PreparedDocument($0) }
        let first = Array(documents[0..<25])
        let second = Array(documents[15..<40])
        let other = try await fixture.openAnother()
        async let a: [ImportResult] = importAll(first, into: fixture.store)
        async let b: [ImportResult] = importAll(second, into: other)
        let results = try await a + b
        if fixture.kind != .memory { try await other.close() }
        #expect(results.count == 50)
        for document in documents {
            let revisions = try await fixture.store.revisions(of: document.key)
            #expect(revisions.contains { $0.contentHash == document.contentHash }, "\(document.key) lost")
            #expect(revisions.map(\.key.number) == Array(1...max(1, revisions.count)))
        }
        let keys = Set(documents.map(\.key))
        #expect(try await fixture.store.disclosures(region: nil, year: nil).count == keys.count)
    }

    static func importAll(_ documents: [PreparedDocument], into store: any DisclosureStore) async throws
        -> [ImportResult]
    {
        var results: [ImportResult] = []
        for document in documents { results.append(try await store.importDocument(document)) }
        return results
    }

    /// More rows than one multi-row `INSERT` takes (100), some optional fields absent, all read back in order.
    static func manyRows(_ fixture: StoreFixture) async throws {
        let document = try #require(DisclosureGenerator.generate(count: 1, seed: 3).first)
        let findings = (0..<250).map { index in
            StoredFinding(
                ruleID: "R\(index % 7)",
                severity: index % 2 == 0 ? "error" : "warning",
                message: "第 \(index) 条：“合计”与各项之和不符",
                table: index % 3 == 0 ? nil : .generalBudgetExpenditure,
                row: index % 5 == 0 ? nil : "2010\(index)",
                column: index % 4 == 0 ? nil : "总计",
                line: index % 6 == 0 ? nil : index + 1,
                expected: index % 8 == 0 ? nil : Amount(minorUnits: Int64(index) * 101, scale: 2),
                actual: index % 9 == 0 ? nil : Amount(minorUnits: Int64(index) * 1_003, scale: 3),
                caption: index % 10 == 0 ? nil : "表\(index % 11)“2026年部门一般公共预算支出功能分类预算表”"
            )
        }
        let prepared = try PreparedDocument(document, findings: findings)
        #expect(prepared.facts.count > 200)
        let result = try await fixture.store.importDocument(prepared)
        #expect(try await fixture.store.facts(result.revision) == prepared.facts)
        #expect(try await fixture.store.findings(result.revision) == findings)
        let info = try #require(try await fixture.store.revisions(of: prepared.key).first)
        #expect(info.factCount == prepared.facts.count && info.findingCount == findings.count)
        #expect(try await fixture.store.importDocument(prepared).status == .unchanged)
    }

    static func departmentNameByYear(_ fixture: StoreFixture) async throws {
        let store = fixture.store
        let registered = Department(key: Seeds.services, name: "政务服务办", level: nil, parentCode: "202")
        try await store.registerDepartment(registered)
        var renamed = try Seeds.services2024()
        renamed.identity.year = 2025
        renamed.identity.departmentName = "重庆市南岸区政务服务中心"
        // The document's name replaces the registered one; an earlier year never replaces a later one.
        _ = try await store.importDocument(PreparedDocument(renamed))
        _ = try await store.importDocument(PreparedDocument(Seeds.services2024()))
        let department = try #require(
            try await store.departments(region: Seeds.region).first { $0.key == Seeds.services }
        )
        #expect(department.name == "重庆市南岸区政务服务中心")
        #expect(department.parentCode == "202")
        #expect(try await store.disclosures(region: Seeds.region, year: nil).map(\.key.year) == [2024, 2025])
    }

    static func registeredDepartments(_ fixture: StoreFixture) async throws {
        let unit = Department(
            key: DepartmentKey(region: Seeds.region, code: "236001"),
            name: "重庆市南岸区行政服务中心",
            level: "单位",
            parentCode: "236"
        )
        try await fixture.store.registerDepartment(unit)
        _ = try await fixture.store.importDocument(PreparedDocument(Seeds.services2024()))
        let departments = try await fixture.store.departments(region: Seeds.region)
        #expect(departments.contains(unit))
        #expect(departments.contains { $0.key == Seeds.services })
        try await fixture.store.registerDepartment(
            Department(key: Seeds.services, name: "重庆市南岸区政务服务管理办公室", parentCode: "202")
        )
        #expect(
            try await fixture.store.departments(region: Seeds.region).first { $0.key == Seeds.services }?.parentCode
                == "202"
        )
    }
}
