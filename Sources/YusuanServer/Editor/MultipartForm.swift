import Foundation

/// A `multipart/form-data` body (RFC 7578): the upload form's file and its hidden fields.
struct MultipartForm: Sendable {
    /// One part: a field or a file.
    struct Part: Sendable {
        var name: String
        /// The file name the browser sent, for file parts.
        var fileName: String?
        var contentType: String?
        var data: Data
    }

    /// Why a body cannot be read as a form.
    struct ParseError: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    var parts: [Part]

    /// The first field named `name`, as UTF-8 text.
    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The first file part named `name`.
    func file(_ name: String) -> Part? { parts.first { $0.name == name && $0.fileName != nil } }

    /// The boundary of a `multipart/form-data; boundary=…` content type, or `nil` for another type.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let type = pieces.first, type.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            guard (1...70).contains(value.utf8.count) else { return nil }
            return value
        }
        return nil
    }

    /// Reads the parts of a body.
    /// - Parameters:
    ///   - body: the bytes.
    ///   - boundary: from the content type.
    ///   - maximumParts: more parts than this is an error (the upload form has three).
    /// - Throws: ``ParseError`` when the body is not a well-formed multipart body.
    init(body: [UInt8], boundary: String, maximumParts: Int = 16) throws {
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [0x0D, 0x0A]
        guard var position = Self.find(delimiter, in: body, from: 0) else {
            throw ParseError(description: "no part starts with the boundary")
        }
        var parts: [Part] = []
        while true {
            position += delimiter.count
            // `--` after a delimiter ends the body.
            if body.count >= position + 2, body[position] == 0x2D, body[position + 1] == 0x2D { break }
            guard body.count >= position + 2, body[position] == 0x0D, body[position + 1] == 0x0A else {
                throw ParseError(description: "a boundary is not followed by a line break")
            }
            position += 2
            guard let headerEnd = Self.find(crlf + crlf, in: body, from: position), headerEnd - position <= 8192 else {
                throw ParseError(description: "a part's headers do not end")
            }
            let headerText = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = Self.findDelimiter(crlf + delimiter, in: body, from: contentStart) else {
                throw ParseError(description: "a part does not end with the boundary")
            }
            var part = Part(name: "", fileName: nil, contentType: nil, data: Data(body[contentStart..<next]))
            for line in headerText.components(separatedBy: "\r\n") {
                let pair = line.split(separator: ":", maxSplits: 1)
                guard pair.count == 2 else { continue }
                let name = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
                let value = pair[1].trimmingCharacters(in: .whitespaces)
                if name == "content-type" { part.contentType = value }
                if name == "content-disposition" {
                    part.name = Self.parameter("name", in: value) ?? ""
                    part.fileName = Self.parameter("filename", in: value)
                }
            }
            guard !part.name.isEmpty else { throw ParseError(description: "a part has no name") }
            parts.append(part)
            guard parts.count <= maximumParts else { throw ParseError(description: "too many parts") }
            position = next + 2
        }
        self.parts = parts
    }

    /// A parameter of a `Content-Disposition` value (`form-data; name="file"; filename="a.txt"`).
    private static func parameter(_ name: String, in value: String) -> String? {
        var rest = Substring(value)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var after = rest[rest.index(after: equals)...]
            var text = ""
            if after.first == "\"" {
                after = after.dropFirst()
                var escaped = false
                var end = after.endIndex
                for index in after.indices {
                    let character = after[index]
                    if escaped {
                        text.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        end = index
                        break
                    } else {
                        text.append(character)
                    }
                }
                rest = end < after.endIndex ? after[after.index(after: end)...] : after[after.endIndex...]
            } else {
                let end = after.firstIndex(of: ";") ?? after.endIndex
                text = after[..<end].trimmingCharacters(in: .whitespaces)
                rest = after[end...]
            }
            if key == name { return text }
        }
        return nil
    }

    /// The next delimiter line: `CRLF--boundary` followed by `--` or a line break (a longer line that starts
    /// with the boundary is content).
    private static func findDelimiter(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        var from = start
        while let index = find(needle, in: haystack, from: from) {
            let after = index + needle.count
            if after + 1 < haystack.count,
                (haystack[after] == 0x2D && haystack[after + 1] == 0x2D)
                    || (haystack[after] == 0x0D && haystack[after + 1] == 0x0A)
            {
                return index
            }
            from = index + 1
        }
        return nil
    }

    /// The index where `needle` starts in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matches = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }
}
