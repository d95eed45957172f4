/// The first row with each code made of digits, found by a binary search in the rows' ``DigitCode`` keys sorted
/// once, without hashing.
struct RowKeyIndex: Sendable {
    /// The keys of the rows that have one, in ascending order; rows with the same key in row order.
    private let keys: [Int]
    /// The row position of each key in ``keys``.
    private let positions: [Int]

    /// Indexes the key of each row (nil for a row whose code is not made of digits).
    init(keys rowKeys: [Int?]) {
        var pairs: [(key: Int, position: Int)] = []
        pairs.reserveCapacity(rowKeys.count)
        var isSorted = true
        for (position, key) in rowKeys.enumerated() {
            guard let key else { continue }
            if let last = pairs.last, last.key > key { isSorted = false }
            pairs.append((key, position))
        }
        // Tables list their codes in order, so the keys are usually sorted already.
        if !isSorted { pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position } }
        keys = pairs.map(\.key)
        positions = pairs.map(\.position)
    }

    /// The position of the first row whose key is `key`.
    func firstPosition(of key: Int) -> Int? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? positions[low] : nil
    }
}
