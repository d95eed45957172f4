import Foundation

extension Data {
    /// The offset from the start of the data of the first `byte`, found by ``ByteSearch/firstOffset(ofByte:in:from:)``
    /// (`firstIndex(of:)` reads one byte at a time through exclusivity checks).
    public func firstOffset(ofByte byte: UInt8) -> Int? {
        withUnsafeBytes { raw in
            ByteSearch.firstOffset(ofByte: byte, in: raw.bindMemory(to: UInt8.self))
        }
    }
}
