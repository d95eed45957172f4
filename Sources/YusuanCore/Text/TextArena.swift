/// Owns the memory behind the spans and cell rows of one reading pass: the cells of every line (one block for the whole
/// text) and the cells a reader makes rather than cuts from the text (a wrapped cell joined back). They stay
/// valid as long as the arena does.
public final class TextArena {
    private var byteBlocks: [UnsafeMutableBufferPointer<UInt8>] = []
    private var spanBlocks: [UnsafeMutableBufferPointer<TextSpan>] = []

    public init() {}

    /// A span holding the bytes of `first` then `second`.
    public func joined(_ first: TextSpan, _ second: TextSpan) -> TextSpan {
        let block = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, first.count + second.count))
        _ = block.initialize(from: first.storage)
        _ = UnsafeMutableBufferPointer(rebasing: block[first.count...]).initialize(from: second.storage)
        byteBlocks.append(block)
        return TextSpan(UnsafeBufferPointer(rebasing: block[0..<(first.count + second.count)]))
    }

    /// Room for `capacity` spans (cells are plain values: the memory needs no initialising before it is written).
    func spanBlock(capacity: Int) -> UnsafeMutableBufferPointer<TextSpan> {
        let block = UnsafeMutableBufferPointer<TextSpan>.allocate(capacity: max(1, capacity))
        spanBlocks.append(block)
        return block
    }

    /// A row holding the given cells.
    public func row(_ cells: [TextSpan]) -> CellRow {
        let block = spanBlock(capacity: cells.count)
        _ = block.initialize(from: cells)
        return CellRow(UnsafeBufferPointer(rebasing: block[0..<cells.count]))
    }

    deinit {
        for block in byteBlocks { block.deallocate() }
        for block in spanBlocks { block.deallocate() }
    }
}
