import Foundation
import YusuanCore

/// How many of the amounts a PDF prints its model holds: measured on the PDF's words, independently of how the
/// readers placed them (docs/PDF.md, “Amounts read”).
///
/// Printed amounts are (1) in running text, a number followed by 万元, 亿元 or 元 (`1,815 万元`, `0.83万元`), and
/// (2) in tables, a word standing apart from the words beside it that is a number with a decimal point or thousands
/// separators (`10,737.69`, `0.00`, `2,976,800`) or a zero (`0`) — not a year (`2026 年`), a percentage, a
/// classification code, a page number or a line of column numbers. An amount in running text stated as a bound
/// (`不少于 2000 万元`, `单价 20 万元以上的设备`) is a target or a threshold, not an amount, and is not counted. An amount counts as read when the model holds the same value: a table amount on a
/// row within a few lines of the printed word (wrapped rows), or in the text of a table kept line by line (the
/// performance forms); an amount in running text anywhere among the narrative's facts.
public struct PDFAmountCoverage: Sendable, Hashable {
    /// A printed amount and where.
    public struct Printed: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var inText: Bool
    }

    public var pages: Int
    public var printed: [Printed]
    public var missed: [Printed]

    /// The share of printed amounts read, 0…1 (1 when nothing is printed).
    public var share: Double { printed.isEmpty ? 1 : Double(printed.count - missed.count) / Double(printed.count) }

    /// Measures a document read from the PDF `data`.
    public static func measure(data: Data, fileName: String, document: Disclosure) throws -> PDFAmountCoverage {
        let html = try PDFTextExtractor.extract(data, fileName: fileName)
        let pages = PDFLayoutParser.pageCount(ofBBoxHTML: html)
        let lines = PDFLayoutParser.lines(of: PDFLayoutParser.words(fromBBoxHTML: html)).map(
            GridWords.joiningTouchingWords
        )
        let printed = printedAmounts(lines)
        var model = ModelAmounts(document)
        let missed = printed.filter { !model.consume($0) }
        return PDFAmountCoverage(pages: pages, printed: printed, missed: missed)
    }

    static func printedAmounts(_ lines: [PDFLine]) -> [Printed] {
        var result: [Printed] = []
        for (index, line) in lines.enumerated() {
            let compact = line.compact
            let isEdge =
                index == lines.count - 1 || lines[index + 1].page != line.page || index == 0
                || lines[index - 1].page != line.page
            if isEdge && TableLocator.isPageMark(compact) { continue }
            let numbers = line.words.compactMap { Int($0.text) }
            if numbers.count >= 3, numbers == Array(1...numbers.count) || numbers == Array(0..<numbers.count) {
                continue
            }
            for (position, word) in line.words.enumerated() {
                guard GridWords.isAmount(word, in: line) else { continue }
                // A number set close to the text beside it is part of running text (`203091.65 万` / `元`, `2.1 亿斤`),
                // which the second pass reads; a table's cell stands apart from its neighbours.
                let previous = position > 0 ? line.words[position - 1] : nil
                let next = position + 1 < line.words.count ? line.words[position + 1] : nil
                let gap = word.height * 0.6
                if let previous, word.xMin - previous.xMax < gap, !Self.isNumberWord(previous) { continue }
                if let next, next.xMin - word.xMax < gap, !Self.isNumberWord(next) { continue }
                let text = word.text
                let isMoney = text.contains(".") || text.contains(",") || text == "0"
                if isMoney { result.append(Printed(text: text, line: line.number, inText: false)) }
            }
        }
        // Running text: a number and its unit, possibly broken over two lines; a page number between the two halves
        // of a sentence (`11700.63` / `8` / `万元`) is left out.
        var text = ""
        var lineAt: [Int] = []
        for (index, line) in lines.enumerated() {
            let isEdge =
                index == lines.count - 1 || lines[index + 1].page != line.page || index == 0
                || lines[index - 1].page != line.page
            if isEdge && TableLocator.isPageMark(line.compact) { continue }
            for character in line.compact {
                text.append(character)
                lineAt.append(line.number)
            }
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character.isASCII && character.isNumber, index == 0 || !Self.isNumberPart(characters[index - 1])
            else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count && Self.isNumberPart(characters[end]) { end += 1 }
            var number = String(characters[index..<end])
            while number.hasSuffix(".") || number.hasSuffix(",") { number.removeLast() }
            var unitStart = end
            while unitStart < characters.count && characters[unitStart] == " " { unitStart += 1 }
            let rest = String(characters[unitStart..<min(unitStart + 2, characters.count)])
            if Amount(number) != nil, rest.hasPrefix("万元") || rest.hasPrefix("亿元") || rest.hasPrefix("元"),
                !Self.isBound(characters, number: index..<end, unit: unitStart + (rest.hasPrefix("元") ? 1 : 2))
            {
                result.append(Printed(text: number, line: lineAt[index], inText: true))
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// The words that make an amount a bound when they stand before it (`不少于 2000 万元`, `超过 4000 亿元`) or after
    /// its unit (`单价 20 万元以上的设备`, `20万元（含）以上`, `…以内`): a target or a threshold, not a sum of money the
    /// document accounts for.
    static let boundsBefore = ["不少于", "不低于", "不超过", "不高于", "超过", "多于", "少于", "低于", "高于"]
    static let boundsAfter = ["以上", "以下", "以内", "（含）以上", "（含）以下", "(含)以上", "(含)以下"]

    /// Whether the amount written at `number` with its unit ending before `unit` is a bound.
    static func isBound(_ characters: [Character], number: Range<Int>, unit: Int) -> Bool {
        var before = number.lowerBound
        while before > 0, characters[before - 1] == " " { before -= 1 }
        let lead = String(characters[max(0, before - 3)..<before])
        if boundsBefore.contains(where: { lead.hasSuffix($0) }) { return true }
        var after = min(unit, characters.count)
        while after < characters.count, characters[after] == " " { after += 1 }
        let tail = String(characters[after..<min(after + 5, characters.count)])
        return boundsAfter.contains { tail.hasPrefix($0) }
    }

    private static func isNumberWord(_ word: PDFWord) -> Bool {
        GridWords.amount(word.text) != nil || GridWords.isBlankMark(word.text)
    }

    private static func isNumberPart(_ character: Character) -> Bool {
        (character.isASCII && character.isNumber) || character == "." || character == ","
    }

    /// The amounts of a model: table amounts with their row's line, texts of tables kept line by line, narrative
    /// amounts — read from its JSON, so that every table and fact of the model counts, whatever its type.
    struct ModelAmounts {
        var tableAmounts: [String: [Int]] = [:]
        var formTexts: [(line: Int, text: String)] = []
        var narrativeAmounts: [String: Int] = [:]

        init(_ document: Disclosure) {
            guard let data = try? JSONEncoder().encode(document),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return }
            if let tables = object["tables"] { collectTables(tables, line: nil) }
            if let narrative = object["narrative"] as? [String: Any], let facts = narrative["facts"] {
                collectFacts(facts, key: "")
            }
        }

        static let textKeys: Set<String> = [
            "code", "name", "label", "text", "title", "caption", "unitLine", "note", "comparedWith", "reason", "usage",
            "value", "unit", "operatorSymbol", "identifier", "columns", "sourceColumns", "table", "reasonEnglish",
            "incomeLabel", "expenditureLabel", "yearLabel", "goal", "overview", "basis", "department",
            "departmentLabel", "compilingUnit", "priorLabel", "className", "sectionName", "itemName",
        ]

        private mutating func collectTables(_ value: Any, line: Int?) {
            if let dictionary = value as? [String: Any] {
                let own = (dictionary["line"] as? Int) ?? line
                if dictionary["amounts"] is [Any], let name = dictionary["name"] as? String, let own,
                    (dictionary["amounts"] as? [Any])?.isEmpty == true
                {
                    formTexts.append((own, name))
                }
                for (key, element) in dictionary where !Self.textKeys.contains(key) {
                    if let text = element as? String {
                        if let amount = Amount(text), let own {
                            tableAmounts[Self.key(amount), default: []].append(own)
                        }
                    } else {
                        collectTables(element, line: own)
                    }
                }
            } else if let array = value as? [Any] {
                for element in array {
                    if let text = element as? String {
                        if let amount = Amount(text), let line {
                            tableAmounts[Self.key(amount), default: []].append(line)
                        }
                    } else {
                        collectTables(element, line: line)
                    }
                }
            }
        }

        private mutating func collectFacts(_ value: Any, key: String) {
            if let dictionary = value as? [String: Any] {
                for (key, element) in dictionary where !Self.textKeys.contains(key) { collectFacts(element, key: key) }
            } else if let array = value as? [Any] {
                for element in array { collectFacts(element, key: key) }
            } else if let text = value as? String, let amount = Amount(text) {
                narrativeAmounts[Self.key(amount), default: 0] += 1
            }
        }

        /// The value of an amount, whatever its printed precision (`2,197.40` and `2197.4` are one value).
        static func key(_ amount: Amount) -> String {
            var text = amount.plainText
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text
        }

        /// Whether the model holds a printed amount (each model amount counts once).
        mutating func consume(_ printed: Printed) -> Bool {
            guard let amount = Amount(printed.text) else { return false }
            let key = Self.key(amount)
            if printed.inText {
                if let count = narrativeAmounts[key], count > 0 {
                    narrativeAmounts[key] = count - 1
                    return true
                }
                return false
            }
            // The nearest line of the amount within 4 lines (the smaller line on a tie), whatever order the model's
            // amounts were collected in.
            if var lines = tableAmounts[key],
                let index = lines.indices.filter({ abs(lines[$0] - printed.line) <= 4 })
                    .min(by: { (abs(lines[$0] - printed.line), lines[$0]) < (abs(lines[$1] - printed.line), lines[$1]) }
                    )
            {
                lines.remove(at: index)
                tableAmounts[key] = lines
                return true
            }
            return formTexts.contains { abs($0.line - printed.line) <= 1 && $0.text.contains(printed.text) }
        }
    }
}
