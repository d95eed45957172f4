import Foundation
import YusuanCore
import YusuanStorage

/// The comparisons and roll-ups behind both the compare and rollup pages and the API, with their parameters
/// read from the query string.
struct PortalQueries {
    let catalog: PortalCatalog
    var store: any DisclosureStore { catalog.services.store }

    /// `department`, `year`, `kind`, `lineage`: a department's year against the year before.
    func yearOverYear(_ query: QueryParameters) async throws -> (YearOverYear, followsLineage: Bool) {
        guard let department = try query.department() else {
            throw PortalError.badParameter("department", "缺少部门标识，如 重庆市南岸区-202")
        }
        let year = try query.requiredYear()
        let kind = try query.kind()
        let lineage = try query.flag("lineage", default: true)
        _ = try await catalog.department(department)
        do {
            let comparison = try await store.yearOverYear(
                department: department,
                year: year,
                kind: kind,
                followsLineage: lineage
            )
            return (comparison, lineage)
        } catch let error as StorageError where error.code == .notFound {
            throw PortalError.notFound(
                "部门 \(PortalIdentifiers.id(department)) 没有 \(year) 年\(kind.rawValue)公开文件",
                parameter: "year"
            )
        }
    }

    /// `region`, `year`, `kind`, `departments` (comma-separated identifiers; all of the region when absent).
    func sideBySide(_ query: QueryParameters) async throws -> SideBySide {
        let region = try await catalog.region(named: try query.required("region", "地区名称，如 南岸区"))
        let year = try query.requiredYear()
        var comparison = try await store.sideBySide(region: region, year: year, kind: try query.kind())
        if let list = query.string("departments") {
            var wanted: [DepartmentKey] = []
            for text in list.split(separator: ",") {
                let text = text.trimmingCharacters(in: .whitespaces)
                guard let key = PortalIdentifiers.department(text) else {
                    throw PortalError.badParameter("departments", "应为逗号分隔的部门标识，收到“\(text)”")
                }
                wanted.append(key)
            }
            let indices = comparison.columns.indices.filter { wanted.contains(comparison.columns[$0].department) }
            for key in wanted where !comparison.columns.contains(where: { $0.department == key }) {
                throw PortalError.notFound(
                    "部门 \(PortalIdentifiers.id(key)) 没有 \(year) 年的公开文件",
                    parameter: "departments"
                )
            }
            comparison.columns = indices.map { comparison.columns[$0] }
            comparison.rows = comparison.rows.map { row in
                var row = row
                row.values = indices.map { row.values[$0] }
                return row
            }
        }
        return comparison
    }

    /// `region`, `year`, `kind`, `by` (`function`/`economic`), `level` (类/款/项 or 1–3), `table` (8, 2 or 5).
    func rollup(_ query: QueryParameters) async throws -> (Rollup, by: String, level: ClassificationLevel) {
        let region = try await catalog.region(named: try query.required("region", "地区名称，如 南岸区"))
        let year = try query.requiredYear()
        let by = query.string("by") ?? "function"
        let level = try Self.level(query.string("level"))
        let classification: Rollup.Classification
        switch by {
        case "function":
            let table: TableKind
            switch query.string("table") ?? "8" {
            case "8", "表八": table = .departmentExpenditure
            case "2", "表二": table = .generalBudgetExpenditure
            case "5", "表五": table = .governmentFundExpenditure
            case let other: throw PortalError.badParameter("table", "按功能分类汇总时应为 8、2 或 5，收到“\(other)”")
            }
            classification = .function(level, table: table)
        case "economic":
            guard level != .item else { throw PortalError.badParameter("level", "经济分类只有 类 和 款 两级") }
            classification = .economic(level)
        default:
            throw PortalError.badParameter("by", "应为 function（功能分类）或 economic（经济分类），收到“\(by)”")
        }
        let rollup = try await store.rollup(region: region, year: year, kind: try query.kind(), by: classification)
        return (rollup, by, level)
    }

    static func level(_ text: String?) throws -> ClassificationLevel {
        switch text ?? "类" {
        case "类", "1", "category": return .category
        case "款", "2", "section": return .section
        case "项", "3", "item": return .item
        case let other: throw PortalError.badParameter("level", "应为 类、款 或 项（或 1、2、3），收到“\(other)”")
        }
    }

    static func levelName(_ level: ClassificationLevel) -> String {
        switch level {
        case .category: "类"
        case .section: "款"
        case .item: "项"
        }
    }
}
