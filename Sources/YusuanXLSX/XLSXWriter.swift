import Foundation
import ZIPFoundation

/// Writes an ``XLSXWorkbook`` as an Office Open XML spreadsheet (`.xlsx`), in memory.
///
/// Text is stored as inline strings, numbers as the exact decimal text they were given, so no value passes
/// through a binary floating-point number. The output is deterministic: the same workbook gives the same bytes.
public enum XLSXWriter {
    /// The workbook as the bytes of an `.xlsx` file.
    ///
    /// - Throws: ``XLSXError`` when a sheet name is invalid or repeated, or the archive cannot be built.
    public static func write(_ workbook: XLSXWorkbook) throws -> Data {
        try validateNames(workbook.sheets.map(\.name))
        var styles = StyleTable()
        var sheetParts: [String] = []
        for sheet in workbook.sheets {
            sheetParts.append(sheetXML(sheet, styles: &styles))
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw XLSXError(message: "cannot create the archive: \(error)")
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: workbook.sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML(workbook)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: workbook.sheets.count)),
            ("xl/styles.xml", styles.xml),
        ]
        for (index, part) in sheetParts.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", part))
        }
        for (path, text) in parts {
            let data = Data(text.utf8)
            do {
                try archive.addEntry(
                    with: path,
                    type: .file,
                    uncompressedSize: Int64(data.count),
                    modificationDate: fixedDate,
                    compressionMethod: .deflate,
                    provider: { position, size in
                        data.subdata(in: Int(position)..<Int(position) + size)
                    }
                )
            } catch {
                throw XLSXError(part: path, message: "cannot add to the archive: \(error)")
            }
        }
        guard let bytes = archive.data else { throw XLSXError(message: "the archive has no data") }
        return bytes
    }

    /// 2000-01-01, the modification date of every entry (so the bytes do not depend on the clock).
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func validateNames(_ names: [String]) throws {
        var seen = Set<String>()
        for name in names {
            if name.isEmpty || name.count > 31 || name.contains(where: { "[]:*?/\\".contains($0) }) {
                throw XLSXError(
                    part: "xl/workbook.xml",
                    message: "sheet name '\(name)' must have 1–31 characters and none of []:*?/\\"
                )
            }
            if !seen.insert(name.lowercased()).inserted {
                throw XLSXError(part: "xl/workbook.xml", message: "sheet name '\(name)' is used twice")
            }
        }
    }

    static func contentTypes(sheetCount: Int) -> String {
        var xml = header
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" "#
        xml += #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" "#
        xml += #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in 0..<sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" "#
            xml += #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    static let rootRelationships =
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" "#
        + #"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" "#
        + #"Target="xl/workbook.xml"/></Relationships>"#

    static func workbookXML(_ workbook: XLSXWorkbook) -> String {
        var xml = header + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        xml += #"<bookViews><workbookView/></bookViews><sheets>"#
        for (index, sheet) in workbook.sheets.enumerated() {
            xml += #"<sheet name="\#(XMLText.escaped(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 0..<sheetCount {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(relationshipNamespace)/worksheet" "#
            xml += #"Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles" "#
        xml += #"Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    static func sheetXML(_ sheet: XLSXSheet, styles: inout StyleTable) -> String {
        var xml = header
        xml.reserveCapacity(256 + sheet.rows.count * 400)
        xml += #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0""#
        if sheet.frozenRows > 0 {
            let topLeft = "A\(sheet.frozenRows + 1)"
            xml +=
                #"><pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(topLeft)" activePane="bottomLeft" state="frozen"/>"#
            xml += #"<selection pane="bottomLeft" activeCell="\#(topLeft)" sqref="\#(topLeft)"/></sheetView>"#
        } else {
            xml += "/>"
        }
        xml += "</sheetViews>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        var lastStyle = XLSXStyle()
        var lastStyleIndex = 0
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            var previousColumn = -1
            for (columnIndex, cell) in row.enumerated() {
                guard let cell else { continue }
                // Cells written one after another from column A carry no `r`; after a gap they name themselves.
                xml += "<c"
                if columnIndex != previousColumn + 1 {
                    xml += " r=\"" + CellReference.name(row: rowIndex + 1, column: columnIndex + 1) + "\""
                }
                previousColumn = columnIndex
                if cell.style != lastStyle {
                    lastStyle = cell.style
                    lastStyleIndex = styles.index(of: cell.style)
                }
                if lastStyleIndex != 0 { xml += " s=\"\(lastStyleIndex)\"" }
                switch cell.value {
                case .text(let text):
                    let preserve = text.first == " " || text.last == " " || text.contains("\n")
                    xml += preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>"
                    xml += XMLText.escaped(text)
                    xml += "</t></is></c>"
                case .number(let number):
                    xml += "><v>" + number + "</v></c>"
                case .empty:
                    xml += "/>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += #"<mergeCells count="\#(sheet.merges.count)">"#
            for merge in sheet.merges { xml += #"<mergeCell ref="\#(merge.reference)"/>"# }
            xml += "</mergeCells>"
        }
        xml += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        xml += #"<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>"#
        return xml + "</worksheet>"
    }
}
