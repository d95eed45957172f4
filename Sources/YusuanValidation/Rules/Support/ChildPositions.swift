/// For each row of a coded table, the positions of its direct children in row order, kept in one flat list.
struct ChildPositions: Sendable {
    /// Where the children of each row start, then after the last row where they end (one more entry than rows),
    /// then the children of every parent, parent after parent: one buffer, in which ``range(of:)`` says where a
    /// row's children are. Empty when no row has children.
    let positions: [Int]
    /// For each row, the row whose children it has (-1 for none); empty when each row has its own children (or
    /// when no row has children).
    private let owners: [Int]

    /// No row has children.
    init() {
        positions = []
        owners = []
    }

    /// Lists the children from each row's parent (-1 for none); `owners` gives, for each row, the row whose
    /// children it has (-1 for none), so that rows sharing a code share their children, or is empty when each row
    /// has its own.
    init(parents: [Int], owners: [Int]) {
        let count = parents.count
        var childCount = 0
        for parent in parents where parent >= 0 { childCount += 1 }
        // The children are listed after the starts.
        let base = count + 1
        var positions = [Int](repeating: 0, count: base + childCount)
        // The number of children of each parent, then where they end.
        for parent in parents where parent >= 0 { positions[parent] += 1 }
        var end = base
        for position in 0..<base {
            end += positions[position]
            positions[position] = end
        }
        // Filling the list backwards moves each parent's entry to where its children start.
        for position in (0..<count).reversed() where parents[position] >= 0 {
            positions[parents[position]] -= 1
            positions[positions[parents[position]]] = position
        }
        self.positions = positions
        self.owners = owners
    }

    /// Where the children of the row at `position` are in ``positions``.
    func range(of position: Int) -> Range<Int> {
        guard !positions.isEmpty else { return 0..<0 }
        let owner = owners.isEmpty ? position : owners[position]
        return owner < 0 ? 0..<0 : positions[owner]..<positions[owner + 1]
    }

    /// The children of the row at `position`.
    subscript(position: Int) -> ArraySlice<Int> { positions[range(of: position)] }
}
