import Testing
import YusuanCore
import YusuanGenerator
import YusuanRender

@Suite("Rendering generated documents")
struct RenderingTests {
    @Test("Every table caption, the title and the contact line are written", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func captions(seed: UInt64) throws {
        let document = try #require(DisclosureGenerator.generate(count: 1, seed: seed).first)
        let text = PublishedTextRenderer.render(document)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let colon = document.layout.captionsHaveColon ? "：" : ""
        for kind in TableKind.allCases {
            #expect(lines.contains(kind.caption + colon), "missing caption \(kind.caption)")
        }
        #expect(lines.first == document.identity.departmentName)
        #expect(lines.contains(document.narrative.title))
        let contact = try #require(document.narrative.contact)
        #expect(lines.contains("\(contact.label)：\(contact.person) 联系方式：\(contact.phone ?? "")"))
        #expect(text.hasSuffix("\n"))
        #expect(!text.contains("\n\n\n"))
    }

    @Test("Thousand separators follow the layout")
    func separators() {
        for document in DisclosureGenerator.generate(count: 30, seed: 11) {
            let text = PublishedTextRenderer.render(document)
            let lines = text.split(separator: "\n")
            let start = lines.firstIndex { $0.hasPrefix("表一") } ?? lines.startIndex
            let grouped = lines[start...].contains { $0.contains(",") }
            let big = (document.tables.departmentExpenditure?.totalRow?.amounts.total?.minorUnits ?? 0) >= 100_000
            if !document.layout.groupsThousands { #expect(!grouped) } else if big { #expect(grouped) }
        }
    }

    @Test("The 合计 label stands where the layout says")
    func totalLabel() throws {
        for document in DisclosureGenerator.generate(count: 20, seed: 12) {
            let text = PublishedTextRenderer.render(document)
            let total = try #require(document.tables.generalBudgetExpenditure?.totalRow?.amounts.total)
            let cell = total.formatted(groupingThousands: document.layout.groupsThousands)
            let expected = document.layout.totalLabelInCodeColumn ? "合计\t\t\(cell)\t" : "\t合计\t\(cell)\t"
            #expect(text.contains(expected))
        }
    }

    @Test("An empty 表五 carries its note")
    func emptyFundTableNote() {
        for document in DisclosureGenerator.generate(count: 20, seed: 13) {
            guard let fund = document.tables.governmentFundExpenditure, fund.rows.isEmpty else { continue }
            let note = fund.header.note ?? ""
            #expect(note.hasPrefix("备注：本") && note.hasSuffix("无该项收支，故此表无数据。"))
            #expect(PublishedTextRenderer.render(document).contains("\n\n\(note)\n"))
        }
    }
}
