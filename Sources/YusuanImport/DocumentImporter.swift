import Foundation
import YusuanCore
import YusuanXLSX

/// Reads a disclosure from bytes whatever its format: canonical JSON, the published text layout or an Excel
/// workbook.
public enum DocumentImporter {
    /// The formats the importer recognises from content.
    public enum InputFormat: String, Sendable {
        case canonicalJSON = "json"
        case publishedText = "text"
        case workbook = "xlsx"
        case pdf = "pdf"
    }

    /// Recognises the format of the bytes, or throws when they are empty or binary.
    public static func detectFormat(of data: Data, fileName: String) throws -> InputFormat {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ImportError(
                .emptyInput,
                file: fileName,
                line: 1,
                expected: "a budget disclosure (published text or canonical JSON)",
                found: "an empty file"
            )
        }
        if XLSXReader.looksLikeZip(data) { return .workbook }
        if data.starts(with: Data("%PDF".utf8)) { return .pdf }
        if let zero = firstZeroOffset(in: data) {
            let line = data[..<(data.startIndex + zero)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw ImportError(
                .binaryInput,
                file: fileName,
                line: line,
                expected: "UTF-8 text",
                found: "binary data (a NUL byte at offset \(zero))"
            )
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        return first == UInt8(ascii: "{") ? .canonicalJSON : .publishedText
    }

    /// The offset of the first NUL byte from the start of `data` (``Foundation/Data/firstOffset(ofByte:)``:
    /// `Data.firstIndex(of:)` reads one byte at a time through exclusivity checks, a fifth of `db import`'s CPU time).
    static func firstZeroOffset(in data: Data) -> Int? { data.firstOffset(ofByte: 0) }

    /// Imports a document from bytes, recognising its format from the content.
    ///
    /// - Throws: ``ImportError`` with the file, line and what was expected.
    public static func importDocument(data: Data, fileName: String) throws -> Disclosure {
        try importDocument(data: data, fileName: fileName, extractingFacts: true)
    }

    /// Imports a document; without `extractingFacts`, the narrative's facts of a published text are left empty
    /// (``DocumentSurvey``), every other format is imported whole.
    static func importDocument(data: Data, fileName: String, extractingFacts: Bool) throws -> Disclosure {
        switch try detectFormat(of: data, fileName: fileName) {
        case .canonicalJSON:
            return try importJSON(data: data, fileName: fileName)
        case .workbook:
            return try XLSXImporter.importDocument(data: data, fileName: fileName)
        case .pdf:
            return try PDFImporter.importDocument(data: data, fileName: fileName)
        case .publishedText:
            guard var text = String(validating: data, as: UTF8.self) else {
                let line = firstInvalidUTF8Line(data)
                throw ImportError(
                    .binaryInput,
                    file: fileName,
                    line: line,
                    expected: "UTF-8 text",
                    found: "bytes that are not UTF-8"
                )
            }
            if text.hasPrefixBytes("\u{FEFF}") { text.removeFirst() }
            return try PublishedTextImporter.importDocument(
                text: text,
                fileName: fileName,
                extractingFacts: extractingFacts
            )
        }
    }

    /// Imports canonical JSON.
    public static func importJSON(data: Data, fileName: String) throws -> Disclosure {
        do {
            return try CanonicalJSON.decode(data)
        } catch let error as DecodingError {
            throw ImportError(
                .invalidJSON,
                file: fileName,
                line: 1,
                expected: "a canonical Yusuan disclosure (schema version \(Disclosure.schemaVersion))",
                found: describe(error)
            )
        } catch let error as CanonicalJSONError {
            throw ImportError(
                .invalidJSON,
                file: fileName,
                line: 1,
                expected: "a canonical Yusuan disclosure",
                found: error.message
            )
        } catch {
            throw ImportError(.invalidJSON, file: fileName, line: 1, expected: "valid JSON", found: "\(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the top level" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context): return "no key '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context): return "\(context.debugDescription) at \(path(context))"
        case .valueNotFound(_, let context): return "null at \(path(context))"
        case .dataCorrupted(let context): return "\(context.debugDescription) at \(path(context))"
        @unknown default: return "\(error)"
        }
    }

    private static func firstInvalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
