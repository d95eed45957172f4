import YusuanCore
import YusuanServer
import YusuanStorage
import YusuanValidation

/// A document of `db import` read (from a file, or joined from two), validated and prepared for the store, with what
/// its validation read.
struct PreparedFile: Sendable {
    var document: PreparedDocument
    /// The prior year of the same department and kind (`nil` when the file is not validated).
    var priorKey: DisclosureKey?
    /// The prior-year revision the validation read (`nil`: none was stored then).
    var priorRevision: RevisionKey?

    /// Validates (against the latest stored revision of the prior year) and prepares a document read from `source`
    /// (a file, or the two files of a joined document).
    static func prepare(
        _ disclosure: Disclosure,
        source: String,
        store: any DisclosureStore,
        region: String?,
        validates: Bool
    ) async throws -> PreparedFile {
        let document = try PreparedDocument(disclosure, source: source, region: region)
        var prepared = PreparedFile(document: document)
        guard validates else { return prepared }
        let key = document.key
        let priorKey = DisclosureKey(department: key.department, year: key.year - 1, kind: key.kind)
        prepared.priorKey = priorKey
        await prepared.validate(against: (try? await store.latestRevision(of: priorKey))?.key, in: store)
        return prepared
    }

    /// Validates the file again when the latest stored revision of its prior year is no longer the one its
    /// validation read (the prior year was written, by this run, after this file was validated).
    mutating func revalidateIfThePriorYearChanged(in store: any DisclosureStore) async {
        guard let priorKey else { return }
        let current = (try? await store.latestRevision(of: priorKey))?.key
        guard current != priorRevision else { return }
        await validate(against: current, in: store)
    }

    private mutating func validate(against prior: RevisionKey?, in store: any DisclosureStore) async {
        var priorDocument: Disclosure?
        if let prior { priorDocument = try? await store.document(prior) }
        priorRevision = prior
        document.findings = Validator().validate(document.disclosure, prior: priorDocument).findings.map(
            StoredFinding.init(finding:)
        )
    }
}
