/// The first row with each code made of digits, found by a binary search in the rows' ``DigitCode`` keys sorted
/// once, without hashing.
struct RowKeyIndex: Sendable {
    /// The keys of the rows that have one with their positions, in ascending order of key; rows with the same key
    /// in row order.
    private let entries: [(key: Int, position: Int)]
    /// Whether some rows share a key (otherwise every row with a key is the first with it).
    let hasRepeatedKeys: Bool

    /// Indexes the key of each row (nil for a row whose code is not made of digits).
    init<Keys: Collection<Int?>>(keys rowKeys: Keys) {
        var entries: [(key: Int, position: Int)] = []
        entries.reserveCapacity(rowKeys.count)
        var isSorted = true
        for (position, key) in rowKeys.enumerated() {
            guard let key else { continue }
            if let last = entries.last, last.key > key { isSorted = false }
            entries.append((key, position))
        }
        // Tables list their codes in order, so the keys of each length are usually sorted already.
        // The sort is stable, so that rows with the same key stay in row order (the order they were added in).
        if !isSorted { entries.sort { $0.key < $1.key } }
        self.entries = entries
        hasRepeatedKeys = entries.indices.dropFirst().contains { entries[$0].key == entries[$0 - 1].key }
    }

    /// The position of the first row whose key is `key`.
    func firstPosition(of key: Int) -> Int? {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].key == key ? entries[low].position : nil
    }
}
