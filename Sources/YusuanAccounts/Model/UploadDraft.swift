import Foundation
import YusuanCore
import YusuanStorage

/// An uploaded document waiting to be published: its canonical JSON, the validator's findings, who uploaded it
/// and when. The editor sees the draft and its findings, then publishes it as a new revision (or not).
public struct UploadDraft: Sendable, Hashable {
    /// Where a draft is in its life.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Uploaded, not published.
        case pending
        /// Stored as a revision of its disclosure (see ``UploadDraft/publishedRevision``).
        case published
    }

    /// The store's identifier (0 before the draft is stored).
    public var id: Int64
    /// The account that uploaded it.
    public var uploaderID: Int64
    /// The uploader's login name, for lists.
    public var uploader: String
    /// When it was uploaded.
    public var uploadedAt: Date
    /// The file name as uploaded.
    public var fileName: String
    /// The format the importer recognised (`text`, `xlsx`, `json`, `pdf`).
    public var format: String
    /// The disclosure the document belongs to.
    public var key: DisclosureKey
    /// The department's name as printed in the document.
    public var departmentName: String
    /// The document as compact canonical JSON (``PreparedDocument/canonicalJSON``).
    public var canonicalJSON: Data
    /// The validator's findings at upload.
    public var findings: [StoredFinding]
    public var status: Status
    /// The revision number it became, once published.
    public var publishedRevision: Int?
    /// When it was published.
    public var publishedAt: Date?

    /// Creates a draft.
    public init(
        id: Int64 = 0,
        uploaderID: Int64,
        uploader: String,
        uploadedAt: Date = Date(),
        fileName: String,
        format: String,
        key: DisclosureKey,
        departmentName: String,
        canonicalJSON: Data,
        findings: [StoredFinding],
        status: Status = .pending,
        publishedRevision: Int? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.uploaderID = uploaderID
        self.uploader = uploader
        self.uploadedAt = uploadedAt
        self.fileName = fileName
        self.format = format
        self.key = key
        self.departmentName = departmentName
        self.canonicalJSON = canonicalJSON
        self.findings = findings
        self.status = status
        self.publishedRevision = publishedRevision
        self.publishedAt = publishedAt
    }

    /// The number of findings of severity `error`: a draft with any cannot be published.
    public var errorCount: Int { findings.count { $0.severity == "error" } }

    /// The number of findings of severity `warning`.
    public var warningCount: Int { findings.count { $0.severity == "warning" } }

    /// The document, decoded from its canonical JSON.
    public func document() throws -> Disclosure { try CanonicalJSON.decode(canonicalJSON) }
}

/// Encodes findings for a draft's row (JSON, keys sorted).
enum DraftFindingsCoding {
    static func encode(_ findings: [StoredFinding]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(findings), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [StoredFinding] {
        do {
            return try JSONDecoder().decode([StoredFinding].self, from: Data(text.utf8))
        } catch {
            throw AccountError(.corrupt, "the findings of a stored draft cannot be decoded", cause: error)
        }
    }
}
