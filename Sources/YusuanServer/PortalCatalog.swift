import Foundation
import YusuanCore
import YusuanStorage

/// A department with the disclosures stored for it, as the home page, the search and the API list them.
public struct DepartmentEntry: Sendable, Hashable {
    public var department: Department
    /// Its disclosures, newest year first.
    public var disclosures: [DisclosureListing]
    /// Every name it published under (the latest first), for the search.
    public var names: [String]
}

/// The read side of the portal: the store's listings grouped for pages and the API, and documents decoded once
/// per revision (cached by content hash).
public struct PortalCatalog: Sendable {
    public let services: ServerServices

    /// Creates a catalog over the services' store.
    public init(services: ServerServices) {
        self.services = services
    }

    private var store: any DisclosureStore { services.store }

    /// The departments with their disclosures, sorted by region and code; those of `region` when given.
    public func departments(region: String? = nil) async throws -> [DepartmentEntry] {
        let departments = try await store.departments(region: region)
        let listings = try await store.disclosures(region: region, year: nil)
        var byDepartment: [DepartmentKey: [DisclosureListing]] = [:]
        for listing in listings { byDepartment[listing.key.department, default: []].append(listing) }
        return departments.map { department in
            let disclosures = (byDepartment[department.key] ?? []).sorted {
                ($0.key.year, $0.key.kind.rawValue) > ($1.key.year, $1.key.kind.rawValue)
            }
            var names = [department.name]
            for listing in disclosures where !names.contains(listing.departmentName) {
                names.append(listing.departmentName)
            }
            return DepartmentEntry(department: department, disclosures: disclosures, names: names)
        }
    }

    /// One department, or a 404.
    public func department(_ key: DepartmentKey) async throws -> DepartmentEntry {
        guard let entry = try await departments(region: key.region).first(where: { $0.department.key == key }) else {
            throw PortalError.notFound("未找到部门 \(PortalIdentifiers.id(key))", parameter: "department")
        }
        return entry
    }

    /// The departments whose code or any name contains the query (case-insensitive), best matches first: an
    /// exact code, then a code prefix, then names.
    public func search(_ query: String) async throws -> [DepartmentEntry] {
        let needle = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !needle.isEmpty else { return [] }
        let scored: [(Int, DepartmentEntry)] = try await departments().compactMap { entry in
            let code = entry.department.code.lowercased()
            if code == needle { return (0, entry) }
            if code.hasPrefix(needle) { return (1, entry) }
            if entry.names.contains(where: { $0.lowercased().contains(needle) }) { return (2, entry) }
            if entry.department.region.lowercased().contains(needle) { return (3, entry) }
            return nil
        }
        return scored.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map { $0.element.1 }
    }

    /// The regions that hold departments, sorted.
    public func regions() async throws -> [String] {
        Array(Set(try await store.departments(region: nil).map(\.region))).sorted()
    }

    /// The stored region a parameter names: the region itself or a unique part of its name (`南岸区`).
    /// - Throws: 400 when the parameter is empty or ambiguous, 404 when no region matches.
    public func region(named text: String, parameter: String = "region") async throws -> String {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw PortalError.badParameter(parameter, "缺少地区名称") }
        let regions = try await regions()
        if regions.contains(text) { return text }
        let matches = regions.filter { $0.contains(text) }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw PortalError.notFound("未找到地区“\(text)”", parameter: parameter)
        default:
            throw PortalError.badParameter(parameter, "“\(text)”对应多个地区：\(matches.joined(separator: "、"))，请写全称")
        }
    }

    /// The revisions of a disclosure (oldest first) and the one asked for: `number`, or the latest.
    /// - Throws: 404 when the disclosure or the revision is not stored.
    public func revision(of key: DisclosureKey, number: Int? = nil) async throws -> (
        revision: RevisionInfo, all: [RevisionInfo]
    ) {
        let store = store
        let revisions = try await services.revisionLists.revisions(of: key) { try await store.revisions(of: key) }
        guard let latest = revisions.last else {
            throw PortalError.notFound("未找到公开文件 \(PortalIdentifiers.id(key))", parameter: "disclosure")
        }
        guard let number else { return (latest, revisions) }
        guard let chosen = revisions.first(where: { $0.key.number == number }) else {
            throw PortalError.notFound(
                "公开文件 \(PortalIdentifiers.id(key)) 没有第 \(number) 版（共 \(revisions.count) 版）",
                parameter: "revision"
            )
        }
        return (chosen, revisions)
    }

    /// The document of a revision, decoded once per content hash.
    public func document(_ revision: RevisionInfo) async throws -> Disclosure {
        let cache = services.documents
        let key = revision.contentHash
        if let hit = cache.cached(key) { return hit }
        let document = try await store.document(revision.key)
        return cache.value(for: key) { document }
    }

    /// The years that have disclosures, newest first.
    public func years() async throws -> [Int] {
        Array(Set(try await store.disclosures(region: nil, year: nil).map(\.key.year))).sorted(by: >)
    }
}

extension RevisionCache {
    /// The cached value for `key`, if any.
    public func cached(_ key: String) -> Value? { value(ifPresent: key) }
}
