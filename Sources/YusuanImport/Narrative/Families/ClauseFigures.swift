import Foundation
import YusuanCore

/// A figure read from a paragraph of any family's narrative, with what the reader needs to tell what it is.
struct ClauseFigure {
    var figure: StatedFigure
    /// The words before the amount, without asides, spaces or a leading item number (`一般公共预算拨款支出预算`).
    var subject: String
    /// Whether it follows `其中`/`包括` in its sentence: a part of ``head``.
    var isPart: Bool
    /// The figure of the paragraph it is a part of.
    var head: Int?
    /// The index of its `。` sentence in the paragraph.
    var sentence: Int
    /// The earlier segments of its sentence, nearest last (`“三公”经费财政拨款支出年初预算为0.95万元` before
    /// `支出决算为0.00万元`).
    var earlierSegments: [String]
    /// The paragraph's sentence before it when that one holds no figure (`（一）收入预算` before
    /// `2026年年初预算数19,230.18万元`), without asides.
    var title: String?
}

/// The figures of one paragraph of any family's narrative, each with its change, usage and reason: the
/// sentence-level counterpart of ``ParagraphFigures`` (which reads the Chongqing layout and stays as it is).
///
/// The paragraph is split into clauses (``NarrativeClauses``); a `Sentence` is one clause. A segment ending with an
/// amount and 万元/元 is a figure (`…万元等` and `…万元（含购置税）` too); `比/较/与… 增加 X 万元` is a change
/// (``ChangePhrase/generalChange(in:)``) of the figure before it, or of the figure written just before it in the
/// same segment; `主要原因是…`/`主要是…` opens a reason and `主要用于…` a usage. A segment whose words end with a
/// direction word (`收、支预算总计各增加 2214.39 万元`) or hold an unread comparison is no figure.
struct ClauseFigures {
    var figures: [ClauseFigure] = []
    /// Whether a change phrase was read in the paragraph (a paragraph without figures may still give a reason).
    var hasChange = false

    private enum Mode { case none, reason, usage, components }

