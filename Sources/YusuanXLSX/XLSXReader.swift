import Foundation
import ZIPFoundation

/// Reads the cells of an `.xlsx` file: shared and inline strings, numbers as their exact decimal text, the
/// number format of each cell and the merged ranges. Formulas are read as their cached values.
public enum XLSXReader {
    /// Whether the bytes start like a ZIP archive (`PK\u{3}\u{4}`).
    public static func looksLikeZip(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Reads every sheet of a workbook.
    ///
    /// - Throws: ``XLSXError`` naming the part that is missing or malformed.
    public static func read(_ data: Data) throws -> XLSXReadWorkbook {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError(message: "not a ZIP archive (\(error))")
        }
        func part(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var bytes: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
            } catch {
                throw XLSXError(part: path, message: "cannot be extracted (\(error))")
            }
            return bytes
        }
        let workbookPath = try officeDocumentPath(part("_rels/.rels")) ?? "xl/workbook.xml"
        guard let workbookBytes = try part(workbookPath) else {
            throw XLSXError(part: workbookPath, message: "missing: the file is a ZIP archive but not a workbook")
        }
        let directory = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationshipsPath =
            (directory.isEmpty ? "" : directory + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let targets = try relationships(part(relationshipsPath), part: relationshipsPath, directory: directory)
        let sharedStrings =
            try targets.first { $0.type.hasSuffix("/sharedStrings") }.flatMap { try part($0.path) }
            .map { try strings($0, part: "sharedStrings.xml") } ?? []
        let formats =
            try targets.first { $0.type.hasSuffix("/styles") }.flatMap { try part($0.path) }
            .map { try styleFormats($0, part: "styles.xml") } ?? []
        var sheets: [XLSXReadSheet] = []
        for (name, id) in try sheetList(workbookBytes, part: workbookPath) {
            guard let target = targets.first(where: { $0.id == id }) else {
                throw XLSXError(part: workbookPath, message: "sheet '\(name)' has no relationship \(id)")
            }
            guard let bytes = try part(target.path) else {
                throw XLSXError(part: target.path, message: "missing (sheet '\(name)')")
            }
            sheets.append(
                try sheet(bytes, name: name, part: target.path, sharedStrings: sharedStrings, formats: formats)
            )
        }
        return XLSXReadWorkbook(sheets: sheets)
    }

    struct Relationship {
        var id: String
        var type: String
        var path: String
    }

    static func officeDocumentPath(_ bytes: [UInt8]?) throws -> String? {
        guard let bytes else { return nil }
        return try relationships(bytes, part: "_rels/.rels", directory: "").first {
            $0.type.hasSuffix("/officeDocument")
        }?.path
    }

    static func relationships(_ bytes: [UInt8]?, part: String, directory: String) throws -> [Relationship] {
        guard let bytes else { return [] }
        var result: [Relationship] = []
        try XMLScanner(bytes, part: part).scan { event in
            guard case .start("Relationship", let attributes, _) = event, let id = attributes["Id"],
                let target = attributes["Target"]
            else { return }
            result.append(
                Relationship(id: id, type: attributes["Type"] ?? "", path: resolve(target, directory: directory))
            )
        }
        return result
    }

