import Foundation
import YusuanCore

/// A renderer that writes a disclosure as one file. Renderers are pure: they return bytes and write nothing.
public protocol DisclosureRenderer: Sendable {
    /// The usual file extension of the output, without the dot (`html`).
    var fileExtension: String { get }

    /// The document in this renderer's format.
    ///
    /// - Throws: when the document cannot be expressed in the format (for example a workbook that cannot be
    ///   packed).
    func render(_ disclosure: Disclosure) throws -> Data
}

/// A renderer that writes a disclosure as a set of files (one per table, plus descriptors).
public protocol DisclosureFileSetRenderer: Sendable {
    /// The files by name (`01-financial-summary.csv`), each with its bytes.
    func renderFiles(_ disclosure: Disclosure) throws -> [String: Data]
}

/// The published text layout (``PublishedTextRenderer``) as a ``DisclosureRenderer``.
public struct TextRenderer: DisclosureRenderer {
    public init() {}

    public var fileExtension: String { "txt" }

    public func render(_ disclosure: Disclosure) throws -> Data { Data(PublishedTextRenderer.render(disclosure).utf8) }
}

/// Canonical JSON (``CanonicalJSON``) as a ``DisclosureRenderer``.
public struct JSONRenderer: DisclosureRenderer {
    public init() {}

    public var fileExtension: String { "json" }

    public func render(_ disclosure: Disclosure) throws -> Data { try CanonicalJSON.encode(disclosure) }
}
