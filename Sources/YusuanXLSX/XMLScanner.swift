/// A small, forgiving XML tokenizer for the parts of a workbook: start and end tags with attributes, and
/// text with entities resolved. Element and attribute names are reported without namespace prefixes.
struct XMLScanner {
    enum Event {
        case start(name: String, attributes: [String: String], isEmpty: Bool)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private let part: String

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
    }

    /// Calls `handler` for every tag and every run of text, in document order.
    func scan(_ handler: (Event) throws -> Void) throws {
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] != UInt8(ascii: "<") {
                let start = index
                while index < count && bytes[index] != UInt8(ascii: "<") { index += 1 }
                try handler(.text(XMLScanner.decode(bytes[start..<index])))
                continue
            }
            if starts(with: "<![CDATA[", at: index) {
                guard let end = find("]]>", from: index + 9) else { throw error("an unterminated CDATA section") }
                try handler(.text(String(decoding: bytes[(index + 9)..<end], as: UTF8.self)))
                index = end + 3
            } else if starts(with: "<!--", at: index) {
                guard let end = find("-->", from: index + 4) else { throw error("an unterminated comment") }
                index = end + 3
            } else if starts(with: "<?", at: index) || starts(with: "<!", at: index) {
                guard let end = find(">", from: index + 2) else { throw error("an unterminated declaration") }
                index = end + 1
            } else if index + 1 < count && bytes[index + 1] == UInt8(ascii: "/") {
                guard let end = find(">", from: index + 2) else { throw error("an unterminated end tag") }
                let name = XMLScanner.localName(bytes[(index + 2)..<end])
                try handler(.end(name: name))
                index = end + 1
            } else {
                index = try startTag(at: index, handler)
            }
        }
    }

    private func startTag(at start: Int, _ handler: (Event) throws -> Void) throws -> Int {
        var index = start + 1
        let count = bytes.count
        let nameStart = index
        while index < count && !XMLScanner.isSpace(bytes[index]) && bytes[index] != UInt8(ascii: ">")
            && bytes[index] != UInt8(ascii: "/")
        {
            index += 1
        }
        let name = XMLScanner.localName(bytes[nameStart..<index])
        var attributes: [String: String] = [:]
        while index < count {
            while index < count && XMLScanner.isSpace(bytes[index]) { index += 1 }
            guard index < count else { break }
            if bytes[index] == UInt8(ascii: ">") {
                try handler(.start(name: name, attributes: attributes, isEmpty: false))
                return index + 1
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < count, bytes[index + 1] == UInt8(ascii: ">") else {
                    throw error("a broken tag <\(name)")
                }
                try handler(.start(name: name, attributes: attributes, isEmpty: true))
                return index + 2
            }
            let attributeStart = index
            while index < count && bytes[index] != UInt8(ascii: "=") && !XMLScanner.isSpace(bytes[index]) { index += 1 }
            let attributeName = XMLScanner.localName(bytes[attributeStart..<index])
            while index < count && (XMLScanner.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "=")) {
                index += 1
            }
            guard index < count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw error("an attribute without a quoted value in <\(name)")
            }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < count && bytes[index] != quote { index += 1 }
            guard index < count else { throw error("an unterminated attribute value in <\(name)") }
            attributes[attributeName] = XMLScanner.decode(bytes[valueStart..<index])
            index += 1
        }
        throw error("an unterminated tag <\(name)")
    }

    private func starts(with text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return text.withUTF8Buffer { buffer in
            for offset in 0..<length where bytes[index + offset] != buffer[offset] { return false }
            return true
        }
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if starts(with: text, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func error(_ what: String) -> XLSXError {
        XLSXError(part: part, message: "malformed XML: \(what)")
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func localName(_ bytes: ArraySlice<UInt8>) -> String {
        let trimmed = bytes.lastIndex(of: UInt8(ascii: ":")).map { bytes[($0 + 1)...] } ?? bytes
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// The text with `&lt;`, `&#20;`, … resolved.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var result = ""
        var index = bytes.startIndex
        var runStart = index
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "&"), let semicolon = bytes[index...].firstIndex(of: UInt8(ascii: ";")),
                semicolon - index <= 10
            else {
                index += 1
                continue
            }
            let entity = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            var replacement: String?
            switch entity {
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
            }
            if let replacement {
                result += String(decoding: bytes[runStart..<index], as: UTF8.self)
                result += replacement
                index = semicolon + 1
                runStart = index
            } else {
                index += 1
            }
        }
        result += String(decoding: bytes[runStart..<bytes.endIndex], as: UTF8.self)
        return result
    }
}