    /// A relationship target made absolute within the package.
    static func resolve(_ target: String, directory: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = directory.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." {
                if !components.isEmpty { components.removeLast() }
            } else if component != "." {
                components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    static func sheetList(_ bytes: [UInt8], part: String) throws -> [(name: String, id: String)] {
        var result: [(String, String)] = []
        try XMLScanner(bytes, part: part).scan { event in
            guard case .start("sheet", let attributes, _) = event else { return }
            guard let name = attributes["name"], let id = attributes["id"] else {
                throw XLSXError(part: part, message: "a <sheet> without name or r:id")
            }
            result.append((name, id))
        }
        return result
    }

    /// The shared strings: the text of every `<si>`, phonetic runs left out.
    static func strings(_ bytes: [UInt8], part: String) throws -> [String] {
        var result: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        try XMLScanner(bytes, part: part).scan { event in
            switch event {
            case .start("si", _, let isEmpty):
                current = ""
                if isEmpty { result.append("") }
            case .end("si"):
                result.append(unescape(current))
            case .start("rPh", _, _):
                inPhonetic = true
            case .end("rPh"):
                inPhonetic = false
            case .start("t", _, let isEmpty):
                inText = !isEmpty
            case .end("t"):
                inText = false
            case .text(let text):
                if inText && !inPhonetic { current += text }
            default:
                break
            }
        }
        return result
    }

    /// The number format code of every cell style (`cellXfs` order); nil for General.
    static func styleFormats(_ bytes: [UInt8], part: String) throws -> [String?] {
        var custom: [Int: String] = [:]
        var result: [String?] = []
        var inCellXfs = false
        try XMLScanner(bytes, part: part).scan { event in
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                    custom[id] = code
                }
            case .start("cellXfs", _, let isEmpty):
                inCellXfs = !isEmpty
            case .end("cellXfs"):
                inCellXfs = false
            case .start("xf", let attributes, _):
                guard inCellXfs else { return }
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                result.append(custom[id] ?? builtInFormats[id])
            default:
                break
            }
        }
        return result
    }

    static let builtInFormats: [Int: String] = [
        1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 37: "#,##0 ;(#,##0)",
        38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 49: "@",
    ]

    static func sheet(
        _ bytes: [UInt8],
        name: String,
        part: String,
        sharedStrings: [String],
        formats: [String?]
    ) throws -> XLSXReadSheet {
        var cells: [XLSXReadCell] = []
        var merges: [XLSXRange] = []
        var rowNumber = 0
        var column = 0
        var reference: (row: Int, column: Int)?
        var type = "n"
        var style = 0
        var value: String?
        var inlineText = ""
        var inValue = false
        var inInlineText = false
        var inPhonetic = false
        try XMLScanner(bytes, part: part).scan { event in
            switch event {
            case .start("row", let attributes, _):
                rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                column = 0
            case .start("c", let attributes, let isEmpty):
                column += 1
                reference = attributes["r"].flatMap { CellReference.parse($0) } ?? (rowNumber, column)
                if let reference { column = reference.column }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = nil
                inlineText = ""
                if isEmpty { reference = nil }
            case .start("v", _, let isEmpty):
                inValue = !isEmpty
                if !isEmpty { value = "" }
            case .end("v"):
                inValue = false
            case .start("rPh", _, _):
                inPhonetic = true
            case .end("rPh"):
                inPhonetic = false
            case .start("t", _, let isEmpty):
                inInlineText = !isEmpty && reference != nil
            case .end("t"):
                inInlineText = false
            case .text(let text):
                if inValue {
                    value = (value ?? "") + text
                } else if inInlineText && !inPhonetic {
                    inlineText += text
                }
            case .end("c"):
                guard let position = reference else { return }
                reference = nil
                let format = style < formats.count ? formats[style] : nil
                let cell: XLSXReadCell?
                switch type {
                case "s":
                    guard let index = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                        index >= 0, index < sharedStrings.count
                    else {
                        throw XLSXError(
                            part: part,
                            message: "\(name)!\(CellReference.name(row: position.row, column: position.column)) "
                                + "refers to a shared string that does not exist"
                        )
                    }
                    cell = XLSXReadCell(
                        row: position.row,
                        column: position.column,
                        kind: .text,
                        value: sharedStrings[index],
                        numberFormat: format
                    )
                case "inlineStr":
                    cell = XLSXReadCell(
                        row: position.row,
                        column: position.column,
                        kind: .text,
                        value: unescape(inlineText),
                        numberFormat: format
                    )
                case "str":
                    cell = value.map {
                        XLSXReadCell(
                            row: position.row,
                            column: position.column,
                            kind: .text,
                            value: unescape($0),
                            numberFormat: format
                        )
                    }
                case "b":
                    cell = value.map {
                        XLSXReadCell(row: position.row, column: position.column, kind: .boolean, value: $0)
                    }
                case "e":
                    cell = value.map {
                        XLSXReadCell(row: position.row, column: position.column, kind: .error, value: $0)
                    }
                default:
                    cell = value.flatMap { text in
                        let trimmed = text.trimmingCharacters(in: .whitespaces)
                        return trimmed.isEmpty
                            ? nil
                            : XLSXReadCell(
                                row: position.row,
                                column: position.column,
                                kind: .number,
                                value: trimmed,
                                numberFormat: format
                            )
                    }
                }
                if let cell { cells.append(cell) }
            case .start("mergeCell", let attributes, _):
                guard let ref = attributes["ref"] else { return }
                let ends = ref.split(separator: ":")
                guard let first = ends.first.flatMap({ CellReference.parse($0) }) else { return }
                let last = ends.count > 1 ? CellReference.parse(ends[1]) ?? first : first
                merges.append(
                    XLSXRange(
                        firstRow: first.row,
                        firstColumn: first.column,
                        lastRow: last.row,
                        lastColumn: last.column
                    )
                )
            default:
                break
            }
        }
        cells.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        return XLSXReadSheet(name: name, cells: cells, merges: merges)
    }

    /// Resolves the `_xHHHH_` escapes Office uses for characters XML cannot hold.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = text[...]
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}
