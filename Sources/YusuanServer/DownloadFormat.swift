import Foundation
import YusuanCore
import YusuanRender
import YusuanStorage

/// The formats a disclosure can be downloaded in: every format of the renderer (PDF only when a Chromium is
/// available to print with).
public enum DownloadFormat: String, Sendable, CaseIterable {
    case html
    case xlsx
    case markdown
    case text
    case json
    case csv
    case pdf

    /// The label on the disclosure page.
    public var label: String {
        switch self {
        case .html: "网页（HTML）"
        case .xlsx: "Excel 工作簿（XLSX）"
        case .markdown: "Markdown"
        case .text: "公开文本（TXT）"
        case .json: "结构化数据（JSON）"
        case .csv: "CSV 数据包（ZIP）"
        case .pdf: "PDF"
        }
    }

    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .xlsx: "xlsx"
        case .markdown: "md"
        case .text: "txt"
        case .json: "json"
        case .csv: "zip"
        case .pdf: "pdf"
        }
    }

    public var contentType: String {
        switch self {
        case .html: "text/html; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .markdown: "text/markdown; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .csv: "application/zip"
        case .pdf: "application/pdf"
        }
    }

    /// The formats offered with these services.
    public static func available(services: ServerServices) -> [DownloadFormat] {
        allCases.filter { $0 != .pdf || services.chromiumPath != nil }
    }

    /// `/disclosures/ID/download/FORMAT`, with `?revision=N` for an older revision.
    public static func path(_ key: DisclosureKey, format: DownloadFormat, revision: Int?) -> String {
        let base = "\(PortalIdentifiers.disclosurePath(key))/download/\(format.rawValue)"
        return revision.map { "\(base)?revision=\($0)" } ?? base
    }

    /// `202-2025-budget.xlsx` (ASCII: `disclosure-2025-budget.xlsx` when the code is not).
    public func fileName(_ key: DisclosureKey) -> String {
        let code =
            key.department.code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            ? key.department.code : "disclosure"
        return "\(code)-\(key.year)-\(PortalIdentifiers.slug(key.kind)).\(fileExtension)"
    }

    /// The document in this format.
    func render(_ disclosure: Disclosure, services: ServerServices) async throws -> Data {
        switch self {
        case .html: return try HTMLRenderer().render(disclosure)
        case .xlsx: return try XLSXRenderer().render(disclosure)
        case .markdown: return try MarkdownRenderer().render(disclosure)
        case .text: return try TextRenderer().render(disclosure)
        case .json: return try JSONRenderer().render(disclosure)
        case .csv: return try StoredZip.archive(CSVPackageRenderer().renderFiles(disclosure))
        case .pdf:
            guard services.chromiumPath != nil else {
                throw PortalError.notFound("本服务器没有可用的 Chromium，无法生成 PDF", parameter: "format")
            }
            return try await services.pdfPrints.pdf(html: HTMLRenderer().render(disclosure))
        }
    }
}
