/// For each row of a coded table, the positions of its direct children in row order, kept in one flat list.
struct ChildPositions: Sendable {
    /// The children of every parent, parent after parent (``range(of:)`` says where a row's are).
    let positions: [Int]
    /// Where the children of each row start in ``positions``, then after the last row where they end; empty when no
    /// row has children.
    private let starts: [Int]
    /// For each row, the row whose children it has (-1 for none); empty when each row has its own children (or
    /// when no row has children).
    private let owners: [Int]

    /// No row has children.
    init() { self.init(positions: [], starts: [], owners: []) }

    private init(positions: [Int], starts: [Int], owners: [Int]) {
        self.positions = positions
        self.starts = starts
        self.owners = owners
    }

    /// Lists the children from each row's parent (-1 for none); `owners` gives, for each row, the row whose
    /// children it has (-1 for none), so that rows sharing a code share their children, or is empty when each row
    /// has its own.
    init(parents: [Int], owners: [Int]) {
        let count = parents.count
        // The number of children of each parent, then where they end.
        var starts = [Int](repeating: 0, count: count + 1)
        for parent in parents where parent >= 0 { starts[parent] += 1 }
        for position in 0..<count { starts[position + 1] += starts[position] }
        // Filling the list backwards moves each parent's entry to where its children start.
        var positions = [Int](repeating: 0, count: starts[count])
        for position in (0..<count).reversed() where parents[position] >= 0 {
            starts[parents[position]] -= 1
            positions[starts[parents[position]]] = position
        }
        self.init(positions: positions, starts: starts, owners: owners)
    }

    /// Where the children of the row at `position` are in ``positions``.
    func range(of position: Int) -> Range<Int> {
        guard !starts.isEmpty else { return 0..<0 }
        let owner = owners.isEmpty ? position : owners[position]
        return owner < 0 ? 0..<0 : starts[owner]..<starts[owner + 1]
    }

    /// The children of the row at `position`.
    subscript(position: Int) -> ArraySlice<Int> { positions[range(of: position)] }
}
