/// A value that writes its own canonical JSON (``CanonicalJSONWriter``): exactly what its `Encodable` conformance
/// gives through `JSONEncoder` with sorted keys.
///
/// A conforming type writes its keys in the order of their UTF-8 bytes and leaves out `nil` optionals, as the
/// synthesized `encode(to:)` does with `encodeIfPresent`.
protocol CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter)
}

extension CanonicalJSONWritable where Self: RawRepresentable, RawValue == String {
    /// An enumeration with string raw values is written as its raw value.
    func write(to writer: inout CanonicalJSONWriter) { writer.write(rawValue) }
}

extension String: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) { writer.write(self) }
}

extension Int: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) { writer.write(self) }
}

extension Bool: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) { writer.write(self) }
}

extension Amount: CanonicalJSONWritable {
    func write(to writer: inout CanonicalJSONWriter) { writer.write(self) }
}

extension CanonicalJSONWriter {
    /// `"key":value`.
    mutating func field<Value: CanonicalJSONWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.write(to: &self)
    }

    /// `"key":value`, or nothing when the value is `nil` (`encodeIfPresent`).
    mutating func field<Value: CanonicalJSONWritable>(_ name: StaticString, _ value: Value?) {
        guard let value else { return }
        key(name)
        value.write(to: &self)
    }

    /// `"key":[…]`.
    mutating func field<Element: CanonicalJSONWritable>(_ name: StaticString, _ values: [Element]) {
        key(name)
        write(values)
    }

    /// `"key":[…]`, or nothing when the array is `nil`.
    mutating func field<Element: CanonicalJSONWritable>(_ name: StaticString, _ values: [Element]?) {
        guard let values else { return }
        key(name)
        write(values)
    }

    /// `"key":[…]` with `null` for the `nil` elements.
    mutating func field<Element: CanonicalJSONWritable>(_ name: StaticString, _ values: [Element?]) {
        key(name)
        beginArray()
        for value in values {
            if let value { value.write(to: &self) } else { writeNull() }
        }
        endArray()
    }

    mutating func write<Element: CanonicalJSONWritable>(_ values: [Element]) {
        beginArray()
        for value in values { value.write(to: &self) }
        endArray()
    }
}
