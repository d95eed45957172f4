/// A change in how departments are organised, effective from a budget year: a rename, a merge (one
/// department absorbs others), or a split (one department's services go to several).
///
/// In 2025 南岸区人民政府办公室 (202) absorbed the services of 政务服务管理办公室 (236):
/// `LineageEvent(kind: .merge, region: "重庆市南岸区", fromCodes: ["236"], toCodes: ["202"], effectiveYear: 2025)`.
/// Comparisons of 202's 2025 disclosure then take 202 and 236 together as the prior year.
public struct LineageEvent: Sendable, Hashable, Codable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The department continues under a new name or code.
        case rename
        /// The departments in `fromCodes` are absorbed into those in `toCodes` (usually one).
        case merge
        /// The departments in `fromCodes` (usually one) are divided among those in `toCodes`.
        case split
    }

    /// The stored identifier (0 before the event is stored).
    public var id: Int64
    public var kind: Kind
    /// The region the codes belong to.
    public var region: String
    /// The codes before the event.
    public var fromCodes: [String]
    /// The codes from the effective year on.
    public var toCodes: [String]
    /// The first budget year under the new organisation.
    public var effectiveYear: Int
    /// A free note (the decision it rests on).
    public var note: String?

    /// Creates an event.
    public init(
        id: Int64 = 0,
        kind: Kind,
        region: String,
        fromCodes: [String],
        toCodes: [String],
        effectiveYear: Int,
        note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.region = region
        self.fromCodes = fromCodes
        self.toCodes = toCodes
        self.effectiveYear = effectiveYear
        self.note = note
    }
}
