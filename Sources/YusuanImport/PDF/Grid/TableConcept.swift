import Foundation
import YusuanCore

/// What a table of a budget disclosure is, whatever a department titles, numbers or orders it: 收支总表,
/// 财政拨款收支总表, 一般公共预算支出表 … (the catalogue `Catalogue/table-titles.json`, docs/PDF.md).
struct TableConcept: Sendable, Hashable, Decodable {
    /// The stable identifier (`department-summary`, `state-capital-expenditure`).
    var id: String
    /// The typed table of the model it fills (a ``TableKind/identifier``), or nil for a ``GenericTable``.
    var table: String?
    /// How the concept is usually named (for messages).
    var name: String
    /// Title endings, normalized (``TableConcept/normalizedTitle(_:)``).
    var titles: [String]?
    /// Words that must all occur in a title that ends with `表` (the “三公” table, titled in many ways).
    var contains: [String]?
    /// `form` for tables of labelled fields rather than a grid of amounts (the performance target tables).
    var layout: String?

    /// Whether the table is a form, kept line by line.
    var isForm: Bool { layout == "form" }

    /// The typed table the concept fills.
    var kind: TableKind? { table.flatMap { identifier in TableKind.allCases.first { $0.identifier == identifier } } }

    /// A title made comparable: no spaces, no quotation marks, ASCII brackets and colons full-width.
    static func normalizedTitle(_ text: some StringProtocol) -> String {
        var result = ""
        for character in text {
            switch character {
            case " ", "\u{3000}", "\t", "“", "”", "\"", "‘", "’", "'", "「", "」": continue
            case "(": result.append("（")
            case ")": result.append("）")
            case ":": result.append("：")
            default: result.append(character)
            }
        }
        return result
    }
}

/// The catalogue of table concepts and the matching of a title against it.
struct TableTitleCatalogue: Sendable {
    let concepts: [TableConcept]

    private struct File: Decodable {
        var version: Int
        var concepts: [TableConcept]
    }

    /// The catalogue shipped with Yusuan.
    static let standard: TableTitleCatalogue = {
        guard
            let url = Bundle.module.url(forResource: "table-titles", withExtension: "json", subdirectory: "Catalogue"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else {
            preconditionFailure("the table title catalogue (Catalogue/table-titles.json) is missing from the bundle")
        }
        return TableTitleCatalogue(concepts: file.concepts)
    }()

    /// The concept a normalized title (caption removed) names, and where its name starts; the longest matching
    /// ending wins, so that `财政拨款收支总表` is not read as `收支总表`.
    func concept(ofTitle title: String) -> (concept: TableConcept, nameStart: String.Index)? {
        var best: (concept: TableConcept, nameStart: String.Index, length: Int)?
        for concept in concepts {
            for ending in concept.titles ?? [] where title.hasSuffix(ending) {
                let length = ending.count
                if best == nil || length > best!.length {
                    best = (concept, title.index(title.endIndex, offsetBy: -length), length)
                }
            }
            if let words = concept.contains, title.hasSuffix("表"), words.allSatisfy({ title.contains($0) }),
                let first = title.range(of: words[0])
            {
                // A title found by its words is as specific as its whole length from the first word.
                let length = title.distance(from: first.lowerBound, to: title.endIndex)
                if best == nil || length > best!.length { best = (concept, first.lowerBound, length) }
            }
        }
        return best.map { ($0.concept, $0.nameStart) }
    }
}