    init(text: String, line: SourceLine?) {
        var sentenceIndex = 0
        var inParts = false
        var head: Int?
        var changeSinceParts = false
        var mode = Mode.none
        var changeTarget: Int?
        var earlier: [String] = []
        var title: String?
        var sentenceHasFigure = false
        var sentenceText = ""
        for clause in NarrativeClauses.clauses(of: text) {
            let sentence = Sentence(text: clause.text, line: line)
            for (delimiter, raw) in NarrativeClauses.segments(of: clause.scan) {
                var segment = Substring(raw)
                if let rest = segment.dropping(prefix: "其中") ?? segment.dropping(prefix: "包括") {
                    if changeSinceParts {
                        // `…，比 2025 年增加 X 万元，其中：一般公共预算财政拨款增加 Y 万元…` names the parts of the change:
                        // its components, and no parts of a figure.
                        head = nil
                        mode = .components
                    } else if inParts {
                        // `其中：A，其中：B`: A's parts are written inside the parts of the head.
                        if let owner = head { nested.insert(owner) }
                    } else {
                        head = figures.indices.last
                    }
                    inParts = true
                    changeSinceParts = false
                    segment = rest.drop { $0 == "，" || $0 == "," }
                    if segment.isEmpty { continue }
                }
                let text = String(segment)
                if let body = Self.dropReasonPrefix(text) {
                    // Before the change phrases: `主要原因是在职人员较去年有所增加` is a reason, not a change.
                    mode = .reason
                    appendReason(body, separator: "", to: changeTarget)
                    earlier.append(text)
                    continue
                }
                // Inside a reason, a change belongs to a figure only when nothing but punctuation or a figure
                // (`…；公务用车购置及运行维护费24.8万元（…）比上年减少25.05万元`) stands before it.
                if let (prefix, change) = ChangePhrase.generalChange(in: text),
                    mode != .reason || prefix.allSatisfy(\.isPunctuationLike)
                        || figureWritten(in: prefix, sentence: sentence) != nil
                {
                    hasChange = true
                    changeSinceParts = true
                    let subject = prefix.filter { !$0.isPunctuationLike }
                    if change.direction == .unchanged, subject.isEmpty,
                        explainAsNegligible(text, sentence: sentenceIndex)
                    {
                        // `比上年执行数增加 48.92 万元，增长 0.8%，与上年基本持平`: the change is called negligible.
                        mode = .none
                        earlier.append(text)
                        continue
                    }
                    var target: Int?
                    if let figure = figureWritten(in: prefix, sentence: sentence) {
                        target = append(
                            figure,
                            isPart: inParts,
                            head: head,
                            sentence: sentenceIndex,
                            earlier: earlier,
                            title: title
                        )
                        sentenceHasFigure = true
                    } else if subject.isEmpty {
                        target = figures.indices.last
                    } else if let named = figures.indices.last(where: {
                        figures[$0].subject == Self.subject(of: subject) && figures[$0].figure.change == nil
                    }) {
                        // `…财政拨款收入 X 万元…；2019年本部门财政拨款支出 Y 万元…，2019年本部门财政拨款支出较上年
                        // 增加 Z 万元`: the figure the change names.
                        target = named
                    } else {
                        target = figures.indices.first
                    }
                    if let target, figures[target].figure.change == nil {
                        figures[target].figure.change = change
                        changeTarget = target
                    } else {
                        changeTarget = nil
                    }
                    mode = .none
                    earlier.append(text)
                    continue
                }
                if mode == .components, let target = changeTarget, let component = component(in: text, of: target) {
                    figures[target].figure.change?.components.append(component)
                    earlier.append(text)
                    continue
                }
                if ParagraphFigures.usagePrefixes.contains(where: { text.hasPrefixBytes($0) }),
                    let last = figures.indices.last
                {
                    mode = .usage
                    figures[last].figure.usage = text
                    earlier.append(text)
                    continue
                }
                if mode != .reason || Self.component(in: text) == nil,
                    let figure = figureWritten(in: text, sentence: sentence)
                {
                    if !Self.isChange(figure.label) {
                        append(
                            figure,
                            isPart: inParts,
                            head: head,
                            sentence: sentenceIndex,
                            earlier: earlier,
                            title: title
                        )
                        sentenceHasFigure = true
                    } else if let change = (1...3).lazy.compactMap({ count -> StatedChange? in
                        guard earlier.count >= count else { return nil }
                        return Self.change(text, comparedIn: earlier.suffix(count).joined())
                    }).first, let target = figures.indices.last, figures[target].figure.change == nil {
                        // `与上年相比，财政拨款支出增加 X 万元`, `与上年相比收、支预算总计各增加 X 万元`: the comparison in
                        // the segment before, the change of the figure before it.
                        hasChange = true
                        changeSinceParts = true
                        figures[target].figure.change = change
                        changeTarget = target
                    } else if let target = changeTarget, figures[target].sentence == sentenceIndex,
                        let component = Self.component(of: figure, unit: figures[target].figure.unit)
                    {
                        // `…较上年增加 147303.4 万元，原因为：…，三是专项业务经费增加 300 万元，四是…增加了 28000 万元等`:
                        // a component of the sentence's change.
                        figures[target].figure.change?.components.append(component)
                    }
                    mode = .none
                    earlier.append(text)
                    continue
                }
                switch mode {
                case .reason:
                    appendReason(text, separator: delimiter.map(String.init) ?? "，", to: changeTarget)
                case .usage:
                    if let last = figures.indices.last {
                        figures[last].figure.usage =
                            (figures[last].figure.usage ?? "")
                            + (delimiter.map(String.init) ?? "，") + text
                    }
                case .none, .components:
                    break
                }
                earlier.append(text)
            }
            sentenceText += clause.scan
            if clause.endsSentence {
                // A sentence without figures may title the next one: `（一）收入预算。2026年年初预算数 …`.
                title = sentenceHasFigure ? nil : sentenceText
                sentenceIndex += 1
                sentenceHasFigure = false
                sentenceText = ""
                earlier = []
                mode = .none
                // `X 万元。其中：…` makes the next sentence's figures parts of the last figure again.
                inParts = false
                changeSinceParts = false
            }
        }
    }

    /// The parts of a figure whose parts hold parts of their own (`其中：A，其中：B`) cannot be added up.
    private var nested: Set<Int> = []

    /// Whether the parts of the figure at `index` were written nested.
    func hasNestedParts(_ index: Int) -> Bool { nested.contains(index) }

