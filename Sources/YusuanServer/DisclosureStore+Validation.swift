import YusuanCore
import YusuanStorage
import YusuanValidation

extension DisclosureStore {
    /// The validator's findings for a document (Chinese messages), checked against the latest stored revision of
    /// the same department's prior year when there is one, and a 决算 against its stored budget of the same year
    /// (P8), as `db import` checks them.
    public func validationFindings(for disclosure: Disclosure) async throws -> [StoredFinding] {
        let key = DisclosureKey(
            department: DepartmentKey(identity: disclosure.identity),
            year: disclosure.identity.year,
            kind: disclosure.identity.kind
        )
        let prior = try await latestDocument(of: key.priorYear)
        let budget = key.kind == .finalAccount ? try await latestDocument(of: key.budget) : nil
        return Validator().validate(disclosure, prior: prior, budget: budget).findings.map(StoredFinding.init(finding:))
    }
}
