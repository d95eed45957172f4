import YusuanCore

/// The state of one rendering: the document, its layout and the lines written so far.
struct RenderContext {
    let disclosure: Disclosure
    var output = TextLines()

    init(disclosure: Disclosure) {
        self.disclosure = disclosure
    }

    var layout: LayoutStyle { disclosure.layout }

    /// An amount cell: empty when blank, else the amount with the document's separator style.
    func cell(_ amount: Amount?) -> String {
        amount.map { $0.formatted(groupingThousands: layout.groupsThousands) } ?? ""
    }

    /// The narrative: department name, title, blocks, contact line, each followed by a blank line.
    mutating func writeNarrative() {
        let narrative = disclosure.narrative
        output.line(disclosure.identity.departmentName)
        output.blank()
        output.line(narrative.title)
        output.blank()
        for block in narrative.blocks {
            output.line(block.text)
            output.blank()
        }
        if let contact = narrative.contact {
            var line = "\(contact.label)：\(contact.person)"
            if let phone = contact.phone { line += " 联系方式：\(phone)" }
            output.line(line)
            output.blank()
        }
    }

    /// Caption (when present), title and unit line, each followed by a blank line.
    mutating func writeHeader(_ header: TableHeader) {
        if let caption = header.caption {
            output.line(layout.captionsHaveColon ? caption + "：" : caption)
            output.blank()
        }
        output.line(header.title)
        output.blank()
        if let unitLine = header.unitLine {
            output.line(unitLine)
            output.blank()
        }
    }

    /// The note under a table (preceded by a blank line), then the blank line that ends every table.
    mutating func writeFooter(_ header: TableHeader) {
        if let note = header.note {
            output.blank()
            output.line(note)
        }
        output.blank()
    }
}
