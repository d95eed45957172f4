import YusuanCore

/// The amounts that differ between two revisions: changed, added (blank before) and removed (blank after).
public struct RevisionDiff: Sendable, Hashable {
    /// One differing cell.
    public struct Change: Sendable, Hashable, Codable {
        public var address: FactAddress
        /// The row's printed name (from the newer revision when it has the cell).
        public var name: String
        /// The amount before; nil when the cell was blank or absent.
        public var old: Amount?
        /// The amount after; nil when the cell is blank or absent.
        public var new: Amount?

        /// `new − old`, when both are there.
        public var difference: Amount? {
            guard let old, let new else { return nil }
            return new - old
        }
    }

    public var old: RevisionKey
    public var new: RevisionKey
    /// The differing cells, by table, row and column. A value rewritten with another precision only
    /// (`2197.4` → `2197.40`) is not a change.
    public var changes: [Change]
    /// Whether the documents differ elsewhere (narrative text, identity, labels) while all amounts agree.
    public var hasChangesOutsideFacts = false

    /// Compares the facts of two revisions.
    public init(old: RevisionKey, new: RevisionKey, oldFacts: [Fact], newFacts: [Fact]) {
        self.old = old
        self.new = new
        var before: [FactAddress: Fact] = [:]
        for fact in oldFacts { before[fact.address] = fact }
        var after: [FactAddress: Fact] = [:]
        for fact in newFacts { after[fact.address] = fact }
        var changes: [Change] = []
        for address in Set(before.keys).union(after.keys) {
            let a = before[address]
            let b = after[address]
            if let a, let b, a.amount.isNumericallyEqual(to: b.amount) { continue }
            changes.append(Change(address: address, name: b?.name ?? a?.name ?? "", old: a?.amount, new: b?.amount))
        }
        self.changes = changes.sorted { $0.address < $1.address }
    }
}