    /// The figure a segment ends with: words, an amount and 万元 or 元 (a trailing `等` is left out).
    private func figureWritten(in text: String, sentence: Sentence) -> StatedFigure? {
        var body = Substring(text)
        body = body.dropping(suffix: "等") ?? body
        guard
            let (label, amount, unit) = body.withTextSpan({ bytes in
                NumberScanning.trailingAmount(in: bytes).map { ($0.label.string, $0.amount, $0.unit) }
            })
        else { return nil }
        return StatedFigure(label: label, amount: amount, unit: unit, sentence: sentence)
    }

    @discardableResult
    private mutating func append(
        _ figure: StatedFigure,
        isPart: Bool,
        head: Int?,
        sentence: Int,
        earlier: [String],
        title: String?
    ) -> Int {
        var figure = figure
        let subject = Self.subject(of: figure.label)
        figure.label = Self.label(of: subject)
        figures.append(
            ClauseFigure(
                figure: figure,
                subject: subject,
                isPart: isPart && head != nil,
                head: isPart ? head : nil,
                sentence: sentence,
                earlierSegments: earlier,
                title: title
            )
        )
        return figures.count - 1
    }

    /// Gives a change of the sentence's last figure that has no reason the words that call it negligible
    /// (`与上年基本持平` after `增加 48.92 万元，增长 0.8%`) as its explanation; false when there is no such change.
    private mutating func explainAsNegligible(_ words: String, sentence: Int) -> Bool {
        guard let last = figures.indices.last, figures[last].sentence == sentence,
            let change = figures[last].figure.change, change.direction != .unchanged, change.reason == nil
        else { return false }
        figures[last].figure.change?.reason = words
        return true
    }

    private mutating func appendReason(_ piece: String, separator: String, to target: Int?) {
        guard let target, figures[target].figure.change != nil else { return }
        if let reason = figures[target].figure.change?.reason {
            figures[target].figure.change?.reason = reason + separator + piece
        } else {
            figures[target].figure.change?.reason = piece
        }
        if let component = component(in: piece, of: target) {
            figures[target].figure.change?.components.append(component)
        }
    }

    /// The change a segment states when its comparison is written in the segment before it (`与上年相比` /
    /// `财政拨款支出增加 X 万元`): nil unless the segment before holds a comparison and no change of its own, and
    /// nothing but punctuation stands before that comparison. A change of two figures at once (`与上年相比收、支预算总计
    /// 各增加 X 万元`, of income and expenditure, explained by the parts after it) is no change of the figure before.
    static func change(_ text: String, comparedIn previous: String) -> StatedChange? {
        let compact = text.filter { $0 != " " }
        guard !ChangePhrase.increaseWords.contains(where: { compact.contains("各\($0)") }),
            !ChangePhrase.decreaseWords.contains(where: { compact.contains("各\($0)") }),
            ChangePhrase.generalChange(in: previous) == nil,
            let (prefix, change) = ChangePhrase.generalChange(in: previous + text),
            prefix.count < previous.count, prefix.allSatisfy(\.isPunctuationLike), change.amount != nil
        else { return nil }
        return change
    }

    /// A figure whose words end with a direction word (`专项业务经费增加 300 万元`, `…资金增加了 28000 万元`) as a
    /// component change, when it is in `unit`.
    static func component(of figure: StatedFigure, unit: AmountUnit) -> ComponentChange? {
        guard figure.unit == unit else { return nil }
        var label = Substring(figure.label.filter { $0 != " " })
        label = label.dropping(suffix: "了") ?? label
        for (words, direction) in [
            (ChangePhrase.increaseWords, ChangeDirection.increase), (ChangePhrase.decreaseWords, .decrease),
        ] {
            for word in words {
                guard let name = label.dropping(suffix: word) else { continue }
                let trimmed = String(name).trimmingSpaces
                return trimmed.isEmpty
                    ? nil : ComponentChange(label: trimmed, direction: direction, amount: figure.amount)
            }
        }
        return nil
    }

    /// Whether a figure's words make its amount a change rather than a figure: they end with a direction word
    /// (`…各增加`), or hold a comparison this reader did not read (`比上年`).
    static func isChange(_ label: String) -> Bool {
        ChangePhrase.endsWithDirectionWord(label) || label.contains("比上年") || label.contains("较上年")
    }

