import YusuanCore

/// A project (表十一 一级项目) followed across years by its name.
public struct ProjectTrack: Sendable, Hashable, Codable {
    /// One year of the project.
    public struct Entry: Sendable, Hashable, Codable {
        public var year: Int
        /// The department that budgeted it that year (a predecessor, before a merge).
        public var department: DepartmentKey
        /// 当年预算; nil when printed blank.
        public var budget: Amount?
    }

    public var name: String
    /// The years it appears in, oldest first.
    public var entries: [Entry]

    /// Groups the project tables of several years' disclosures by project name (whitespace ignored).
    /// - Parameter disclosures: the facts of each year's disclosures, any order.
    /// - Returns: the projects sorted by first year, then name.
    public static func tracks(from disclosures: [DisclosureFacts]) -> [ProjectTrack] {
        var byName: [String: ProjectTrack] = [:]
        for disclosure in disclosures.sorted(by: { $0.key < $1.key }) {
            for fact in disclosure.facts where fact.table == .projectPerformance && fact.rowKind == .project {
                let name = fact.name.filter { !$0.isWhitespace }
                var track = byName[name] ?? ProjectTrack(name: fact.name, entries: [])
                track.entries.append(
                    Entry(year: disclosure.key.year, department: disclosure.key.department, budget: fact.amount)
                )
                byName[name] = track
            }
        }
        return byName.values.map { track in
            var sorted = track
            sorted.entries.sort { ($0.year, $0.department) < ($1.year, $1.department) }
            return sorted
        }.sorted { ($0.entries.first?.year ?? 0, $0.name) < ($1.entries.first?.year ?? 0, $1.name) }
    }
}
