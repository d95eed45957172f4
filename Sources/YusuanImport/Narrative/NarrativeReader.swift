import YusuanCore

/// Reads the narrative part of a published text: department name, title, headings, paragraphs, contact.
struct NarrativeReader {
    var departmentName: String?
    var title = ""
    var titleLine: Int?
    var blocks: [NarrativeBlock] = []
    var contact: Contact?

    /// Reads the narrative lines, by their `Character`s (grapheme clusters, compared by canonical equivalence).
    init(lines: ArraySlice<TextLine>, file: String) throws {
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
        for line in remaining.dropFirst() {
            let span = line.trimmedText
            read(span, text: span.string, line: line.number)
        }
    }

    private mutating func read(_ span: TextSpan, text: String, line number: Int) {
        // The words first: testing `contact` copies it, on every line.
        if span.has("联系人"), contact == nil, let contact = NarrativeReader.contact(in: text[...], line: number) {
            self.contact = contact
            return
        }
        // A heading starts with a numeral (一…十) and a subheading with `(` or `（` (lead byte EF): test the first
        // bytes before the character-level tests.
        let lead = span.firstByte ?? 0
        if lead >= 0xE4 && NarrativeReader.isHeading(text[...]) {
            blocks.append(NarrativeBlock(kind: .heading, text: text, line: number))
        } else if (lead == 0x28 || lead == 0xEF) && NarrativeReader.isSubheading(text[...]) {
            blocks.append(NarrativeBlock(kind: .subheading, text: text, line: number))
        } else if let last = blocks.last, last.kind == .paragraph,
            !NarrativeReader.endsSentence(last.text[...]),
            !NarrativeReader.startsItem(text[...])
        {
            // A paragraph broken by a page break: `……统一接` / `入、南岸区政务公开建设工作……`.
            blocks[blocks.count - 1].text += text
        } else {
            blocks.append(NarrativeBlock(kind: .paragraph, text: text, line: number))
        }
    }

    // MARK: The predicates, over `Character`s

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

    /// The leading characters that are lone scalars (``Swift/Character/loneScalar``) `accepted` accepts: their
    /// number and the text after them.
    static func leadingRun(
        _ text: Substring,
        where accepted: (Unicode.Scalar) -> Bool
    ) -> (count: Int, rest: Substring) {
        // Walked by index: `dropFirst()` is Collection's `dropFirst(1)`, a general `index(_:offsetBy:limitedBy:)` on
        // every step, where `formIndex(after:)` is one step.
        var index = text.startIndex
        var count = 0
        while index < text.endIndex, let scalar = text[index].loneScalar, accepted(scalar) {
            text.formIndex(after: &index)
            count += 1
        }
        return (count, text[index...])
    }

    /// Whether the text holds at most `count` characters.
    static func hasAtMost(_ count: Int, characters text: Substring) -> Bool {
        text.utf8.count <= count || text.dropFirst(count).isEmpty
    }

    /// `一、单位基本情况`: one to three numerals, `、`, at most 30 characters after them and no `。`.
    static func isHeading(_ text: Substring) -> Bool {
        let numerals = leadingRun(text, where: isNumeral)
        guard numerals.count > 0, numerals.count <= 3 else { return false }
        let rest = numerals.rest
        return rest.hasPrefixBytes("、") && hasAtMost(30, characters: rest) && !rest.has("。")
    }

    /// A leading `(一)` or `（一）`: its length in characters and the text after it.
    static func numeralMarker(_ text: Substring) -> (characters: Int, rest: Substring)? {
        guard let open = text.first?.loneScalar, open == "(" || open == "（" else { return nil }
        let numerals = leadingRun(text[text.index(after: text.startIndex)...], where: isNumeral)
        let rest = numerals.rest
        guard numerals.count > 0, let close = rest.first?.loneScalar, close == ")" || close == "）" else { return nil }
        return (2 + numerals.count, rest[rest.index(after: rest.startIndex)...])
    }

    /// `(一) 职能职责` standing alone: the marker, then at most 20 characters without clause punctuation.
    static func isSubheading(_ text: Substring) -> Bool {
        guard let marker = numeralMarker(text) else { return false }
        let rest = marker.rest.withoutSurroundingSpaces
        guard !rest.isEmpty else { return false }
        // One walk that stops at the 21st character or at the first mark, whichever comes first: a paragraph that
        // starts like a subheading is not read to its end.
        var count = 0
        for character in rest {
            count += 1
            if count > 20 || character.loneScalar.map(isClausePunctuation) == true { return false }
        }
        return true
    }

    /// Whether a line starts a new item: a heading, `(一)`, `1.` or `1、`.
    static func startsItem(_ text: Substring) -> Bool {
        if isHeading(text) || numeralMarker(text) != nil { return true }
        let digits = leadingRun(text) { $0.value >= 0x30 && $0.value <= 0x39 }
        guard digits.count > 0, digits.count <= 2, let next = digits.rest.first?.loneScalar else { return false }
        return next == "." || next == "、" || next == "．"
    }

    /// Whether a paragraph ends a sentence (so the next line is a new paragraph).
    static func endsSentence(_ text: Substring) -> Bool {
        guard let last = text.last else { return true }
        return last.loneScalar.map(isSentenceEnd) ?? false
    }

    /// The index of the first character that is `：` or `:`.
    static func firstColon(_ text: Substring) -> String.Index? {
        text.firstIndex { $0.loneScalar.map { $0 == "：" || $0 == ":" } ?? false }
    }

    /// `部门预算公开联系人：胡家敏 联系方式：023-62606765`.
    static func contact(in line: Substring, line number: Int) -> Contact? {
        guard line.has("联系人"), let colon = firstColon(line), line[..<colon].hasSuffixBytes("联系人"),
            hasAtMost(99, characters: line)
        else { return nil }
        let label = String(line[..<colon])
        var rest = line[line.index(after: colon)...]
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
        let person = rest.trimmingSpaces().trimmingEnds(of: "，,、；;")
        return Contact(label: label, person: person, phone: phone, line: number)
    }

    // MARK: Entry points for a `String`

    static func isHeading(_ text: String) -> Bool { isHeading(text[...]) }

    static func isSubheading(_ text: String) -> Bool { isSubheading(text[...]) }

    /// The length in characters of a leading `(一)` or `（一）`, if any.
    static func parenthesizedNumeral(_ text: String) -> Int? { numeralMarker(text[...])?.characters }

    static func startsItem(_ text: String) -> Bool { startsItem(text[...]) }

    static func endsSentence(_ text: String) -> Bool { endsSentence(text[...]) }

    /// The index of the first character that is `：` or `:`.
    static func firstColon(in text: String) -> String.Index? { firstColon(text[...]) }

    static func contact(in text: String, line: Int) -> Contact? { contact(in: text[...], line: line) }
}

extension StringProtocol {
    /// The text without the given characters at either end, and without surrounding spaces. Every character of
    /// `set` is one scalar; a character is trimmed when its ``Swift/Character/loneScalar`` is one of them.
    func trimmingEnds(of set: String) -> String {
        // Tested in place: a `Set` made on every call costs more than looking through a few scalars.
        let scalars = set.unicodeScalars
        func isTrimmed(_ character: Character) -> Bool { character.loneScalar.map { scalars.contains($0) } ?? false }
        var rest = self[...]
        while let first = rest.first, isTrimmed(first) { rest = rest.dropFirst() }
        // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
        while let last = rest.last, isTrimmed(last) { rest = rest.dropLast(1) }
        return rest.trimmingSpaces()
    }
}