    /// The text after a reason prefix (`主要原因是`, `主要是`, `由于` …), if the segment starts with one, also when
    /// the direction of the change is named before it (`减少的主要原因是…`, `增减变化的原因是…`).
    static func dropReasonPrefix(_ text: String) -> String? {
        var body = Substring(text)
        for word in directionLeads {
            guard let rest = body.dropping(prefix: word) else { continue }
            if let after = rest.dropping(prefix: "的"), after.hasPrefixBytes("主要原因") || after.hasPrefixBytes("原因") {
                body = after
            }
            break
        }
        for prefix in ParagraphFigures.reasonPrefixes {
            if let rest = body.dropping(prefix: prefix) { return String(rest) }
        }
        return nil
    }

    /// The words that may name a change before its reason (`减少的主要原因是`), longest first.
    static let directionLeads: [StaticString] = [
        "增减变化", "增减变动", "增加", "减少", "增长", "下降", "上升", "降低", "增减", "变化", "变动",
    ]

    /// A component change inside a reason: `基本支出增加 66.60 万元`.
    static func component(in text: String) -> ComponentChange? {
        text.withTextSpan { ChangePhrase.component(in: $0) }
    }

    /// A component of the change of the figure at `target`, in that figure's unit (`工会经费人均定额增加1000元` is no
    /// component of a change in 万元).
    private func component(in text: String, of target: Int) -> ComponentChange? {
        guard let component = Self.component(in: text) ?? Self.leadingComponent(in: text),
            let unit = text.withTextSpan({ NumberScanning.trailingAmount(in: $0)?.unit }),
            unit == figures[target].figure.unit
        else { return nil }
        return component
    }

    /// A component change inside a reason written direction first: `增加外事经费200万元`, `增加了…专项经费23.3万元`,
    /// `压减运转类经费50万元`.
    static func leadingComponent(in text: String) -> ComponentChange? {
        let compact = text.filter { $0 != " " }
        for (words, direction) in [(["新增", "增加", "增长"], ChangeDirection.increase), (["压减", "减少", "降低"], .decrease)] {
            for word in words where compact.hasPrefix(word) {
                var rest = compact.dropFirst(word.count)
                if rest.hasPrefix("了") { rest = rest.dropFirst() }
                guard
                    let (label, amount) = String(rest).withTextSpan({ bytes in
                        NumberScanning.trailingAmount(in: bytes).map { ($0.label.string, $0.amount) }
                    }), !label.isEmpty, !ChangePhrase.endsWithDirectionWord(label)
                else { return nil }
                return ComponentChange(label: label, direction: direction, amount: amount)
            }
        }
        return nil
    }

    /// The label a figure is shown with: its subject without a heading the PDF's line reader joined to it
    /// (`收入预算情况说明2026年收入预算` → `2026年收入预算`, `机关运行经费支出情况机关运行经费支出` → `机关运行经费支出`).
    static func label(of subject: String) -> String {
        for marker in ["情况说明", "情况"] {
            guard let range = subject.range(of: marker, options: .backwards) else { continue }
            let rest = subject[range.upperBound...]
            return rest.count >= 2 ? String(rest) : subject
        }
        return subject
    }

    /// The words of a label without spaces and a leading item number (`1．`, `(2)`, `一、`).
    static func subject(of label: String) -> String {
        var text = Substring(label.filter { $0 != " " && $0 != "\u{3000}" })
        let digits = text.prefix { $0.isASCIIDigit }
        if !digits.isEmpty, let mark = text.dropFirst(digits.count).first, mark == "." || mark == "．" || mark == "、" {
            text = text.dropFirst(digits.count + 1)
        }
        let numerals = text.prefix { "一二三四五六七八九十".contains($0) }
        if !numerals.isEmpty, text.dropFirst(numerals.count).first == "、" {
            text = text.dropFirst(numerals.count + 1)
        }
        return String(text)
    }
}

extension Character {
    /// Brackets, quotation marks and punctuation: what a subject before `比` may hold without naming anything.
    var isPunctuationLike: Bool {
        isPunctuation || isWhitespace || "（）()【】[]“”\"'".contains(self)
    }
}
