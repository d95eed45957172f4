import YusuanCore

/// R6: no placeholders (XX, ××, 待填写, {单位}) and no HTML residue (`<p>`, `<ol …>`) in the published text.
public struct R6NoPlaceholders: ValidationRule {
    public static let id = "R6"

    static let placeholders = ["XX", "ＸＸ", "××", "xx年", "待填写", "待补充", "{单位}", "{部门}", "【单位名称】"]

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        var reporter = context.reporter(for: Self.id)
        let narrative = context.disclosure.narrative
        // Locations are made only for a text that has a finding.
        check(narrative.title, into: &reporter) { _ in FindingLocation(line: narrative.titleLine) }
        for block in narrative.blocks {
            // A block's location quotes its start.
            check(block.text, into: &reporter) { text in
                var location = FindingLocation(line: block.line)
                location.sentence = String(text.prefix(60))
                return location
            }
        }
        let tables = context.tables
        if let overall = tables.overallPerformance {
            check(overall.goal, into: &reporter) { _ in
                FindingLocation(
                    table: .overallPerformance,
                    caption: overall.header.caption,
                    row: "当年整体绩效目标",
                    line: overall.line
                )
            }
        }
        let projects = tables.projectPerformance
        for position in projects.indices {
            func location(_ label: String) -> FindingLocation {
                let project = projects[position]
                return FindingLocation(
                    table: .projectPerformance,
                    caption: project.header.caption,
                    row: project.name,
                    column: label,
                    line: project.line
                )
            }
            check(projects[position].overview, into: &reporter) { _ in location("项目概况") }
            check(projects[position].basis, into: &reporter) { _ in location("立项依据") }
            check(projects[position].goal, into: &reporter) { _ in location("当年绩效目标") }
        }
        return reporter.outcome
    }

    /// Reports the first placeholder (in the order of ``placeholders``) and the first HTML tag of a text.
    private func check(
        _ text: String,
        into reporter: inout RuleReporter,
        location makeLocation: (String) -> FindingLocation
    ) {
        let candidates = Self.candidateKinds(in: text)
        // Only the placeholders whose start the scan found are searched for, in the order of ``placeholders``.
        let placeholder =
            candidates.placeholders == 0
            ? nil
            : Self.placeholders.indices.first {
                candidates.placeholders & Self.placeholderKinds[$0] != 0 && text.has(Self.placeholders[$0])
            }.map { Self.placeholders[$0] }
        let tag = candidates.tag ? Self.htmlTag(in: text) : nil
        guard placeholder != nil || tag != nil else { return }
        let location = makeLocation(text)
        if let placeholder {
            reporter.report(
                LocalizedText(
                    zh: "文本含占位符“\(placeholder)”，请填写实际内容。",
                    en: "The text contains the placeholder \(placeholder): replace it with the real content."
                ),
                at: location
            )
        }
        if let tag {
            reporter.report(
                LocalizedText(
                    zh: "文本含网页标记“\(tag)”，发布前应删除。",
                    en: "The text contains the HTML tag \(tag), which should be removed before publication."
                ),
                at: location,
                severity: .info
            )
        }
    }

    /// One pass over the bytes: whether the text may hold a placeholder (it has the start of one: `XX`, `xx`,
    /// `×`, `Ｘ`, `待`, `{`, `【`) and whether it has a `<` (a possible HTML tag). The text is searched for each
    /// placeholder or for a tag only when the pass finds a candidate.
    static func candidates(in text: String) -> (placeholder: Bool, tag: Bool) {
        let found = candidateKinds(in: text)
        return (found.placeholders != 0, found.tag)
    }

    /// The start each placeholder of ``placeholders`` has, as a bit: `XX`, `Ｘ`, `×`, `xx`, `待`, `{`, `【`.
    static let placeholderKinds: [UInt8] = [1, 2, 4, 8, 16, 16, 32, 32, 64]

    /// ``candidates(in:)`` with the starts found as bits of ``placeholderKinds``: a text has a placeholder only if
    /// the bit of its start is set.
    static func candidateKinds(in text: String) -> (placeholders: UInt8, tag: Bool) {
        var text = text
        text.makeContiguousUTF8()
        let found: (UInt8, Bool)? = text.utf8.withContiguousStorageIfAvailable { bytes in
            scanSteps.withUnsafeBufferPointer { steps in
                var placeholder: UInt8 = 0
                var tag = false
                let count = bytes.count
                func next(_ offset: Int, is byte: UInt8) -> Bool { offset < count && bytes[offset] == byte }
                var index = 0
                while index < count {
                    let byte = bytes[index]
                    // The text is valid UTF-8: look at the first byte of each scalar only, and skip at once
                    // the scalars that cannot start a candidate.
                    let step = steps[Int(byte)]
                    if step != 0 {
                        index += Int(step)
                        continue
                    }
                    switch byte {
                    case 0x3C: tag = true
                    case 0x7B: placeholder |= 32
                    case 0x58: if next(index + 1, is: 0x58) { placeholder |= 1 }  // XX
                    case 0x78: if next(index + 1, is: 0x78) { placeholder |= 8 }  // xx年
                    case 0xC3: if next(index + 1, is: 0x97) { placeholder |= 4 }  // ×
                    // Ｘ
                    case 0xEF: if next(index + 1, is: 0xBC) && next(index + 2, is: 0xB8) { placeholder |= 2 }
                    // 待
                    case 0xE5: if next(index + 1, is: 0xBE) && next(index + 2, is: 0x85) { placeholder |= 16 }
                    // 【
                    case 0xE3: if next(index + 1, is: 0x80) && next(index + 2, is: 0x90) { placeholder |= 64 }
                    default: break
                    }
                    if placeholder == 127 && tag { break }
                    index += scalarWidth(startingWith: byte)
                }
                return (placeholder, tag)
            }
        }
        return found ?? (127, true)
    }

    /// The first bytes that may start a candidate: `<`, `{`, `X`, `x`, and the first bytes of `×`, `Ｘ`, `待`, `【`.
    static let candidateStarts: Set<UInt8> = [0x3C, 0x7B, 0x58, 0x78, 0xC3, 0xEF, 0xE5, 0xE3]

    /// The width of a scalar (1 to 4 bytes) from its first byte.
    static func scalarWidth(startingWith byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// For each byte, 0 when it may start a candidate (``candidateStarts``), else the width of the scalar it
    /// starts, by which ``candidates(in:)`` steps over it.
    static let scanSteps: [UInt8] = (0...255).map { byte in
        let byte = UInt8(byte)
        return candidateStarts.contains(byte) ? 0 : UInt8(scalarWidth(startingWith: byte))
    }

    /// The first HTML tag (`<p>`, `</ol>`, `<ol style=…>`) in a text.
    static func htmlTag(in text: String) -> String? {
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "<") {
            let after = text.index(after: open)
            guard after < text.endIndex else { return nil }
            var nameStart = after
            if text[nameStart] == "/" { nameStart = text.index(after: nameStart) }
            let name = text[nameStart...].prefix { $0.isASCII && $0.isLetter }
            if !name.isEmpty, let close = text[open...].firstIndex(of: ">"),
                text.distance(from: open, to: close) < 200
            {
                return String(text[open...close])
            }
            index = after
        }
        return nil
    }
}
