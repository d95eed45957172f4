import Testing
import YusuanCore
import YusuanGenerator

@testable import YusuanValidation

/// ``ClassificationCatalogue/normalized(_:)``, which edits the bytes of a plain name, gives the text of the
/// Character-by-Character edit it replaces; ``SourceBreakdownTable/generalBudgetColumn`` finds the column
/// `hasPrefix` finds.
struct NormalizedShortcutEquivalenceTests {
    /// The edit by Characters: spaces removed, half-width parentheses made full-width.
    static func byCharacters(_ name: String) -> String {
        var result = ""
        for character in name {
            switch character {
            case " ", "\t", "\u{3000}": continue
            case "(": result.append("（")
            case ")": result.append("）")
            default: result.append(character)
            }
        }
        return result
    }

    /// Every label, title and name of the seeds and of generated documents, with random pieces spliced in.
    static func names() throws -> [String] {
        let pieces = [
            " ", "\t", "(", ")", "\u{3000}", "\u{3000}\u{301}", " \u{301}", "(\u{301}", ")\u{338}", "\u{3001}", "《",
            "\r\n", "\r", "e\u{301}", "é", "\u{F9D1}", "😀", "👍🏽", "Ａ", "（", "）", "\u{E3}", "\u{3002}", "\u{30A2}",
            "\u{3099}", "收入", "2024", "", "\u{00A0}", "\u{2028}", "\u{FF9E}",
        ]
        return RuleShortcutEquivalenceTests.texts(pieces: pieces, from: try RuleShortcutEquivalenceTests.documents()) {
            document in
            let tables = document.tables
            var names = [document.narrative.title, document.identity.departmentName]
            names += TableKind.allCases.compactMap { tables.header(of: $0)?.title }
            names += tables.departmentSummary?.lines.flatMap { [$0.incomeLabel, $0.expenditureLabel] } ?? []
            names += tables.generalBudgetExpenditure?.rows.map(\.name) ?? []
            names += tables.departmentIncome?.sourceColumns ?? []
            names += document.narrative.blocks.prefix(20).map(\.text)
            return names
        }
    }

    @Test func normalizedAsTheCharacterEdit() throws {
        for name in try Self.names() {
            let normalized = ClassificationCatalogue.normalized(name)
            let expected = Self.byCharacters(name)
            #expect(Array(normalized.utf8) == Array(expected.utf8), "\(name.debugDescription)")
        }
    }

    @Test func generalBudgetColumnAsHasPrefix() throws {
        var columns = try Self.names()
        columns += ["一般公共预算拨款收入", "一般公共预算\u{301}拨款", "\u{F9D1}般公共预算", "一般公共预算"]
        for offset in stride(from: 0, to: columns.count, by: 3) {
            let sourceColumns = Array(columns[offset..<min(offset + 3, columns.count)])
            let table = SourceBreakdownTable(
                header: TableHeader(caption: nil, title: ""),
                sourceColumns: sourceColumns,
                totalRow: nil,
                rows: []
            )
            #expect(table.generalBudgetColumn == sourceColumns.firstIndex { $0.hasPrefix("一般公共预算") })
        }
        for document in try RuleShortcutEquivalenceTests.documents() {
            for table in [document.tables.departmentIncome, document.tables.procurement].compactMap({ $0 }) {
                #expect(table.generalBudgetColumn == table.sourceColumns.firstIndex { $0.hasPrefix("一般公共预算") })
            }
        }
    }
}
