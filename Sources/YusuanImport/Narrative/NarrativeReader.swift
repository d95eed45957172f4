import Foundation
import YusuanCore

/// Reads the narrative part of a published text: department name, title, headings, paragraphs, contact.
struct NarrativeReader {
    var departmentName: String?
    var title = ""
    var titleLine: Int?
    var blocks: [NarrativeBlock] = []
    var contact: Contact?

    /// Reads the narrative lines, spans of `source`.
    init(lines: ArraySlice<TextLine>, source: PinnedText, file: String) throws {
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
        if !first.text.contains(bytes: "情况说明") {
            departmentName = first.trimmed
            remaining = remaining.dropFirst()
        }
        guard let titleText = remaining.first,
            titleText.text.contains(bytes: "情况说明") || titleText.text.contains(bytes: "预算")
                || titleText.text.contains(bytes: "决算")
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
        for line in remaining.dropFirst() { read(line, source: source) }
    }

    private mutating func read(_ line: TextLine, source: PinnedText) {
        let span = line.trimmedText
        let text = source.string(span)
        // The words first: testing `contact` copies it, on every line.
        if span.contains(bytes: "联系人"), contact == nil,
            let contact = NarrativeReader.contact(in: text, line: line.number)
        {
            self.contact = contact
            return
        }
        // A heading starts with a numeral (一…十) and a subheading with `(` or `（` (lead byte EF): test the first
        // bytes before the character-level tests.
        let lead = span.bytes.first ?? 0
        if span.count >= 3 && NarrativeReader.isNumeral(span.bytes, at: 0) && NarrativeReader.isHeading(text) {
            blocks.append(NarrativeBlock(kind: .heading, text: text, line: line.number))
        } else if (lead == 0x28 || lead == 0xEF) && NarrativeReader.isSubheading(text) {
            blocks.append(NarrativeBlock(kind: .subheading, text: text, line: line.number))
        } else if let last = blocks.last, last.kind == .paragraph, !NarrativeReader.endsSentence(last.text),
            !NarrativeReader.startsItem(text)
        {
            // A paragraph broken by a page break: `……统一接` / `入、南岸区政务公开建设工作……`.
            blocks[blocks.count - 1].text += text
        } else {
            blocks.append(NarrativeBlock(kind: .paragraph, text: text, line: line.number))
        }
    }

    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Whether the character is one of ``numerals``, without hashing it: none of them has a canonical
    /// decomposition, so a character equals one exactly when it is that one scalar alone.
    static func isNumeral(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return false
        }
        switch scalar.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
        default: return false
        }
    }

    /// Whether the text starts with the UTF-8 bytes of one of ``numerals`` (a test that needs no characters).
    static func startsWithNumeralBytes(_ text: String) -> Bool {
        text.withBytes { bytes in bytes.count >= 3 && isNumeral(bytes, at: 0) }
    }

    /// Whether the three bytes at `index` (which must exist) are one of ``numerals``.
    @inline(__always)
    static func isNumeral(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
        case (0xE4, 0xB8, 0x80), (0xE4, 0xBA, 0x8C), (0xE4, 0xB8, 0x89), (0xE5, 0x9B, 0x9B), (0xE4, 0xBA, 0x94),
            (0xE5, 0x85, 0xAD), (0xE4, 0xB8, 0x83), (0xE5, 0x85, 0xAB), (0xE4, 0xB9, 0x9D), (0xE5, 0x8D, 0x81):
            return true
        default:
            return false
        }
    }

    /// ``parenthesizedNumeral(_:)`` read from bytes: `.some(answer)` when every character boundary it depends on
    /// is certain (see ``CharacterShortcuts``), nil when the characters must decide.
    static func parenthesizedNumeral(bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        var index: Int
        if bytes.count >= 1 && bytes[0] == 0x28 {
            index = 1
        } else if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBC && bytes[2] == 0x88 {
            index = 3
        } else {
            return .some(nil)  // no first character can be `(` or `（` without its scalar
        }
        guard CharacterShortcuts.startsCluster(bytes, at: index) else { return nil }
        var digits = 0
        while index + 2 < bytes.count && isNumeral(bytes, at: index) {
            index += 3
            guard CharacterShortcuts.startsCluster(bytes, at: index) else { return nil }
            digits += 1
        }
        guard digits > 0 else { return .some(nil) }
        let closeLength: Int
        if index < bytes.count && bytes[index] == 0x29 {
            closeLength = 1
        } else if index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBC
            && bytes[index + 2] == 0x89
        {
            closeLength = 3
        } else {
            return .some(nil)
        }
        guard CharacterShortcuts.startsCluster(bytes, at: index + closeLength) else { return nil }
        return .some(2 + digits)
    }

    /// `一、单位基本情况`.
    static func isHeading(_ text: String) -> Bool {
        guard startsWithNumeralBytes(text) else { return false }
        if let answer = text.withBytes({ isHeading(bytes: $0) }) { return answer }
        let prefix = text.prefix(while: isNumeral)
        guard !prefix.isEmpty, prefix.count <= 3 else { return false }
        let rest = text.dropFirst(prefix.count)
        return rest.starts(bytes: "、") && (rest.utf8.count <= 30 || rest.dropFirst(30).isEmpty)
            && !rest.contains(bytes: "。")
    }

    /// ``isHeading(_:)`` read from bytes: the answer when every character boundary it depends on is certain (see
    /// ``CharacterShortcuts``), nil when the characters must decide.
    static func isHeading(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        while index + 2 < bytes.count && isNumeral(bytes, at: index) { index += 3 }
        // Numerals start and end clusters among themselves: only the scalar after the last one could join it.
        guard CharacterShortcuts.startsCluster(bytes, at: index) else { return nil }
        let numerals = index / 3
        guard numerals > 0, numerals <= 3 else { return false }
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        guard ByteText.matches("、", in: rest, at: 0), ByteText.firstOffset(of: "。", in: rest) == nil else {
            return false
        }
        return hasAtMost(30, charactersIn: rest)
    }

    /// Whether the bytes hold at most `count` characters: nil when a boundary on the way is not certain.
    static func hasAtMost(_ count: Int, charactersIn bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.count <= count { return true }
        guard let length = CharacterShortcuts.prefixLength(bytes, characters: count) else { return nil }
        return length == bytes.count
    }

    /// ``isSubheading(_:)`` read from bytes: the answer when every character boundary it depends on is certain,
    /// nil when the characters must decide.
    static func isSubheading(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let marker = parenthesizedNumeral(bytes: bytes) else { return nil }
        guard let marker else { return false }
        guard let offset = CharacterShortcuts.prefixLength(bytes, characters: marker) else { return nil }
        let bounds = ByteText.trimmedBounds(bytes, offset, bytes.count)
        guard !bounds.isEmpty else { return false }
        let rest = UnsafeBufferPointer(rebasing: bytes[bounds])
        guard let hasPunctuation = CharacterShortcuts.containsLoneScalar(rest, where: isClausePunctuation(_:at:))
        else { return nil }
        return hasPunctuation ? false : hasAtMost(20, charactersIn: rest)
    }

    /// `(一) 职能职责` standing alone.
    static func isSubheading(_ text: String) -> Bool {
        if let answer = text.withBytes({ isSubheading(bytes: $0) }) { return answer }
        guard let marker = parenthesizedNumeral(text) else { return false }
        let rest = text.dropFirst(marker).trimmedSlice
        // The punctuation test first: it stops at the first mark, where counting would walk a whole paragraph.
        guard !rest.isEmpty else { return false }
        let hasPunctuation =
            rest.withBytes { CharacterShortcuts.containsLoneScalar($0, where: isClausePunctuation(_:at:)) }
            ?? rest.contains(where: isClausePunctuation)
        return !hasPunctuation && (rest.utf8.count <= 20 || rest.dropFirst(20).isEmpty)
    }

    /// Whether the character is one of `：:。，；`. None of them has a canonical decomposition, so a character
    /// equals one of them exactly when it is that one scalar alone.
    static func isClausePunctuation(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return false
        }
        switch scalar.value {
        case 0xFF1A, 0x3A, 0x3002, 0xFF0C, 0xFF1B: return true
        default: return false
        }
    }

    /// Whether the scalar at `index` is one of `：:。，；` (EF BC 9A, 3A, E3 80 82, EF BC 8C, EF BC 9B).
    static func isClausePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        if lead == 0x3A { return true }
        guard index + 2 < bytes.count else { return false }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        return (lead == 0xEF && second == 0xBC && (third == 0x9A || third == 0x8C || third == 0x9B))
            || (lead == 0xE3 && second == 0x80 && third == 0x82)
    }

    /// The length of a leading `(一)` or `（一）`, if any.
    static func parenthesizedNumeral(_ text: String) -> Int? {
        // `(` is 28 and `（` is EF BC 88: any other first byte cannot start the marker.
        guard let lead = text.utf8.first, lead == 0x28 || lead == 0xEF else { return nil }
        if let answer = text.withBytes({ parenthesizedNumeral(bytes: $0) }) { return answer }
        guard let open = text.first, open == "(" || open == "（" else { return nil }
        let digits = text.dropFirst().prefix(while: isNumeral)
        guard !digits.isEmpty else { return nil }
        let after = text.dropFirst(1 + digits.count)
        guard let close = after.first, close == ")" || close == "）" else { return nil }
        return 2 + digits.count
    }

    /// Whether a line starts a new item: a heading, `(一)`, `1.` or `1、`.
    static func startsItem(_ text: String) -> Bool {
        if isHeading(text) || parenthesizedNumeral(text) != nil { return true }
        guard let lead = text.utf8.first, lead >= 0x30 && lead <= 0x39 else { return false }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let next = text.dropFirst(digits.count).first
        return next == "." || next == "、" || next == "．"
    }

    /// Whether a paragraph ends a sentence (so the next line is a new paragraph).
    static func endsSentence(_ text: String) -> Bool {
        if let answer = text.withBytes({ endsSentence(bytes: $0) }) { return answer }
        guard let last = text.last else { return true }
        return "。；！？：:;!?”".contains(last)
    }

    /// ``endsSentence(_:)`` read from the bytes: the answer when the boundary before the last scalar is certain (see
    /// ``CharacterShortcuts``), nil when the characters must decide. None of the marks has a canonical decomposition,
    /// so the last character equals one exactly when it is that scalar alone; a text that ends in another scalar
    /// ends in no mark.
    static func endsSentence(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = bytes.count
        guard count > 0 else { return true }
        var start = count - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let isMark: Bool
        switch count - start {
        case 1:
            let byte = bytes[start]
            isMark = byte == 0x3A || byte == 0x3B || byte == 0x21 || byte == 0x3F
        case 3:
            switch (bytes[start], bytes[start + 1], bytes[start + 2]) {
            case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x9B), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F), (0xEF, 0xBC, 0x9A),
                (0xE2, 0x80, 0x9D):
                isMark = true
            default:
                isMark = false
            }
        default:
            isMark = false
        }
        guard isMark else { return false }
        // The mark is the last character alone when it cannot join the scalar before it, nor that one hold on to it.
        guard CharacterShortcuts.startsCluster(bytes, at: start) else { return nil }
        guard start > 0 else { return true }
        var previous = start - 1
        while previous > 0 && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
        return CharacterShortcuts.endsCluster(bytes, at: previous) ? true : nil
    }

    /// The byte offset of the first character that is `：` or `:`, read from the bytes: `.some(offset)` (nil for
    /// none) when the boundaries around the first such scalar are certain, nil when the characters must decide.
    /// Neither colon has a canonical decomposition, so a character equals one exactly when it is that scalar alone,
    /// and a character before the first colon scalar holds none.
    static func firstColonOffset(bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        var index = 0
        var previous = -1
        while index < bytes.count {
            let lead = bytes[index]
            let length = CharacterShortcuts.scalarLength(lead)
            let isColon =
                lead == 0x3A
                || (lead == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A)
            if isColon {
                let alone =
                    (previous < 0 || CharacterShortcuts.endsCluster(bytes, at: previous))
                    && CharacterShortcuts.startsCluster(bytes, at: index)
                    && CharacterShortcuts.endsCluster(bytes, at: index)
                    && CharacterShortcuts.startsCluster(bytes, at: index + length)
                return alone ? .some(index) : nil
            }
            previous = index
            index += length
        }
        return .some(nil)
    }

    /// The index of the first character that is `：` or `:`.
    static func firstColon(in text: String) -> String.Index? {
        guard let answer = text.withBytes({ firstColonOffset(bytes: $0) }) else {
            return text.firstIndex(where: { $0 == "：" || $0 == ":" })
        }
        return answer.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// `部门预算公开联系人：胡家敏 联系方式：023-62606765`.
    static func contact(in text: String, line: Int) -> Contact? {
        guard text.contains(bytes: "联系人"), let colon = firstColon(in: text),
            text[..<colon].ends(bytes: "联系人"), text.utf8.count < 100 || text.dropFirst(99).isEmpty
        else { return nil }
        let label = String(text[..<colon])
        var rest = text[text.index(after: colon)...]
        var phone: String?
        for marker: StaticString in ["联系方式", "联系电话", "电话"] {
            if let range = rest.range(bytes: marker) {
                var after = rest[range.upperBound...]
                while let first = after.first, first == "：" || first == ":" || first == " " {
                    after = after.dropFirst()
                }
                phone = after.trimmedString()
                rest = rest[..<range.lowerBound]
                break
            }
        }
        let person = rest.trimmedString().trimmingEnds(of: "，,、；;")
        return Contact(label: label, person: person, phone: phone, line: line)
    }
}

