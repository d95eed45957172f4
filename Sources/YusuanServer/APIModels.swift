import Foundation
import YusuanCore
import YusuanStorage

/// The JSON shapes of the API (`/api/v1`), as documented in ``OpenAPIDocument``. Amounts are decimal strings
/// (`"2829.73"`) with the precision they were written with: never floating-point numbers.
enum API {
    static let base = "/api/v1"

    struct DisclosureRef: Encodable {
        var id: String
        var department: String
        var departmentName: String
        var year: Int
        var kind: String
        var latestRevision: Int
        var revisionCount: Int
        var url: String
        var html: String

        init(_ listing: DisclosureListing) {
            id = PortalIdentifiers.id(listing.key)
            department = PortalIdentifiers.id(listing.key.department)
            departmentName = listing.departmentName
            year = listing.key.year
            kind = listing.key.kind.rawValue
            latestRevision = listing.latestRevision
            revisionCount = listing.revisionCount
            url = "\(API.base)/disclosures/\(PortalIdentifiers.pathSegment(id))"
            html = PortalIdentifiers.disclosurePath(listing.key)
        }
    }

    struct DepartmentOut: Encodable {
        var id: String
        var region: String
        var code: String
        var name: String
        var names: [String]
        var level: String?
        var parentCode: String?
        var url: String
        var html: String
        var disclosures: [DisclosureRef]

        init(_ entry: DepartmentEntry) {
            let department = entry.department
            id = PortalIdentifiers.id(department.key)
            region = department.region
            code = department.code
            name = department.name
            names = entry.names
            level = department.level
            parentCode = department.parentCode
            url = "\(API.base)/departments/\(PortalIdentifiers.pathSegment(id))"
            html = PortalIdentifiers.departmentPath(department.key)
            disclosures = entry.disclosures.map(DisclosureRef.init)
        }
    }

    /// A page of a list: the items, the total and the link to the next page (`null` on the last).
    struct Page<Item: Encodable>: Encodable {
        var items: [Item]
        var total: Int
        var limit: Int
        var offset: Int
        var next: String?
    }

    struct RevisionOut: Encodable {
        var number: Int
        var contentHash: String
        var importedAt: String
        var source: String?
        var factCount: Int
        var findingCount: Int

        init(_ info: RevisionInfo) {
            number = info.key.number
            contentHash = info.contentHash
            importedAt = info.importedAt
            source = info.source
            factCount = info.factCount
            findingCount = info.findingCount
        }
    }

    struct FindingCounts: Encodable {
        var error = 0
        var warning = 0
        var info = 0

        init(_ findings: [StoredFinding]) {
            for finding in findings {
                switch finding.severity {
                case "error": error += 1
                case "warning": warning += 1
                default: info += 1
                }
            }
        }
    }

    /// The disclosure without its document; the `document` member is spliced in after encoding.
    struct DisclosureHead: Encodable {
        var id: String
        var department: String
        var region: String
        var code: String
        var departmentName: String
        var year: Int
        var kind: String
        var revision: RevisionOut
        var revisions: [RevisionOut]
        var findingCounts: FindingCounts
        var links: [String: String]
    }

    struct TableRef: Encodable {
        var number: Int
        var caption: String
        var name: String
        var identifier: String
        var factCount: Int
        var url: String
    }

    struct TableList: Encodable {
        var disclosure: String
        var revision: Int
        var unit: String
        var tables: [TableRef]
    }

    struct FactOut: Encodable {
        var row: String
        var rowKind: String
        var name: String
        var column: String
        var level: Int?
        var amount: Amount

        init(_ fact: Fact) {
            row = fact.row
            rowKind = fact.rowKind.rawValue
            name = fact.name
            column = fact.column
            level = fact.level?.rawValue
            amount = fact.amount
        }
    }

    struct TableOut: Encodable {
        var disclosure: String
        var revision: Int
        var number: Int
        var caption: String
        var name: String
        var identifier: String
        var unit: String
        var facts: [FactOut]
    }

    struct FindingOut: Encodable {
        var ruleID: String
        var severity: String
        var message: String
        var table: Int?
        var tableCaption: String?
        var row: String?
        var column: String?
        var line: Int?
        var expected: Amount?
        var actual: Amount?

        init(_ finding: StoredFinding) {
            ruleID = finding.ruleID
            severity = finding.severity
            message = finding.message
            table = finding.table?.rawValue
            tableCaption = finding.tableLabel
            row = finding.row
            column = finding.column
            line = finding.line
            expected = finding.expected
            actual = finding.actual
        }
    }

    struct FindingList: Encodable {
        var disclosure: String
        var revision: Int
        var counts: FindingCounts
        var findings: [FindingOut]
    }

    struct PartOut: Encodable {
        var department: String
        var amount: Amount?
        var basis: String
    }

    struct MeasureOut: Encodable {
        var name: String
        var table: Int
        var row: String
        var column: String
        var current: Amount?
        var prior: Amount?
        var difference: Amount?
        var basis: String
        var parts: [PartOut]
        var statedChange: Amount?
    }

    struct LineOut: Encodable {
        var table: Int
        var row: String
        var column: String
        var name: String
        var current: Amount?
        var prior: Amount?
        var difference: Amount?
    }

    struct YearComparison: Encodable {
        var department: String
        var departmentName: String
        var year: Int
        var priorYear: Int
        var followsLineage: Bool
        var current: [String]
        var prior: [String]
        var storedPrior: [String]
        var events: [LineageOut]
        var measures: [MeasureOut]
        var lines: [LineOut]?
    }

    struct LineageOut: Encodable {
        var id: Int64
        var kind: String
        var region: String
        var fromCodes: [String]
        var toCodes: [String]
        var effectiveYear: Int
        var note: String?

        init(_ event: LineageEvent) {
            id = event.id
            kind = event.kind.rawValue
            region = event.region
            fromCodes = event.fromCodes
            toCodes = event.toCodes
            effectiveYear = event.effectiveYear
            note = event.note
        }
    }

    struct ColumnOut: Encodable {
        var department: String
        var name: String
    }

    struct RowOut: Encodable {
        var group: String
        var label: String
        var values: [Amount?]
    }

    struct DepartmentComparison: Encodable {
        var region: String
        var year: Int
        var columns: [ColumnOut]
        var rows: [RowOut]
    }

    struct RollupRowOut: Encodable {
        var code: String
        var name: String
        var amounts: [Amount?]
        var departmentCount: Int
    }

    struct RollupOut: Encodable {
        var region: String
        var year: Int
        var by: String
        var level: String
        var table: Int
        var columns: [String]
        var rows: [RollupRowOut]
        var total: [Amount?]
        var disclosureCount: Int
    }

    struct Index: Encodable {
        var name: String
        var version: String
        var openapi: String
        var endpoints: [String]
    }

    struct Health: Encodable {
        var status: String
    }
}
