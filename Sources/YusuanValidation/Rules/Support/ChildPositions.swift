/// For each row of a coded table, the positions of its direct children in row order, kept in one flat list.
struct ChildPositions: Sendable {
    /// The children of every parent, parent after parent (``range(of:)`` says where a row's are).
    let positions: [Int]
    /// For each row, where its children start in ``positions`` and where they end (two entries per row); empty
    /// when no row has children.
    private let bounds: [Int]

    /// No row has children.
    init() {
        positions = []
        bounds = []
    }

    /// Lists the children from each row's parent (-1 for none); `owners` gives, for each row, the row whose
    /// children it has (-1 for none), so that rows sharing a code share their children.
    init(parents: [Int], owners: [Int]) {
        let count = parents.count
        // Where each parent's children start, then (while filling) where the next one goes.
        var starts = [Int](repeating: 0, count: count + 1)
        for parent in parents where parent >= 0 { starts[parent + 1] += 1 }
        for position in 0..<count { starts[position + 1] += starts[position] }
        var next = starts
        var positions = [Int](repeating: 0, count: starts[count])
        for (position, parent) in parents.enumerated() where parent >= 0 {
            positions[next[parent]] = position
            next[parent] += 1
        }
        var bounds = [Int](repeating: 0, count: 2 * count)
        for (position, owner) in owners.enumerated() where owner >= 0 {
            bounds[2 * position] = starts[owner]
            bounds[2 * position + 1] = starts[owner + 1]
        }
        self.positions = positions
        self.bounds = bounds
    }

    /// Where the children of the row at `position` are in ``positions``.
    func range(of position: Int) -> Range<Int> {
        guard !bounds.isEmpty else { return 0..<0 }
        return bounds[2 * position]..<bounds[2 * position + 1]
    }

    /// The children of the row at `position`.
    subscript(position: Int) -> ArraySlice<Int> { positions[range(of: position)] }
}
