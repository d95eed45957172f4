/// Owns the bytes of the spans the importer makes rather than cuts from the text (a wrapped cell joined back), so
/// they stay valid as long as the arena does.
final class TextArena {
    private var blocks: [UnsafeMutableBufferPointer<UInt8>] = []

    init() {}

    /// A span holding the bytes of `first` then `second`.
    func joined(_ first: TextSpan, _ second: TextSpan) -> TextSpan {
        let block = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, first.count + second.count))
        _ = block.initialize(from: first.bytes)
        _ = UnsafeMutableBufferPointer(rebasing: block[first.count...]).initialize(from: second.bytes)
        blocks.append(block)
        return TextSpan(UnsafeBufferPointer(rebasing: block[0..<(first.count + second.count)]))
    }

    deinit {
        for block in blocks { block.deallocate() }
    }
}
