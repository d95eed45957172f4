import YusuanCore

/// Reads the narrative part of a published text: department name, title, headings, paragraphs, contact.
struct NarrativeReader {
    var departmentName: String?
    var title = ""
    var titleLine: Int?
    var blocks: [NarrativeBlock] = []
    var contact: Contact?

    /// Reads the narrative lines.
    ///
    /// Whether the narrative is read by its bytes or by its `Character`s is decided here, once for the document:
    /// by bytes when every scalar of its lines is a character of its own and `readsBytes` (the `narrativeBytes`
    /// shortcut when nil) allows it. Every predicate below is written once, over ``CharacterReading``.
    init(lines: ArraySlice<TextLine>, file: String, readsBytes: Bool? = nil) throws {
        // The non-blank lines, in an array made at its full size at once (not grown line by line).
        var nonBlank: [TextLine] = []
        nonBlank.reserveCapacity(lines.count)
        for line in lines where !line.isBlank { nonBlank.append(line) }
        var remaining = nonBlank[...]
        guard let first = remaining.first else {
            throw ImportError(
                .notADisclosure,
                file: file,
                line: lines.first?.number ?? 1,
                expected: "a department name and a title such as '2024 年部门预算情况说明' before the tables",
                found: "no narrative"
            )
        }
        if first.isTableRow {
            throw ImportError(
                .notADisclosure,
                file: file,
                line: first.number,
                expected: "a department name and a title such as '2024 年部门预算情况说明'",
                found: "a table row \(ImportError.quote(first.text.string))"
            )
        }
        if !first.text.has("情况说明") {
            departmentName = first.trimmed
            remaining = remaining.dropFirst()
        }
        guard let titleText = remaining.first,
            titleText.text.has("情况说明") || titleText.text.has("预算") || titleText.text.has("决算")
        else {
            let found = remaining.first.map { ImportError.quote($0.text.string) } ?? "end of the narrative"
            throw ImportError(
                .notADisclosure,
                file: file,
                line: remaining.first?.number ?? first.number,
                expected: "a title such as '2024 年部门预算情况说明' after the department name",
                found: found
            )
        }
        title = titleText.trimmed
        titleLine = titleText.number
        blocks.reserveCapacity(remaining.count)
        let body = remaining.dropFirst()
        let plain =
            (readsBytes ?? TextShortcut.narrativeBytesIsEnabled)
            && body.allSatisfy { $0.text.isSingleScalarCharacters }
        for line in body {
            let span = line.trimmedText
            let text = span.string
            if plain {
                read(PlainCharacters(span), text: text, line: line.number, plain: true)
            } else {
                read(StringCharacters(text[...], bytes: span), text: text, line: line.number, plain: false)
            }
        }
    }

    /// Whether a text is read by its bytes: every scalar is a character of its own (``CharacterReading``), and the
    /// `narrativeBytes` shortcut is on.
    static func readsBytes(_ text: TextSpan) -> Bool {
        TextShortcut.narrativeBytesIsEnabled && text.isSingleScalarCharacters
    }

    private mutating func read(_ line: some CharacterReading, text: String, line number: Int, plain: Bool) {
        let span = line.bytes
        // The words first: testing `contact` copies it, on every line.
        if span.has("联系人"), contact == nil, let contact = NarrativeReader.contact(in: line, line: number, plain: plain)
        {
            self.contact = contact
            return
        }
        // A heading starts with a numeral (一…十) and a subheading with `(` or `（` (lead byte EF): test the first
        // bytes before the character-level tests.
        let lead = span.firstByte ?? 0
        if lead >= 0xE4 && NarrativeReader.isHeading(line) {
            blocks.append(NarrativeBlock(kind: .heading, text: text, line: number))
        } else if (lead == 0x28 || lead == 0xEF) && NarrativeReader.isSubheading(line) {
            blocks.append(NarrativeBlock(kind: .subheading, text: text, line: number))
        } else if let last = blocks.last, last.kind == .paragraph,
            !NarrativeReader.endsSentence(last.text, plain: plain),
            !NarrativeReader.startsItem(line)
        {
            // A paragraph broken by a page break: `……统一接` / `入、南岸区政务公开建设工作……`.
            blocks[blocks.count - 1].text += text
        } else {
            blocks.append(NarrativeBlock(kind: .paragraph, text: text, line: number))
        }
    }

    // MARK: The predicates, each written once

