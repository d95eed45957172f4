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

    static let reasonPrefixes: [StaticString] = [
        "主要原因是", "主要原因为", "主要原因：", "主要原因", "主要是由于", "主要是", "主要由于", "原因是", "由于",
    ]
    static let usagePrefixes: [StaticString] = ["主要用于", "用于"]

    init(text: String, line: SourceLine?) {
        self = text.withTextSpan { ParagraphFigures(paragraph: $0, line: line) }
    }

    /// Reads the figures of a paragraph from its bytes; only the texts the figures keep become strings.
    private init(paragraph: TextSpan, line: SourceLine?) {
        var changeTarget: Int?
        // The reason text not yet written to its change: consecutive pieces are one run of the paragraph's bytes.
        var pendingReason: PendingReason?
        // The usage text not yet written to its figure, likewise.
        var pendingUsage: PendingUsage?
        for sentenceText in ParagraphFigures.sentenceSpans(of: paragraph) {
            // The sentence's own String is made once, when its first figure keeps it.
            var sentence: Sentence?
            var inParts = false
            var mode = Mode.none
            // Iterated by hand, to ask each segment whether it holds a change marker.
            var segments = ParagraphFigures.segmentSpans(of: sentenceText)
            while let (delimiter, rawSegment) = segments.next() {
                var segment = rawSegment.trimmed
                if let rest = segment.dropping(prefix: "其中") {
                    inParts = true
                    segment = rest
                    while let width = segment.leadingCharacterWidth(" ") ?? segment.leadingCharacterWidth("，") {
                        segment = segment[width..<segment.count]
                    }
                    if segment.isEmpty { continue }
                }
                // The markers the segment holds are those of the raw segment: `其中`, spaces and `，` are none.
                if segments.holdsChangeMarker, let (prefix, change) = ChangePhrase.change(in: segment) {
                    let subject = prefix.trimmed
                    let target = subject.isEmpty || figures.isEmpty ? figures.indices.last : 0
                    if let target {
                        writeReason(&pendingReason, paragraph: paragraph)
                        figures[target].figure.change = change
                        changeTarget = target
                    }
                    mode = .none
                    continue
                }
                // Every reason prefix starts with 主, 原 or 由 and every usage prefix with 主 or 用.
                let lead = ParagraphFigures.leadingScalarBytes(segment)
                if lead == 0xE4B8BB || lead == 0xE58E9F || lead == 0xE794B1,
                    let body = ParagraphFigures.reasonPrefixes.lazy.compactMap({ segment.dropping(prefix: $0) }).first
                {
                    mode = .reason
                    appendReason(body, separator: "", to: changeTarget, pending: &pendingReason, paragraph: paragraph)
                    addComponent(body, to: changeTarget)
                    continue
                }
                if lead == 0xE4B8BB || lead == 0xE794A8,
                    ParagraphFigures.usagePrefixes.contains(where: { segment.hasPrefixBytes($0) }),
                    let last = figures.indices.last
                {
                    mode = .usage
                    writeUsage(&pendingUsage, paragraph: paragraph)
                    pendingUsage = PendingUsage(target: last, span: segment, paragraph: paragraph)
                    if pendingUsage == nil { figures[last].figure.usage = segment.string }
                    continue
                }
                if let (label, amount, unit) = NumberScanning.trailingAmount(in: segment),
                    mode != .reason
                        || ChangePhrase.component(in: segment) == nil
                {
                    let kept = sentence ?? Sentence(text: sentenceText.string, line: line)
                    sentence = kept
                    // Room for the figures of a usual paragraph, made with the first one (many paragraphs have none),
                    // so the array is not grown one figure at a time.
                    if figures.isEmpty { figures.reserveCapacity(8) }
                    figures.append(
                        Figure(
                            figure: StatedFigure(
                                label: label.trimmedString,
                                amount: amount,
                                unit: unit,
                                sentence: kept
                            ),
                            isPart: inParts
                        )
                    )
                    mode = .none
                    continue
                }
                switch mode {
                case .reason:
                    appendReason(
                        segment,
                        separator: delimiter ?? "，",
                        to: changeTarget,
                        pending: &pendingReason,
                        paragraph: paragraph
                    )
                    addComponent(segment, to: changeTarget)
                case .usage:
                    if let last = figures.indices.last {
                        appendUsage(
                            segment,
                            separator: delimiter ?? "，",
                            to: last,
                            pending: &pendingUsage,
                            paragraph: paragraph
                        )
                    }
                case .none:
                    break
                }
            }
        }
        writeReason(&pendingReason, paragraph: paragraph)
        writeUsage(&pendingUsage, paragraph: paragraph)
    }

    /// The first three bytes of the text as one number (`主` → 0xE4B8BB), or 0 when it is shorter.
    @inline(__always)
    static func leadingScalarBytes(_ text: TextSpan) -> UInt32 {
        let bytes = text
        return bytes.count >= 3 ? UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) : 0
    }

    /// Reason text read but not yet written to its change: the bytes `start..<end` of the paragraph, to be appended
    /// after `separator` (or to stand alone when the change has no reason yet).
    private struct PendingReason {
        var target: Int
        var separator: String
        var start: Int
        var end: Int
    }

    /// Adds a piece of reason to the change of the figure at `target`: the same text as appending `separator` and the
    /// piece's string to the reason (or the piece alone when there is none yet), built once for each run of pieces
    /// that follow one another in the paragraph with exactly `separator` between them.
    private mutating func appendReason(
        _ piece: TextSpan,
        separator: String,
        to target: Int?,
        pending: inout PendingReason?,
        paragraph: TextSpan
    ) {
        guard let target, figures[target].figure.change != nil else { return }
        guard let start = piece.offset(in: paragraph) else {
            // Not a span of the paragraph (never the case): append its string at once.
            writeReason(&pending, paragraph: paragraph)
            if figures[target].figure.change?.reason == nil {
                figures[target].figure.change?.reason = piece.string
            } else {
                figures[target].figure.change?.reason?.append(separator)
                figures[target].figure.change?.reason?.append(piece.string)
            }
            return
        }
        if let run = pending, run.target == target, start >= run.end {
            if paragraph[run.end..<start].hasSameBytes(as: separator) {
                pending?.end = start + piece.count
                return
            }
        }
        writeReason(&pending, paragraph: paragraph)
        pending = PendingReason(target: target, separator: separator, start: start, end: start + piece.count)
    }

    /// Usage text read but not yet written to its figure: the bytes `start..<end` of the paragraph, that replace the
    /// usage (the run opened by `主要用于`) or are appended to it after `separator`.
    private struct PendingUsage {
        var target: Int
        var separator: String
        var start: Int
        var end: Int
        var replaces: Bool

        /// The run opened by a usage prefix, or nil when `span` is not a span of the paragraph (never the case).
        init?(target: Int, span: TextSpan, separator: String = "", replaces: Bool = true, paragraph: TextSpan) {
            guard let start = span.offset(in: paragraph) else { return nil }
            self.target = target
            self.separator = separator
            self.start = start
            self.end = self.start + span.count
            self.replaces = replaces
        }
    }

    /// Adds a piece of usage to the figure at `target`: the same text as `(usage ?? "") + separator + piece`, built
    /// once for each run of pieces that follow one another in the paragraph with exactly `separator` between them.
    private mutating func appendUsage(
        _ piece: TextSpan,
        separator: String,
        to target: Int,
        pending: inout PendingUsage?,
        paragraph: TextSpan
    ) {
        guard
            let next = PendingUsage(
                target: target,
                span: piece,
                separator: separator,
                replaces: false,
                paragraph: paragraph
            )
        else {
            writeUsage(&pending, paragraph: paragraph)
            figures[target].figure.usage = (figures[target].figure.usage ?? "") + separator + piece.string
            return
        }
        if let run = pending, run.target == target, next.start >= run.end,
            paragraph[run.end..<next.start].hasSameBytes(as: separator)
        {
            pending?.end = next.end
            return
        }
        writeUsage(&pending, paragraph: paragraph)
        pending = next
    }

    /// Writes the pending usage to its figure.
    private mutating func writeUsage(_ pending: inout PendingUsage?, paragraph: TextSpan) {
        guard let run = pending else { return }
        pending = nil
        let text = paragraph[run.start..<run.end].string
        if run.replaces {
            figures[run.target].figure.usage = text
        } else {
            figures[run.target].figure.usage = (figures[run.target].figure.usage ?? "") + run.separator + text
        }
    }

    /// Writes the pending reason to its change.
    private mutating func writeReason(_ pending: inout PendingReason?, paragraph: TextSpan) {
        guard let run = pending else { return }
        pending = nil
        let text = paragraph[run.start..<run.end].string
        // Appended in place: the reason is not copied.
        if figures[run.target].figure.change?.reason == nil {
            figures[run.target].figure.change?.reason = text
        } else {
            figures[run.target].figure.change?.reason?.append(run.separator)
            figures[run.target].figure.change?.reason?.append(text)
        }
    }

    private mutating func addComponent(_ segment: TextSpan, to target: Int?) {
        guard let target, let component = ChangePhrase.component(in: segment) else { return }
        figures[target].figure.change?.components.append(component)
    }

    /// The sentences of a paragraph as spans of it, split after `。`, without surrounding spaces; empty sentences
    /// are left out (read as they are iterated).
    static func sentenceSpans(of text: TextSpan) -> SentenceSpans {
        SentenceSpans(text: text)
    }

    /// The segments of a sentence, each with the delimiter that stood before it (read as they are iterated).
    static func segmentSpans(of sentence: TextSpan) -> SegmentSpans {
        SegmentSpans(sentence: sentence)
    }

    /// The first figure whose label contains the given word.
    func first(containing word: StaticString) -> StatedFigure? {
        // Read in place: `first(where:)` would copy each figure it tests.
        for index in figures.indices where figures[index].figure.label.has(word) {
            return figures[index].figure
        }
        return nil
    }
}
