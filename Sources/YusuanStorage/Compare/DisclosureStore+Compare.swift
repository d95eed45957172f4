import YusuanCore

extension DisclosureStore {
    /// Compares a department's latest disclosure of a year with the year before (see ``YearOverYear``).
    /// - Parameters:
    ///   - department: the department.
    ///   - year: the year compared with `year − 1`.
    ///   - kind: 预算 or 决算.
    ///   - followsLineage: whether recorded merges, renames and splits shape the comparison.
    /// - Throws: ``StorageError`` `notFound` when the department has no stored disclosure of the year.
    public func yearOverYear(
        department: DepartmentKey,
        year: Int,
        kind: DocumentKind = .budget,
        followsLineage: Bool = true
    ) async throws -> YearOverYear {
        let own = DisclosureKey(department: department, year: year, kind: kind)
        guard let revision = try await latestRevision(of: own) else {
            throw StorageError(.notFound, "no \(kind.rawValue) of \(department) for \(year) is stored")
        }
        let events = followsLineage ? try await lineageEvents(region: department.region) : []
        let basis = LineageResolver(events: events).basis(for: department, year: year)
        let current = try await latestFacts(
            of: basis.current.map { DisclosureKey(department: $0, year: year, kind: kind) },
            tables: nil
        )
        let prior = try await latestFacts(
            of: basis.prior.map { DisclosureKey(department: $0, year: year - 1, kind: kind) },
            tables: nil
        )
        let document = try await self.document(revision.key)
        return YearOverYear.make(
            department: department,
            departmentName: revision.departmentName,
            year: year,
            basis: basis,
            current: current,
            prior: prior,
            narrative: document.narrative.facts,
            unit: document.identity.unit
        )
    }

    /// The departments of a region side by side for a year (see ``SideBySide``).
    public func sideBySide(region: String, year: Int, kind: DocumentKind = .budget) async throws -> SideBySide {
        let disclosures = try await latestFacts(
            region: region,
            year: year,
            kind: kind,
            tables: [.departmentExpenditure, .threePublicExpenditure]
        )
        return SideBySide.make(region: region, year: year, disclosures: disclosures)
    }

    /// A region's amounts of a year summed by classification (see ``Rollup``).
    public func rollup(
        region: String,
        year: Int,
        kind: DocumentKind = .budget,
        by classification: Rollup.Classification
    ) async throws -> Rollup {
        let disclosures = try await latestFacts(region: region, year: year, kind: kind, tables: [classification.table])
        return Rollup.make(region: region, year: year, classification: classification, disclosures: disclosures)
    }

    /// A department's projects across every stored year, following lineage back to its predecessors.
    public func projectHistory(
        department: DepartmentKey,
        kind: DocumentKind = .budget,
        followsLineage: Bool = true
    ) async throws -> [ProjectTrack] {
        let events = followsLineage ? try await lineageEvents(region: department.region) : []
        let resolver = LineageResolver(events: events)
        var keys: [DisclosureKey] = []
        for listing in try await disclosures(region: department.region, year: nil) where listing.key.kind == kind {
            if resolver.predecessors(of: department, in: listing.key.year).contains(listing.key.department) {
                keys.append(listing.key)
            }
        }
        return ProjectTrack.tracks(from: try await latestFacts(of: keys, tables: [.projectPerformance]))
    }
}
