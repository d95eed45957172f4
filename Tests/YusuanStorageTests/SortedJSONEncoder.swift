import Foundation

/// Encodes an `Encodable` value as compact JSON whose object keys are sorted by their UTF-8 bytes: byte for byte
/// what Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes on Linux, in one pass over
/// a byte buffer and without building a tree of values first (several times faster).
///
/// It supports what the disclosure model uses: keyed, unkeyed and single-value containers of strings, booleans,
/// integers and nested values. Anything else — floating-point numbers, `Date`, `Data`, `URL`, `Decimal` (which
/// `JSONEncoder` formats in its own ways), nested containers, super encoders, a key written twice, a value that
/// writes nothing — throws ``Unsupported``, and the caller uses `JSONEncoder` instead.
///
/// The store wrote its canonical JSON with it until ``CanonicalJSON/encodeCompact(_:)`` wrote the same bytes without
/// `Codable`; it stays here as a second reference of the `Codable` path for the tests.
enum SortedJSONEncoder {
    /// The value uses something this encoder does not write exactly as `JSONEncoder` would.
    struct Unsupported: Error, CustomStringConvertible {
        var what: String
        var description: String { "SortedJSONEncoder does not support \(what)" }
    }

    /// The JSON bytes of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let sink = Sink()
        try sink.encodeValue(value)
        if let unsupported = sink.unsupported { throw Unsupported(what: unsupported) }
        return Data(sink.bytes)
    }

    /// The output buffer and the containers still open, innermost last.
    final class Sink {
        struct Entry {
            var key: String
            /// The byte range of `"key":value`, without the comma before it.
            var range: Range<Int>
        }

        struct Frame {
            var isObject: Bool
            /// Where the first entry starts (after the opening bracket).
            var start: Int
            var entries: [Entry] = []
            var count = 0
            var isSorted = true
        }

        // One sink serves one encoding on one thread: the dynamic exclusivity checks of class properties were a
        // tenth of the encoding time.
        @exclusivity(unchecked) var bytes: [UInt8] = []
        @exclusivity(unchecked) var frames: [Frame] = []
        /// Set when something unsupported happened where no error can be thrown.
        @exclusivity(unchecked) var unsupported: String?

        init() { bytes.reserveCapacity(64 * 1024) }

        func encodeValue<T: Encodable>(_ value: T) throws {
            if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
                throw Unsupported(what: "\(T.self)")
            }
            let depth = frames.count
            let before = bytes.count
            try value.encode(to: ValueEncoder(sink: self, depth: depth))
            guard bytes.count > before else { throw Unsupported(what: "a \(T.self) that encodes nothing") }
            while frames.count > depth { try close() }
        }

        /// Closes the innermost container: sorts an object's entries by key.
        func close() throws {
            let frame = frames.removeLast()
            guard frame.isObject else {
                bytes.append(UInt8(ascii: "]"))
                return
            }
            if !frame.isSorted {
                let sorted = frame.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                let written = Array(bytes[frame.start...])
                bytes.removeSubrange(frame.start...)
                for (index, entry) in sorted.enumerated() {
                    if index > 0 {
                        guard sorted[index - 1].key != entry.key else { throw Unsupported(what: "a key written twice") }
                        bytes.append(UInt8(ascii: ","))
                    }
                    let range = (entry.range.lowerBound - frame.start)..<(entry.range.upperBound - frame.start)
                    bytes.append(contentsOf: written[range])
                }
            }
            bytes.append(UInt8(ascii: "}"))
        }

        func open(object: Bool) {
            bytes.append(UInt8(ascii: object ? "{" : "["))
            frames.append(Frame(isObject: object, start: bytes.count))
        }

        /// Starts an entry of the innermost object: the comma and `"key":`.
        func beginEntry(_ key: String, frame: Int) -> Int {
            if frame != frames.count - 1 { unsupported = "a container written to after a nested one was opened" }
            if frames[frame].count > 0 { bytes.append(UInt8(ascii: ",")) }
            let start = bytes.count
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            return start
        }

        func endEntry(_ key: String, start: Int, frame: Int) {
            guard frame == frames.count - 1 else { return }
            if let last = frames[frame].entries.last, !last.key.utf8.lexicographicallyPrecedes(key.utf8) {
                frames[frame].isSorted = false
            }
            frames[frame].entries.append(Entry(key: key, range: start..<bytes.count))
            frames[frame].count += 1
        }

        /// Starts an element of the innermost array: the comma.
        func beginElement(frame: Int) {
            if frame != frames.count - 1 { unsupported = "a container written to after a nested one was opened" }
            if frames[frame].count > 0 { bytes.append(UInt8(ascii: ",")) }
            frames[frame].count += 1
        }

        func write(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        func write(integer: some BinaryInteger) {
            bytes.append(contentsOf: String(integer).utf8)
        }

        /// A JSON string with the escapes of `JSONEncoder`: `"` and `\`, the short forms \b \f \n \r \t, other
        /// control characters as `\u00xx` (lowercase), everything else (`/` and non-ASCII included) as is.
        func writeString(_ string: String) {
            bytes.append(UInt8(ascii: "\""))
            var string = string
            string.withUTF8 { utf8 in
                var mark = 0
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
                    if index > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
                    mark = index + 1
                    bytes.append(UInt8(ascii: "\\"))
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                    case 0x08: bytes.append(UInt8(ascii: "b"))
                    case 0x0C: bytes.append(UInt8(ascii: "f"))
                    case 0x0A: bytes.append(UInt8(ascii: "n"))
                    case 0x0D: bytes.append(UInt8(ascii: "r"))
                    case 0x09: bytes.append(UInt8(ascii: "t"))
                    default:
                        let digits: StaticString = "0123456789abcdef"
                        bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                        digits.withUTF8Buffer { hex in
                            bytes.append(hex[Int(byte >> 4)])
                            bytes.append(hex[Int(byte & 0x0F)])
                        }
                    }
                }
                if utf8.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...])) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    struct ValueEncoder: Encoder {
        let sink: Sink
        /// How many containers were open when this value started.
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        /// The frame of a new container of this value; a second container of the same value is unsupported.
        private func openFrame(object: Bool) -> Int {
            if sink.frames.count > depth { sink.unsupported = "two containers for one value" }
            sink.open(object: object)
            return sink.frames.count - 1
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedContainer<Key>(sink: sink, frame: openFrame(object: true)))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(sink: sink, frame: openFrame(object: false))
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            if sink.frames.count > depth { sink.unsupported = "a single value after a container" }
            return SingleValueContainer(sink: sink)
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        let frame: Int
        var codingPath: [any CodingKey] { [] }

        private func entry(_ key: Key, _ write: () throws -> Void) rethrows {
            let name = key.stringValue
            let start = sink.beginEntry(name, frame: frame)
            try write()
            sink.endEntry(name, start: start, frame: frame)
        }

        mutating func encodeNil(forKey key: Key) throws { entry(key) { sink.write("null") } }
        mutating func encode(_ value: Bool, forKey key: Key) throws {
            entry(key) { sink.write(value ? "true" : "false") }
        }
        mutating func encode(_ value: String, forKey key: Key) throws { entry(key) { sink.writeString(value) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { throw Unsupported(what: "Double") }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw Unsupported(what: "Float") }
        mutating func encode(_ value: Int, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: Int8, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: Int16, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: Int32, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: Int64, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: UInt, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { entry(key) { sink.write(integer: value) } }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try entry(key) { try sink.encodeValue(value) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            sink.unsupported = "nested containers"
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink, frame: frame))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            sink.unsupported = "nested containers"
            return UnkeyedContainer(sink: sink, frame: frame)
        }

        mutating func superEncoder() -> any Encoder {
            sink.unsupported = "super encoders"
            return ValueEncoder(sink: sink, depth: sink.frames.count)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let sink: Sink
        let frame: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int { sink.frames.indices.contains(frame) ? sink.frames[frame].count : 0 }

        private func element(_ write: () throws -> Void) rethrows {
            sink.beginElement(frame: frame)
            try write()
        }

        mutating func encodeNil() throws { element { sink.write("null") } }
        mutating func encode(_ value: Bool) throws { element { sink.write(value ? "true" : "false") } }
        mutating func encode(_ value: String) throws { element { sink.writeString(value) } }
        mutating func encode(_ value: Double) throws { throw Unsupported(what: "Double") }
        mutating func encode(_ value: Float) throws { throw Unsupported(what: "Float") }
        mutating func encode(_ value: Int) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: Int8) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: Int16) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: Int32) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: Int64) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: UInt) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: UInt8) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: UInt16) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: UInt32) throws { element { sink.write(integer: value) } }
        mutating func encode(_ value: UInt64) throws { element { sink.write(integer: value) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try element { try sink.encodeValue(value) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            sink.unsupported = "nested containers"
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(sink: sink, frame: frame))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            sink.unsupported = "nested containers"
            return UnkeyedContainer(sink: sink, frame: frame)
        }

        mutating func superEncoder() -> any Encoder {
            sink.unsupported = "super encoders"
            return ValueEncoder(sink: sink, depth: sink.frames.count)
        }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { sink.write("null") }
        mutating func encode(_ value: Bool) throws { sink.write(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { sink.writeString(value) }
        mutating func encode(_ value: Double) throws { throw Unsupported(what: "Double") }
        mutating func encode(_ value: Float) throws { throw Unsupported(what: "Float") }
        mutating func encode(_ value: Int) throws { sink.write(integer: value) }
        mutating func encode(_ value: Int8) throws { sink.write(integer: value) }
        mutating func encode(_ value: Int16) throws { sink.write(integer: value) }
        mutating func encode(_ value: Int32) throws { sink.write(integer: value) }
        mutating func encode(_ value: Int64) throws { sink.write(integer: value) }
        mutating func encode(_ value: UInt) throws { sink.write(integer: value) }
        mutating func encode(_ value: UInt8) throws { sink.write(integer: value) }
        mutating func encode(_ value: UInt16) throws { sink.write(integer: value) }
        mutating func encode(_ value: UInt32) throws { sink.write(integer: value) }
        mutating func encode(_ value: UInt64) throws { sink.write(integer: value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try sink.encodeValue(value) }
    }
}
