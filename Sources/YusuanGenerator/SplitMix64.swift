/// SplitMix64, a small deterministic pseudo-random generator (Steele, Lea and Flood, 2014).
///
/// The same seed gives the same sequence on every platform and toolchain: the helpers below draw from
/// ``next()`` with their own arithmetic instead of the standard library's sampling, whose algorithm is not
/// part of its contract.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly drawn integer in `range` (rejection sampling, no modulo bias).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return range.lowerBound &+ Int(truncatingIfNeeded: next()) }
        let limit = UInt64.max - UInt64.max % span
        var value = next()
        while value >= limit { value = next() }
        return range.lowerBound + Int(value % span)
    }

    /// A uniformly drawn 64-bit integer in `range`.
    public mutating func int64(in range: ClosedRange<Int64>) -> Int64 {
        Int64(int(in: Int(range.lowerBound)...Int(range.upperBound)))
    }

    /// `true` with a probability of `percent` in 100.
    public mutating func chance(_ percent: Int) -> Bool { int(in: 0...99) < percent }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ elements: [T]) -> T {
        elements[int(in: 0...(elements.count - 1))]
    }

    /// The elements in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ elements: [T]) -> [T] {
        var result = elements
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(in: 0...index))
        }
        return result
    }

    /// `count` distinct elements in a random order (all of them when `count` exceeds the array).
    public mutating func sample<T>(_ elements: [T], count: Int) -> [T] {
        Array(shuffled(elements).prefix(max(0, count)))
    }

    /// A generator for a sub-stream, derived from this seed and a stream number, independent of draws so far.
    static func derived(seed: UInt64, stream: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }
}
