import YusuanCore

/// The figures of one paragraph, in order, each with its change, usage and reason attached.
///
/// A paragraph is split into sentences at `。`, and each sentence into segments at `，、；：`. A segment that
/// ends with an amount and 万元 is a figure; `比 2023 年增加 …` is a change of the figure before it (or of the
/// paragraph's first figure when a subject stands before 比: `收入比 2023 年增加 …`); `主要原因是…` and
/// `主要是…` open a reason and `主要用于…` a usage, which run until the next figure or change.
struct ParagraphFigures {
    struct Figure {
        var figure: StatedFigure
        /// Whether the figure follows `其中` in its sentence (a part of an earlier figure).
        var isPart: Bool
    }

    var figures: [Figure] = []

    private enum Mode { case none, reason, usage }

    static let reasonPrefixes = ["主要原因是", "主要原因为", "主要原因：", "主要原因", "主要是由于", "主要是", "主要由于", "原因是", "由于"]
    static let usagePrefixes = ["主要用于", "用于"]

    init(text: String, line: SourceLine?) {
        var changeTarget: Int?
        for sentenceText in ParagraphFigures.sentences(of: text) {
            let sentence = Sentence(text: sentenceText, line: line)
            var inParts = false
            var mode = Mode.none
            for (delimiter, rawSegment) in ParagraphFigures.segments(of: sentenceText) {
                var segment = rawSegment.trimmingSpaces()[...]
                if segment.hasPrefixBytes("其中") {
                    inParts = true
                    segment = segment.dropFirst(2)
                    while let first = segment.first, first == " " || first == "，" { segment = segment.dropFirst() }
                    if segment.isEmpty { continue }
                }
                if let (prefix, change) = ChangePhrase.change(in: segment) {
                    let subject = prefix.trimmingSpaces()
                    let target = subject.isEmpty || figures.isEmpty ? figures.indices.last : 0
                    if let target {
                        figures[target].figure.change = change
                        changeTarget = target
                    }
                    mode = .none
                    continue
                }
                if let prefix = ParagraphFigures.reasonPrefixes.first(where: { segment.hasPrefix($0) }) {
                    mode = .reason
                    appendReason(String(segment.dropFirst(prefix.count)), separator: "", to: changeTarget)
                    addComponent(segment.dropFirst(prefix.count), to: changeTarget)
                    continue
                }
                if ParagraphFigures.usagePrefixes.contains(where: { segment.hasPrefix($0) }),
                    let last = figures.indices.last
                {
                    mode = .usage
                    figures[last].figure.usage = String(segment)
                    continue
                }
                if let (label, amount, unit) = NumberScanning.trailingAmount(in: segment),
                    mode != .reason
                        || ChangePhrase.component(in: segment) == nil
                {
                    figures.append(
                        Figure(
                            figure: StatedFigure(
                                label: label.trimmingSpaces(),
                                amount: amount,
                                unit: unit,
                                sentence: sentence
                            ),
                            isPart: inParts
                        )
                    )
                    mode = .none
                    continue
                }
                switch mode {
                case .reason:
                    appendReason(String(segment), separator: String(delimiter ?? "，"), to: changeTarget)
                    addComponent(segment, to: changeTarget)
                case .usage:
                    if let last = figures.indices.last {
                        figures[last].figure.usage =
                            (figures[last].figure.usage ?? "") + String(delimiter ?? "，")
                            + segment
                    }
                case .none:
                    break
                }
            }
        }
    }

    private mutating func appendReason(_ text: String, separator: String, to target: Int?) {
        guard let target, figures[target].figure.change != nil else { return }
        let current = figures[target].figure.change?.reason
        figures[target].figure.change?.reason = current.map { $0 + separator + text } ?? text
    }

    private mutating func addComponent(_ segment: Substring, to target: Int?) {
        guard let target, let component = ChangePhrase.component(in: segment) else { return }
        figures[target].figure.change?.components.append(component)
    }

    /// The sentences of a paragraph, split after `。`.
    static func sentences(of text: String) -> [String] {
        // Split after 。 (E3 80 82) by bytes.
        var result: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0xE3 {
                let second = bytes.index(after: index)
                if second < bytes.endIndex, bytes[second] == 0x80 {
                    let third = bytes.index(after: second)
                    if third < bytes.endIndex, bytes[third] == 0x82 {
                        let sentence = text[start..<index].trimmingSpaces()
                        if !sentence.isEmpty { result.append(sentence) }
                        index = bytes.index(after: third)
                        start = index
                        continue
                    }
                }
            }
            index = bytes.index(after: index)
        }
        let sentence = text[start...].trimmingSpaces()
        if !sentence.isEmpty { result.append(sentence) }
        return result
    }

    /// The segments of a sentence, each with the delimiter that stood before it.
    static func segments(of sentence: String) -> [(Character?, Substring)] {
        var result: [(Character?, Substring)] = []
        let bytes = sentence.utf8
        var start = bytes.startIndex
        var delimiter: Character?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var found: Character?
            var width = 1
            if byte == 0x3B {
                found = ";"
            } else if byte == 0x3A {
                found = ":"
            } else if byte == 0xEF || byte == 0xE3 {
                let second = bytes.index(after: index)
                let third = second < bytes.endIndex ? bytes.index(after: second) : second
                if third < bytes.endIndex {
                    switch (byte, bytes[second], bytes[third]) {
                    case (0xEF, 0xBC, 0x8C): found = "，"
                    case (0xEF, 0xBC, 0x9A): found = "："
                    case (0xEF, 0xBC, 0x9B): found = "；"
                    case (0xE3, 0x80, 0x81): found = "、"
                    default: break
                    }
                    width = 3
                }
            }
            if let found {
                result.append((delimiter, sentence[start..<index]))
                delimiter = found
                index = bytes.index(index, offsetBy: width)
                start = index
            } else {
                index = bytes.index(after: index)
            }
        }
        result.append((delimiter, sentence[start...]))
        return result
    }

    /// The first figure whose label contains all of the given words.
    func first(containing words: String...) -> StatedFigure? {
        figures.first { figure in words.allSatisfy { figure.figure.label.contains($0) } }?.figure
    }
}