extension String {
    /// The text without the given characters at either end.
    func trimmingEnds(of set: String) -> String {
        var copy = self
        if let trimmed = copy.withUTF8({ Self.trimmingEnds(of: set, scalarsOf: $0) }) { return trimmed }
        var result = self[...]
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result.trimmedString()
    }

    /// ``trimmingEnds(of:)`` read from the bytes when every character of the text and of `set` is a single scalar
    /// (then characters compare as their scalars do); nil when the characters must decide.
    private static func trimmingEnds(of set: String, scalarsOf bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard CharacterShortcuts.isSingleScalarCharacters(bytes), set.count == set.unicodeScalars.count else {
            return nil
        }
        // Such a text holds only one-byte and three-byte scalars.
        func scalar(at index: Int) -> Unicode.Scalar? {
            let lead = UInt32(bytes[index])
            guard lead >= 0x80 else { return Unicode.Scalar(lead) }
            return Unicode.Scalar(
                (lead & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | (UInt32(bytes[index + 2]) & 0x3F)
            )
        }
        var lower = 0
        var upper = bytes.count
        while lower < upper, let first = scalar(at: lower), set.unicodeScalars.contains(first) {
            lower += CharacterShortcuts.scalarLength(bytes[lower])
        }
        while lower < upper {
            var start = upper - 1
            while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard let last = scalar(at: start), set.unicodeScalars.contains(last) else { break }
            upper = start
        }
        return TextSpan(UnsafeBufferPointer(rebasing: bytes[lower..<upper])).trimmedString
    }
}
