import Foundation
import Testing
import YusuanCore
import YusuanImport
import YusuanSamples
import YusuanStorage

/// The two seed disclosures of 重庆市南岸区, the bundled samples (`samples/`).
enum Seeds {
    static let region = "重庆市南岸区"

    /// 2024 重庆市南岸区政务服务管理办公室 (236).
    static func services2024() throws -> Disclosure { try load("2024-236-nanan-government-services-office.txt") }

    /// 2025 重庆市南岸区人民政府办公室 (202).
    static func office2025() throws -> Disclosure { try load("2025-202-nanan-district-government-office.txt") }

    static func load(_ name: String) throws -> Disclosure {
        let url = try BundledSamples.url(named: name)
        return try DocumentImporter.importDocument(data: Data(contentsOf: url), fileName: name)
    }

    static let office = DepartmentKey(region: region, code: "202")
    static let services = DepartmentKey(region: region, code: "236")

    /// The 2025 merge: 236's services went to 202.
    static let merge = LineageEvent(
        kind: .merge,
        region: region,
        fromCodes: ["236"],
        toCodes: ["202"],
        effectiveYear: 2025,
        note: "行政服务中心、公共资源交易中心划入区政府办公室"
    )
}

/// Finds an amount in facts.
extension [Fact] {
    func amount(_ table: TableKind, _ row: String, _ column: String) -> Amount? {
        first { $0.table == table && $0.row == row && $0.column == column }?.amount
    }
}

extension Amount {
    /// A literal amount for expectations: `Amount.of("1664.80")`.
    static func of(_ text: String) -> Amount {
        guard let amount = Amount(text) else { preconditionFailure("not an amount: \(text)") }
        return amount
    }
}