    /// Whether the scalar is one of the numerals 一…十.
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
        default: return false
        }
    }

    /// Whether the scalar is one of `：:。，；`.
    static func isClausePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF1A, 0x3A, 0x3002, 0xFF0C, 0xFF1B: return true
        default: return false
        }
    }

    /// Whether the scalar is one of the marks that end a sentence: `。；！？：:;!?”`.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF1B, 0xFF01, 0xFF1F, 0xFF1A, 0x3A, 0x3B, 0x21, 0x3F, 0x201D: return true
        default: return false
        }
    }

    /// The offset after the leading characters that are lone scalars `accepted` accepts, and their number.
    static func leadingRun(
        _ text: some CharacterReading,
        from offset: Int = 0,
        where accepted: (Unicode.Scalar) -> Bool
    ) -> (end: Int, count: Int) {
        var end = offset
        var count = 0
        while let scalar = text.loneScalar(at: end), accepted(scalar) {
            end = text.characterEnd(from: end)
            count += 1
        }
        return (end, count)
    }

    /// `一、单位基本情况`: one to three numerals, `、`, at most 30 characters after them and no `。`.
    static func isHeading(_ text: some CharacterReading) -> Bool {
        let numerals = leadingRun(text, where: isNumeral)
        guard numerals.count > 0, numerals.count <= 3 else { return false }
        let rest = text.bytes[numerals.end..<text.bytes.count]
        return rest.hasPrefixBytes("、") && text.hasAtMost(30, charactersFrom: numerals.end) && !rest.has("。")
    }

    /// A leading `(一)` or `（一）`: its length in characters and the offset after it.
    static func parenthesizedNumeral(_ text: some CharacterReading) -> (characters: Int, end: Int)? {
        guard let open = text.loneScalar(at: 0), open == "(" || open == "（" else { return nil }
        let numerals = leadingRun(text, from: text.characterEnd(from: 0), where: isNumeral)
        guard numerals.count > 0, let close = text.loneScalar(at: numerals.end), close == ")" || close == "）"
        else { return nil }
        return (2 + numerals.count, text.characterEnd(from: numerals.end))
    }

    /// `(一) 职能职责` standing alone: the marker, then at most 20 characters without clause punctuation.
    static func isSubheading(_ text: some CharacterReading) -> Bool {
        guard let marker = parenthesizedNumeral(text) else { return false }
        let bounds = text.bytes.trimmedBounds(marker.end, text.bytes.count)
        guard !bounds.isEmpty else { return false }
        let rest = text.subtext(bounds)
        // The punctuation test first: it stops at the first mark, where counting would walk a whole paragraph.
        var offset = 0
        while offset < rest.bytes.count {
            if let scalar = rest.loneScalar(at: offset), isClausePunctuation(scalar) { return false }
            offset = rest.characterEnd(from: offset)
        }
        return rest.hasAtMost(20, charactersFrom: 0)
    }

    /// Whether a line starts a new item: a heading, `(一)`, `1.` or `1、`.
    static func startsItem(_ text: some CharacterReading) -> Bool {
        if isHeading(text) || parenthesizedNumeral(text) != nil { return true }
        let digits = leadingRun(text) { $0.value >= 0x30 && $0.value <= 0x39 }
        guard digits.count > 0, digits.count <= 2, let next = text.loneScalar(at: digits.end) else { return false }
        return next == "." || next == "、" || next == "．"
    }

    /// Whether a paragraph ends a sentence (so the next line is a new paragraph).
    static func endsSentence(_ text: some CharacterReading) -> Bool {
        guard let start = text.lastCharacterStart() else { return true }
        return text.loneScalar(at: start).map(isSentenceEnd) ?? false
    }

    /// The offset of the first character that is `：` or `:`.
    static func firstColon(_ text: some CharacterReading) -> Int? {
        var offset = 0
        while offset < text.bytes.count {
            if let scalar = text.loneScalar(at: offset), scalar == "：" || scalar == ":" { return offset }
            offset = text.characterEnd(from: offset)
        }
        return nil
    }

    /// The bounds of the text without the characters of `set` (lone scalars) at either end.
    static func boundsTrimming(_ text: some CharacterReading, of set: (Unicode.Scalar) -> Bool) -> Range<Int> {
        let lower = leadingRun(text, where: set).end
        var upper = text.bytes.count
        while lower < upper {
            let rest = text.subtext(lower..<upper)
            guard let start = rest.lastCharacterStart(), let last = rest.loneScalar(at: start), set(last)
            else { break }
            upper = lower + start
        }
        return lower..<upper
    }

    /// `部门预算公开联系人：胡家敏 联系方式：023-62606765`.
    static func contact(in line: some CharacterReading, line number: Int, plain: Bool) -> Contact? {
        let bytes = line.bytes
        guard bytes.has("联系人"), let colon = firstColon(line), bytes[0..<colon].hasSuffixBytes("联系人"),
            line.hasAtMost(99, charactersFrom: 0)
        else { return nil }
        let label = bytes[0..<colon].string
        var rest = bytes[line.characterEnd(from: colon)..<bytes.count].string[...]
        var phone: String?
        for marker: StaticString in ["联系方式", "联系电话", "电话"] {
            if let range = rest.byteRange(of: marker) {
                var after = rest[range.upperBound...]
                while let first = after.first, first == "：" || first == ":" || first == " " {
                    after = after.dropFirst()
                }
                phone = after.trimmingSpaces()
                rest = rest[..<range.lowerBound]
                break
            }
        }
        let person = rest.trimmingSpaces().trimmingEnds(of: "，,、；;", plain: plain ? true : nil)
        return Contact(label: label, person: person, phone: phone, line: number)
    }

    // MARK: Entry points for one text: the view is decided for that text

    static func isHeading(_ text: String) -> Bool {
        text.withTextSpan { readsBytes($0) ? isHeading(PlainCharacters($0)) : isHeading(characters(text, $0)) }
    }

    static func isSubheading(_ text: String) -> Bool {
        text.withTextSpan { readsBytes($0) ? isSubheading(PlainCharacters($0)) : isSubheading(characters(text, $0)) }
    }

    /// The length in characters of a leading `(一)` or `（一）`, if any.
    static func parenthesizedNumeral(_ text: String) -> Int? {
        text.withTextSpan {
            readsBytes($0) ? parenthesizedNumeral(PlainCharacters($0)) : parenthesizedNumeral(characters(text, $0))
        }?.characters
    }

    static func startsItem(_ text: String) -> Bool {
        text.withTextSpan { readsBytes($0) ? startsItem(PlainCharacters($0)) : startsItem(characters(text, $0)) }
    }

    /// ``endsSentence(_:)-(CharacterReading)`` of a text, by bytes when `plain` (the document was found plain), by
    /// the text's own test when nil.
    static func endsSentence(_ text: String, plain: Bool? = nil) -> Bool {
        text.withTextSpan {
            plain ?? readsBytes($0) ? endsSentence(PlainCharacters($0)) : endsSentence(characters(text, $0))
        }
    }

    /// The index of the first character that is `：` or `:`.
    static func firstColon(in text: String) -> String.Index? {
        let offset = text.withTextSpan {
            readsBytes($0) ? firstColon(PlainCharacters($0)) : firstColon(characters(text, $0))
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    static func contact(in text: String, line: Int) -> Contact? {
        text.withTextSpan {
            readsBytes($0)
                ? contact(in: PlainCharacters($0), line: line, plain: true)
                : contact(in: characters(text, $0), line: line, plain: false)
        }
    }

    /// The `Character` view of a text whose bytes are `bytes`.
    static func characters(_ text: some StringProtocol, _ bytes: TextSpan) -> StringCharacters {
        StringCharacters(Substring(text), bytes: bytes)
    }
}

extension StringProtocol {
    /// The text without the given characters at either end, and without surrounding spaces. Every character of
    /// `set` is one scalar. Read by bytes when `plain` is true (the caller found the text plain) or the text is
    /// plain (``NarrativeReader/readsBytes(_:)``), by `Character`s otherwise.
    func trimmingEnds(of set: String, plain: Bool? = nil) -> String {
        // Tested in place: a `Set` made on every call costs more than looking through a few scalars.
        let scalars = { (scalar: Unicode.Scalar) in set.unicodeScalars.contains(scalar) }
        return withTextSpan { bytes in
            let bounds =
                plain ?? NarrativeReader.readsBytes(bytes)
                ? NarrativeReader.boundsTrimming(PlainCharacters(bytes), of: scalars)
                : NarrativeReader.boundsTrimming(NarrativeReader.characters(self, bytes), of: scalars)
            return bytes[bounds].trimmedString
        }
    }
}
