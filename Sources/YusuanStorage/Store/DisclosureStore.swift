import YusuanCore

/// Where disclosures, their revisions, facts, findings and the lineage of departments are kept.
///
/// Three implementations pass the same test suite: ``InMemoryDisclosureStore`` (tests), SQLite (the embedded
/// default, module `YusuanStorageSQLite`) and PostgreSQL (a shared deployment, module `YusuanStoragePostgres`).
///
/// Nothing is overwritten: importing a document again adds a revision when its content changed and does
/// nothing when it did not. Each import is atomic — after a crash a document is either fully stored or absent.
public protocol DisclosureStore: Sendable {
    /// Stores a document as a new revision of its disclosure, unless its content is identical to one of its
    /// revisions (then nothing is written and the result is ``ImportResult/Status/unchanged`` with that
    /// revision, and says whether the latest revision has this content), so that importing a batch again changes
    /// nothing. One transaction.
    func importDocument(_ document: PreparedDocument) async throws -> ImportResult

    /// How many documents a bulk import (`db import`) hands to ``importDocuments(_:stoppingBefore:)`` at a time, at
    /// least: a store that writes a batch in one transaction wants it larger than one that writes document by
    /// document. Defaults to 8.
    var importBatchSize: Int { get }

    /// Stores documents in order as ``importDocument(_:)`` does, each in its own transaction, and gives the outcome
    /// of each: a document that fails is not stored and the next ones are still imported.
    ///
    /// A store may write the batch in one access to its database (the SQLite store does: one hop to its writer
    /// instead of one per document); by default the documents are imported one by one.
    func importDocuments(_ documents: [PreparedDocument]) async -> [Result<ImportResult, any Error>]

    /// Stores documents in order as ``importDocuments(_:)`` does, but stops before the first document for which
    /// `stopsBefore` (given its index and the outcomes so far) says so, and gives the outcomes of the documents before
    /// it: a caller that validated a document against one written just before can check that write first.
    /// `stopsBefore` is not asked about the first document.
    func importDocuments(
        _ documents: [PreparedDocument],
        stoppingBefore stopsBefore: @Sendable (_ index: Int, _ outcomes: [Result<ImportResult, any Error>]) -> Bool
    ) async -> [Result<ImportResult, any Error>]

    /// Registers a department or updates its name, level and parent (used for departments without documents
    /// and to record levels and parents). Documents imported later keep their own names.
    func registerDepartment(_ department: Department) async throws

    /// The departments, sorted by region and code; only those of `region` when given.
    func departments(region: String?) async throws -> [Department]

    /// The stored disclosures, sorted by department, year and kind; filtered by region and year when given.
    func disclosures(region: String?, year: Int?) async throws -> [DisclosureListing]

    /// The revisions of a disclosure, oldest first; empty when it is not stored.
    func revisions(of key: DisclosureKey) async throws -> [RevisionInfo]

    /// The full model of a revision, decoded from its canonical JSON.
    /// - Throws: ``StorageError`` `notFound` when the revision is not stored.
    func document(_ revision: RevisionKey) async throws -> Disclosure

    /// The facts of a revision, in stored order.
    func facts(_ revision: RevisionKey) async throws -> [Fact]

    /// The findings stored with a revision, in stored order.
    func findings(_ revision: RevisionKey) async throws -> [StoredFinding]

    /// The facts of the latest revision of each of the given disclosures that is stored, restricted to
    /// `tables` when given, in the order of `keys`.
    func latestFacts(of keys: [DisclosureKey], tables: Set<TableKind>?) async throws -> [DisclosureFacts]

    /// The facts of the latest revision of every disclosure of a region, year and kind, restricted to
    /// `tables` when given, sorted by department.
    func latestFacts(region: String, year: Int, kind: DocumentKind, tables: Set<TableKind>?) async throws
        -> [DisclosureFacts]

    /// Stored amounts with their disclosures (the rows of the `facts` view) that pass `filter`, in a stable order —
    /// the store's revisions in the order they were stored, each revision's amounts by table then in stored order —
    /// starting after `position`: at most `limit` rows, and where the next page starts when there are more.
    func factRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws -> RowPage<FactRow>

    /// Stored findings with their disclosures that pass `filter` (its region, year and revisions; `table` and
    /// `rowCode` are not applied), in the order of ``factRows(_:after:limit:)``: at most `limit`, and where the next
    /// page starts.
    func findingRows(_ filter: FactFilter, after position: RowPosition?, limit: Int) async throws
        -> RowPage<FindingRow>

    /// Records a lineage event and returns it with its identifier.
    func addLineageEvent(_ event: LineageEvent) async throws -> LineageEvent

    /// The recorded lineage events, by effective year then identifier; those of `region` when given.
    func lineageEvents(region: String?) async throws -> [LineageEvent]

    /// Releases the database (connections, file handles). The store must not be used afterwards.
    func close() async throws
}

/// A stored disclosure as listed: its key, the name in its latest revision, and how many revisions it has.
public struct DisclosureListing: Sendable, Hashable, Codable {
    public var key: DisclosureKey
    public var departmentName: String
    public var latestRevision: Int
    public var revisionCount: Int

    /// Creates a listing.
    public init(key: DisclosureKey, departmentName: String, latestRevision: Int, revisionCount: Int) {
        self.key = key
        self.departmentName = departmentName
        self.latestRevision = latestRevision
        self.revisionCount = revisionCount
    }
}

extension DisclosureStore {
    public var importBatchSize: Int { 8 }

    /// Imports the documents one by one (see the requirement).
    public func importDocuments(_ documents: [PreparedDocument]) async -> [Result<ImportResult, any Error>] {
        var results: [Result<ImportResult, any Error>] = []
        results.reserveCapacity(documents.count)
        for document in documents {
            do {
                results.append(.success(try await importDocument(document)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// Imports the documents one by one, stopping where `stopsBefore` says (see the requirement).
    public func importDocuments(
        _ documents: [PreparedDocument],
        stoppingBefore stopsBefore: @Sendable (_ index: Int, _ outcomes: [Result<ImportResult, any Error>]) -> Bool
    ) async -> [Result<ImportResult, any Error>] {
        var results: [Result<ImportResult, any Error>] = []
        for (index, document) in documents.enumerated() {
            if index > 0, stopsBefore(index, results) { break }
            do {
                results.append(.success(try await importDocument(document)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// The latest revision of a disclosure, or `nil` when it is not stored.
    public func latestRevision(of key: DisclosureKey) async throws -> RevisionInfo? {
        try await revisions(of: key).last
    }

    /// The document of the latest stored revision of a disclosure, or `nil` when none is stored.
    public func latestDocument(of key: DisclosureKey) async throws -> Disclosure? {
        guard let revision = try await latestRevision(of: key) else { return nil }
        return try await document(revision.key)
    }

    /// The amounts that differ between two revisions (usually of the same disclosure).
    public func difference(from old: RevisionKey, to new: RevisionKey) async throws -> RevisionDiff {
        let oldFacts = try await facts(old)
        let newFacts = try await facts(new)
        let oldDocument = try await document(old)
        let newDocument = try await document(new)
        var diff = RevisionDiff(old: old, new: new, oldFacts: oldFacts, newFacts: newFacts)
        diff.hasChangesOutsideFacts =
            oldDocument.withoutSourceLines() != newDocument.withoutSourceLines() && diff.changes.isEmpty
        return diff
    }
}
