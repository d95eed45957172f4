/// The UTF-8 bytes of a text, for tests that hold the byte-level primitives of the text layer to reference code.
extension StringProtocol {
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var copy = String(self)
        return try copy.withUTF8(body)
    }
}
