import YusuanCore

/// The documents a batch has read that later documents need as their prior year, each kept until every document that
/// needs it has taken it.
///
/// Which units are kept, and how many times each is taken, is decided before the batch starts (``PriorPlan``), so the
/// cache holds only documents needed a little later in the batch: its size does not grow with the batch.
actor PriorDocumentCache {
    private struct Entry {
        /// The document once read (`.some(nil)`: it could not be read).
        var document: Disclosure??
        /// How many takes are still to come.
        var remaining: Int
        /// Takers waiting for the document to be read.
        var waiters: [CheckedContinuation<Disclosure?, Never>] = []
    }

    private var entries: [Int: Entry] = [:]

    /// The number of documents held now (for tests).
    var count: Int { entries.values.filter { $0.document != nil }.count }

    /// Keeps the document of `unit` for `uses` takes (`nil`: it could not be read), handing it to those already
    /// waiting.
    func put(_ document: Disclosure?, unit: Int, uses: Int) {
        var entry = entries[unit] ?? Entry(remaining: uses)
        entry.document = .some(document)
        for waiter in entry.waiters {
            waiter.resume(returning: document)
            entry.remaining -= 1
        }
        entry.waiters = []
        entries[unit] = entry.remaining > 0 ? entry : nil
    }

    /// The document of `unit`, once it is read; the entry goes when the last of its `uses` takes it.
    func take(_ unit: Int, uses: Int) async -> Disclosure? {
        if var entry = entries[unit], let document = entry.document {
            entry.remaining -= 1
            entries[unit] = entry.remaining > 0 ? entry : nil
            return document
        }
        return await withCheckedContinuation { continuation in
            var entry = entries[unit] ?? Entry(remaining: uses)
            entry.waiters.append(continuation)
            entries[unit] = entry
        }
    }
}

/// Which unit of a batch is each unit's prior year, and which units the batch keeps in memory for the units after
/// them (``PriorDocumentCache``).
struct PriorPlan: Sendable {
    /// How far after its prior year a document may come for the prior to be kept for it; a prior needed further on
    /// (or before) is read again by each unit that needs it.
    static let reach = 64

    /// Each unit's prior year among the units (an index), or `nil`.
    var prior: [Int?]
    /// For a 决算, the unit of the same department's budget of the same year (an index), or `nil` (P8).
    var budget: [Int?]
    /// The units kept for the units after them, with the number of those.
    var kept: [Int: Int]

    /// Plans the priors: `prior[i]` is the unit whose document is unit `i`'s previous year, `budget[i]` (when
    /// given) the unit of unit `i`'s budget of the same year; a unit needed as both is taken once for each.
    init(prior: [Int?], budget: [Int?] = [], reach: Int = PriorPlan.reach) {
        self.prior = prior
        self.budget = budget.isEmpty ? Array(repeating: nil, count: prior.count) : budget
        var dependents: [Int: [Int]] = [:]
        for (unit, found) in prior.enumerated() {
            if let found { dependents[found, default: []].append(unit) }
        }
        for (unit, found) in self.budget.enumerated() {
            if let found { dependents[found, default: []].append(unit) }
        }
        var kept: [Int: Int] = [:]
        for (unit, needing) in dependents where needing.allSatisfy({ $0 > unit && $0 - unit <= reach }) {
            kept[unit] = needing.count
        }
        self.kept = kept
    }
}
