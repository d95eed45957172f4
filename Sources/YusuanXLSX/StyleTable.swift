/// The distinct cell styles of a workbook, numbered in the order they are first used, and their `styles.xml`.
struct StyleTable {
    private(set) var styles: [XLSXStyle] = [XLSXStyle()]
    private var indices: [XLSXStyle: Int] = [XLSXStyle(): 0]

    /// The `s` attribute of a cell with this style.
    mutating func index(of style: XLSXStyle) -> Int {
        if let index = indices[style] { return index }
        styles.append(style)
        indices[style] = styles.count - 1
        return styles.count - 1
    }

    /// The number format codes that have a built-in id.
    static let builtInFormats: [String: Int] = ["General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "@": 49]

    struct Font: Hashable {
        var isBold: Bool
        var size: Double
    }

    var xml: String {
        var formats: [String] = []
        var fonts: [Font] = [Font(isBold: false, size: 11)]
        var fills: [String] = []
        var xfs = ""
        for style in styles {
            var formatID = 0
            if let code = style.numberFormat {
                if let builtIn = StyleTable.builtInFormats[code] {
                    formatID = builtIn
                } else if let index = formats.firstIndex(of: code) {
                    formatID = 164 + index
                } else {
                    formats.append(code)
                    formatID = 164 + formats.count - 1
                }
            }
            let font = Font(isBold: style.isBold, size: style.fontSize)
            if !fonts.contains(font) { fonts.append(font) }
            let fontID = fonts.firstIndex(of: font) ?? 0
            var fillID = 0
            if let fill = style.fill {
                if !fills.contains(fill) { fills.append(fill) }
                fillID = 2 + (fills.firstIndex(of: fill) ?? 0)
            }
            let borderID = style.hasBorder ? 1 : 0
            xfs +=
                #"<xf numFmtId="\#(formatID)" fontId="\#(fontID)" fillId="\#(fillID)" borderId="\#(borderID)" xfId="0""#
            if formatID != 0 { xfs += #" applyNumberFormat="1""# }
            if fontID != 0 { xfs += #" applyFont="1""# }
            if fillID != 0 { xfs += #" applyFill="1""# }
            if borderID != 0 { xfs += #" applyBorder="1""# }
            if style.alignment != .general || style.wrapsText {
                xfs += #" applyAlignment="1"><alignment"#
                if style.alignment != .general { xfs += #" horizontal="\#(style.alignment.rawValue)""# }
                xfs += #" vertical="center""#
                if style.wrapsText { xfs += #" wrapText="1""# }
                xfs += "/></xf>"
            } else {
                xfs += "/>"
            }
        }
        var xml = XLSXWriter.header + #"<styleSheet xmlns="\#(XLSXWriter.mainNamespace)">"#
        if !formats.isEmpty {
            xml += #"<numFmts count="\#(formats.count)">"#
            for (index, code) in formats.enumerated() {
                xml += #"<numFmt numFmtId="\#(164 + index)" formatCode="\#(XMLText.escaped(code))"/>"#
            }
            xml += "</numFmts>"
        }
        xml += #"<fonts count="\#(fonts.count)">"#
        for font in fonts {
            xml += "<font>" + (font.isBold ? "<b/>" : "") + #"<sz val="\#(font.size)"/><name val="宋体"/>"#
            xml += #"<family val="3"/><charset val="134"/></font>"#
        }
        xml += "</fonts>"
        xml += #"<fills count="\#(fills.count + 2)"><fill><patternFill patternType="none"/></fill>"#
        xml += #"<fill><patternFill patternType="gray125"/></fill>"#
        for fill in fills {
            xml += #"<fill><patternFill patternType="solid"><fgColor rgb="FF\#(fill)"/><bgColor indexed="64"/>"#
            xml += "</patternFill></fill>"
        }
        xml += "</fills>"
        xml += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>"#
        for side in ["left", "right", "top", "bottom"] {
            xml += #"<\#(side) style="thin"><color auto="1"/></\#(side)>"#
        }
        xml += "<diagonal/></border></borders>"
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        xml += #"<cellXfs count="\#(styles.count)">\#(xfs)</cellXfs>"#
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return xml + "</styleSheet>"
    }
}
