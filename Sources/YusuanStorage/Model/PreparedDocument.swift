import Foundation
import YusuanCore

/// A document ready to store: the model, its canonical JSON and content hash, its facts and findings.
///
/// Preparing is synchronous and does the expensive work (encoding, hashing, extracting facts), so callers can
/// prepare documents in parallel and hand them to a store, which only writes.
public struct PreparedDocument: Sendable {
    public var disclosure: Disclosure
    /// The key the document is stored under.
    public var key: DisclosureKey
    /// The document as ``CanonicalJSON`` (the same envelope, sorted keys and values) written compactly, without
    /// the indentation: about 40 % smaller to store and hash. `CanonicalJSON.decode` reads it, and
    /// `CanonicalJSON.encode` of the result gives the indented bytes.
    public var canonicalJSON: Data
    /// SHA-256 of ``canonicalJSON``, in hexadecimal: identical content, identical hash.
    public var contentHash: String
    /// The amounts of the tables.
    public var facts: [Fact] {
        didSet { factRowsJSON = Self.factRows(facts, genericFacts, of: disclosure) }
    }
    /// The amounts of the tables of other templates (a 决算's nine, a Jiangsu budget's), one per printed amount
    /// (``FactExtractor/genericFacts(of:)``), stored beside ``facts`` and shown by the `facts` view.
    public var genericFacts: [GenericFact] {
        didSet { factRowsJSON = Self.factRows(facts, genericFacts, of: disclosure) }
    }
    /// The facts and generic facts with their units as JSON text (``FactRowsJSON``), what the SQLite store keeps for
    /// its `facts` view.
    public private(set) var factRowsJSON: String
    /// The validation findings to keep with the revision.
    public var findings: [StoredFinding]
    /// Where the document came from (a file path), for the record.
    public var source: String?

    /// Prepares a document.
    /// - Parameters:
    ///   - disclosure: the document.
    ///   - findings: validation findings to store with it.
    ///   - source: where it came from (a path).
    ///   - region: the region, when the department's name does not start with it.
    /// - Throws: when the document cannot be encoded as canonical JSON.
    public init(_ disclosure: Disclosure, findings: [StoredFinding] = [], source: String? = nil, region: String? = nil)
        throws
    {
        self.disclosure = disclosure
        self.key = DisclosureKey(
            department: DepartmentKey(identity: disclosure.identity, region: region),
            year: disclosure.identity.year,
            kind: disclosure.identity.kind
        )
        self.canonicalJSON = try Self.compactCanonicalJSON(disclosure)
        self.contentHash = SHA256.hexDigest(of: canonicalJSON)
        let facts = FactExtractor.facts(of: disclosure)
        self.facts = facts
        let genericFacts = FactExtractor.genericFacts(of: disclosure)
        self.genericFacts = genericFacts
        self.factRowsJSON = Self.factRows(facts, genericFacts, of: disclosure)
        self.findings = findings
        self.source = source
    }

    static func factRows(_ facts: [Fact], _ genericFacts: [GenericFact], of disclosure: Disclosure) -> String {
        FactRowsJSON.encode(facts, generic: genericFacts) { FactsView.unit(of: $0, in: disclosure) }
    }

    /// The envelope of ``CanonicalJSON`` as an `Encodable` value: what the `Codable` path encodes (the reference of
    /// the tests).
    struct Envelope: Encodable {
        var disclosure: Disclosure
        var format = CanonicalJSON.formatIdentifier
        var schemaVersion = Disclosure.schemaVersion

        init(_ disclosure: Disclosure) { self.disclosure = disclosure }
    }

    /// The canonical JSON envelope of ``CanonicalJSON`` with sorted keys and no indentation.
    ///
    /// Written by ``CanonicalJSON/encodeCompact(_:)`` straight from the model: the same bytes as `JSONEncoder` with
    /// `[.sortedKeys, .withoutEscapingSlashes]` over the `Codable` conformances (and as `SortedJSONEncoder`, used
    /// before), about ten times faster; the tests compare them.
    static func compactCanonicalJSON(_ disclosure: Disclosure) throws -> Data {
        // The byte writer is a shortcut beside `JSONEncoder` (``TextShortcut/canonicalJSONWriter``, docs/PERFORMANCE.md).
        guard TextShortcut.canonicalJSONWriter.isEnabled else { return try foundationCompactCanonicalJSON(disclosure) }
        return CanonicalJSON.encodeCompact(disclosure)
    }

    /// The same bytes from Foundation's `JSONEncoder` (the reference in tests).
    static func foundationCompactCanonicalJSON(_ disclosure: Disclosure) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Envelope(disclosure))
    }

    /// The level written in the departments table: `部门` or `单位` after the document's wording.
    public var departmentLevel: String? {
        switch disclosure.identity.wording {
        case .department: "部门"
        case .unit: "单位"
        case .mixed: nil
        }
    }
}

/// What importing one document did.
public struct ImportResult: Sendable, Hashable, Codable {
    /// The three outcomes of an import.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The first revision of a disclosure not stored before.
        case created
        /// A new revision of a stored disclosure whose content changed.
        case revised
        /// The content is identical to a stored revision; nothing was written.
        case unchanged
    }

    public var status: Status
    /// The revision written, or the first stored revision with identical content.
    public var revision: RevisionKey
    /// Whether the disclosure's latest revision now has this content: always for a document written (created or
    /// revised); for an unchanged one, whether its latest revision is identical to it. An earlier revision's content
    /// imported again is unchanged but not the latest (revisions 1 and 2 stored, the content of 1 imported again).
    /// A batch import that validated the next year's document against this one needs this to know that what it
    /// validated against is what the store holds as the latest.
    public var contentIsLatest: Bool

    /// Creates a result of a document written (created or revised), whose content is the latest.
    public init(status: Status, revision: RevisionKey) {
        self.init(status: status, revision: revision, contentIsLatest: status != .unchanged)
    }

    /// Creates a result.
    public init(status: Status, revision: RevisionKey, contentIsLatest: Bool) {
        self.status = status
        self.revision = revision
        self.contentIsLatest = contentIsLatest
    }
}

/// A stored revision without its content.
public struct RevisionInfo: Sendable, Hashable, Codable {
    public var key: RevisionKey
    /// The department's name as the document gives it.
    public var departmentName: String
    public var contentHash: String
    /// Where it was imported from.
    public var source: String?
    /// When it was stored (ISO 8601, UTC).
    public var importedAt: String
    /// How many facts and findings it has.
    public var factCount: Int
    public var findingCount: Int

    /// Creates revision information.
    public init(
        key: RevisionKey,
        departmentName: String,
        contentHash: String,
        source: String?,
        importedAt: String,
        factCount: Int,
        findingCount: Int
    ) {
        self.key = key
        self.departmentName = departmentName
        self.contentHash = contentHash
        self.source = source
        self.importedAt = importedAt
        self.factCount = factCount
        self.findingCount = findingCount
    }
}

/// The facts of the latest revision of one disclosure.
public struct DisclosureFacts: Sendable, Hashable {
    public var revision: RevisionKey
    public var departmentName: String
    public var facts: [Fact]

    /// Creates disclosure facts.
    public init(revision: RevisionKey, departmentName: String, facts: [Fact]) {
        self.revision = revision
        self.departmentName = departmentName
        self.facts = facts
    }

    public var key: DisclosureKey { revision.disclosure }
}
