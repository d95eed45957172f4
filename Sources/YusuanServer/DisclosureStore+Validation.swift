import YusuanCore
import YusuanStorage
import YusuanValidation

extension DisclosureStore {
    /// The validator's findings for a document (Chinese messages), checked against the latest stored revision of
    /// the same department's prior year when there is one.
    public func validationFindings(for disclosure: Disclosure) async throws -> [StoredFinding] {
        let priorKey = DisclosureKey(
            department: DepartmentKey(identity: disclosure.identity),
            year: disclosure.identity.year - 1,
            kind: disclosure.identity.kind
        )
        var prior: Disclosure?
        if let revision = try await latestRevision(of: priorKey) {
            prior = try await document(revision.key)
        }
        return Validator().validate(disclosure, prior: prior).findings.map(StoredFinding.init(finding:))
    }
}
