/// Checks on the ends of a run of bytes cut from text already validated as UTF-8.
public enum UTF8Boundaries {
    /// Whether `bytes`, a run cut from valid UTF-8, starts and ends on scalar boundaries: its first byte is not a
    /// continuation byte and its last scalar is complete. Such a run is itself valid UTF-8.
    @inlinable
    public static func isWholeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0 else { return true }
        if isContinuation(bytes[0]) { return false }
        // The common ends first: an ASCII byte, or a whole scalar of three bytes (a Chinese character).
        let last = bytes[count - 1]
        if last < 0x80 { return true }
        if count >= 3 && bytes[count - 3] & 0xF0 == 0xE0 && isContinuation(bytes[count - 2]) && isContinuation(last) {
            return true
        }
        // Walk back over the trailing continuation bytes to the lead byte of the last scalar.
        var lead = count - 1
        while lead > 0 && isContinuation(bytes[lead]) && count - lead < 4 { lead -= 1 }
        guard !isContinuation(bytes[lead]) else { return false }
        return count - lead == ScalarClass.scalarLength(lead: bytes[lead])
    }

    @inlinable @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
