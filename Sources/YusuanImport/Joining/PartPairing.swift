import YusuanCore

/// Finds, among many inputs, the narrative-only and the tables-only files that are one disclosure.
///
/// Two parts are a pair when they are of the same year and kind, their codes (when both state one) agree, and neither
/// has another candidate at the same step:
/// 1. **their department names** are equal once normalised (``DepartmentNames/agreement(_:_:)``: `中共江苏省委办公厅`
///    and `中国共产党江苏省委员会办公厅`);
/// 2. then equal but for the region one leaves out (`省委办公厅` and `江苏省委办公厅`), among the parts step 1 left;
/// 3. then, where names cannot decide (a name missing, or several candidates whose names agree), **their file names**
///    are the same in the same directory but for a narrative/tables marker (`…-narrative.pdf` / `…-tables.pdf`,
///    `…公开文件.pdf` / `…公开表.pdf`). File names never pair parts whose department names disagree.
///
/// A step is repeated while it finds pairs (pairing one part can leave another with a single candidate). A part left
/// without a partner is unpaired (it is validated alone). Whole documents take no part. Pairing reads only
/// ``PartDescriptor``s, so the inputs can be surveyed first and their documents read again later.
public struct PartPairing: Sendable, Hashable {
    /// Why two parts were paired.
    public enum Reason: String, Sendable, Hashable {
        /// Their department names (with year and kind) agree, and no other part's does (steps 1 and 2).
        case departmentName = "department-name"
        /// Their file names differ only by a narrative/tables marker.
        case fileName = "file-name"
    }

    /// A narrative and the tables of one disclosure: indices into the descriptors.
    public struct Pair: Sendable, Hashable {
        /// The index of the narrative part.
        public var narrative: Int
        /// The index of the tables part.
        public var tables: Int
        /// Why they were paired.
        public var reason: Reason
    }

    /// The pairs, in the order of their narrative parts.
    public var pairs: [Pair]
    /// The indices of the parts left without a partner, in order.
    public var unpaired: [Int]

    /// Pairs the parts among `descriptors` (whole documents are ignored).
    public init(_ descriptors: [PartDescriptor]) {
        // Only parts of the same year and kind can pair: each such group is paired on its own.
        var groups: [GroupKey: [Int]] = [:]
        for index in descriptors.indices where descriptors[index].content != .whole {
            groups[GroupKey(year: descriptors[index].year, kind: descriptors[index].kind), default: []].append(index)
        }
        var pairs: [Pair] = []
        var unpaired: [Int] = []
        for members in groups.values {
            let found = Self.pair(members, of: descriptors)
            pairs += found.pairs
            unpaired += found.unpaired
        }
        self.pairs = pairs.sorted { $0.narrative < $1.narrative }
        self.unpaired = unpaired.sorted()
    }

    private struct GroupKey: Hashable {
        var year: Int
        var kind: DocumentKind
    }

    /// Pairs the parts `members` (indices into `descriptors`) of one year and kind.
    private static func pair(_ members: [Int], of descriptors: [PartDescriptor]) -> (pairs: [Pair], unpaired: [Int]) {
        var narratives = members.filter { descriptors[$0].content == .narrative }
        var tables = members.filter { descriptors[$0].content == .tables }
        var pairs: [Pair] = []
        for step in [Step.sameName, .sameNameButForRegion, .fileName] {
            // Pairing one part can leave another with a single candidate: repeat until nothing changes.
            var changed = true
            while changed {
                changed = false
                for narrative in narratives {
                    let found = tables.filter { fit(descriptors[narrative], descriptors[$0], by: step) }
                    guard found.count == 1, let partner = found.first else { continue }
                    let rivals = narratives.filter { fit(descriptors[$0], descriptors[partner], by: step) }
                    guard rivals == [narrative] else { continue }
                    pairs.append(Pair(narrative: narrative, tables: partner, reason: step.reason))
                    narratives.removeAll { $0 == narrative }
                    tables.removeAll { $0 == partner }
                    changed = true
                }
            }
        }
        return (pairs, narratives + tables)
    }

    /// The steps of pairing, in order.
    enum Step {
        case sameName, sameNameButForRegion, fileName

        var reason: Reason { self == .fileName ? .fileName : .departmentName }
    }

    /// Whether a narrative and a tables part fit together at `step`.
    static func fit(_ narrative: PartDescriptor, _ tables: PartDescriptor, by step: Step) -> Bool {
        guard narrative.year == tables.year, narrative.kind == tables.kind else { return false }
        if let one = narrative.departmentCode, let other = tables.departmentCode, !one.isEmpty, !other.isEmpty,
            one != other
        {
            return false
        }
        let names = DepartmentNames.agreement(narrative.departmentName, tables.departmentName)
        switch step {
        case .sameName:
            return names == .same
        case .sameNameButForRegion:
            return names.namesOneDepartment
        case .fileName:
            return names != .different
                && PartFileName.namesOneDisclosure(narrative: narrative.file, tables: tables.file)
        }
    }
}
