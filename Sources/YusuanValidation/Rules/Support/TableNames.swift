import YusuanCore

/// The name a finding gives a table: the name the reader looks it up by in the document.
///
/// In the Chongqing district template (the seeds) a table is named by its template caption (`表四`, `table 4`): its
/// captions are the model's. In every other family a caption says nothing of the model's tables (Shenzhen's 表9 is
/// the “三公” table, Chongqing municipal 表四 the 财政拨款收支总表, Shanghai prints none), so a table is named by its
/// printed caption and title (`表9“财政拨款“三公”经费支出表”`, `table 9 (财政拨款“三公”经费支出表)`), by its title
/// alone when it prints no caption (`“2026年部门“三公”经费和机关运行经费预算表”`), and by the model's name when the
/// document does not have it (`一般公共预算“三公”经费支出表`).
struct TableName: Sendable, Hashable {
    /// The name: `表四`, `表9“财政拨款“三公”经费支出表”`, `“2026年部门…预算表”`.
    let zh: String
    /// The name in an English sentence: `table 4`, `table 9 (财政拨款“三公”经费支出表)`, `table 2026年部门…预算表`,
    /// `"three public" expenditure table` (a table the document does not have).
    let en: String
    /// The name again, in a message that gave ``zh`` already: `表四`, `表9`, the title when there is no caption.
    let shortZh: String
    /// ``en`` again: `table 4`, `table 9`.
    let shortEn: String
    /// The name before a part of the table (a row, a column, a cell): `表四` (`表四“合计”`), `表9“…”的`
    /// (`表9“…”的“合计”`).
    let ofZh: String
    /// The caption of a finding's location: the caption as printed (the template caption in the Chongqing district
    /// template when none is printed), else the title; the model's name when the document does not have the table.
    let caption: String

    /// The name again: ``shortZh`` and ``shortEn`` as the name, for a message that named the table already.
    var short: TableName {
        TableName(
            zh: shortZh,
            en: shortEn,
            shortZh: shortZh,
            shortEn: shortEn,
            ofZh: shortZh == zh ? ofZh : shortZh,
            caption: caption
        )
    }

    /// ``en`` at the start of a sentence: `Table 4`, `Table 2026年部门…预算表`.
    var capitalizedEn: String { Self.capitalized(en) }
    /// ``shortEn`` at the start of a sentence.
    var capitalizedShortEn: String { Self.capitalized(shortEn) }

    private init(zh: String, en: String, shortZh: String, shortEn: String, ofZh: String, caption: String) {
        (self.zh, self.en, self.shortZh, self.shortEn, self.ofZh, self.caption) = (
            zh, en, shortZh, shortEn, ofZh, caption
        )
    }

    /// The name of the table of `kind` whose header is `header` (nil: the document does not have the table; the
    /// model's name, too, for a table printed with neither caption nor title).
    ///
    /// - Parameter followsTemplate: whether the document follows the Chongqing district template
    ///   (``DocumentIdentity/followsChongqingDistrictTemplate``).
    init(_ kind: TableKind, header: TableHeader?, followsTemplate: Bool) {
        if followsTemplate {
            let number = "table \(kind.rawValue)"
            self.init(
                zh: kind.caption,
                en: number,
                shortZh: kind.caption,
                shortEn: number,
                ofZh: kind.caption,
                caption: header?.caption ?? kind.caption
            )
        } else if let header, header.caption != nil || !header.title.trimmingSpaces().isEmpty {
            self.init(printed: header)
        } else {
            // Not printed, or printed with neither caption nor title.
            let name = kind.chineseName
            let english = "\(kind.englishName.lowercased()) table"
            self.init(zh: name, en: english, shortZh: name, shortEn: english, ofZh: name, caption: name)
        }
    }

    /// The name of a printed table outside the Chongqing district template: its caption and title.
    init(printed header: TableHeader) {
        let caption = header.caption.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        let title = Self.title(header.title, after: caption)
        guard let caption else {
            let quoted = "“\(title)”"
            let english = "table \(title)"
            self.init(zh: quoted, en: english, shortZh: quoted, shortEn: english, ofZh: quoted + "的", caption: title)
            return
        }
        let english = Self.english(caption: caption)
        guard !title.isEmpty else {
            self.init(zh: caption, en: english, shortZh: caption, shortEn: english, ofZh: caption, caption: caption)
            return
        }
        self.init(
            zh: "\(caption)“\(title)”",
            en: "\(english) (\(title))",
            shortZh: caption,
            shortEn: english,
            ofZh: "\(caption)“\(title)”的",
            caption: caption
        )
    }

    /// The title without the caption some families print again at its start (`表1：2026年市级部门收支预算总表`).
    static func title(_ title: String, after caption: String?) -> String {
        var title = Substring(title.trimmingSpaces())
        if let caption, title.hasPrefix(caption) {
            let rest = title.dropFirst(caption.count).drop { " 　:：、.．".contains($0) }
            if !rest.isEmpty { title = rest }
        }
        return String(title)
    }

    /// A caption in English: `表9` and `表九` → `table 9`, `表1-2` → `table 1-2`; other captions as printed
    /// (`公开01表`).
    static func english(caption: String) -> String {
        guard caption.hasPrefix("表") else { return caption }
        let number = caption.dropFirst()
        if !number.isEmpty, number.first?.isASCII == true,
            number.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == "." })
        {
            return "table \(number)"
        }
        if let value = chineseNumber(number) { return "table \(value)" }
        return caption
    }

    /// `一` … `九十九` as a number.
    static func chineseNumber(_ text: Substring) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let parts = text.split(separator: "十", maxSplits: 1, omittingEmptySubsequences: false)
        func digit(_ part: Substring) -> Int? { part.count == 1 ? part.first.flatMap { digits[$0] } : nil }
        switch parts.count {
        case 1: return digit(parts[0])
        case 2:
            let tens = parts[0].isEmpty ? 1 : digit(parts[0])
            let ones = parts[1].isEmpty ? 0 : digit(parts[1])
            guard let tens, let ones else { return nil }
            return tens * 10 + ones
        default: return nil
        }
    }

    /// The text with its first letter in upper case (`table 4` → `Table 4`).
    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension ValidationContext {
    /// The name of the document's table of `kind` (the first project table for 表十一).
    func tableName(_ kind: TableKind) -> TableName {
        TableName(kind, header: tables.header(of: kind), followsTemplate: isChongqingTemplate)
    }

    /// The name of a table of `kind` printed with `header` (one of several project tables).
    func tableName(_ kind: TableKind, header: TableHeader) -> TableName {
        TableName(kind, header: header, followsTemplate: isChongqingTemplate)
    }

    /// The caption of a location in the table of `kind` printed with `header`, for the findings that give the
    /// caption as printed in the Chongqing district template (none for a project table printed without one under the
    /// 表十一 of the project before it): ``TableName/caption`` elsewhere.
    func printedCaption(_ kind: TableKind?, header: TableHeader) -> String? {
        guard !isChongqingTemplate else { return header.caption }
        return kind.map { tableName($0, header: header).caption } ?? TableName(printed: header).caption
    }

    /// Why a rule reading the table of `kind` does not apply: `文档没有表四。` / `The document has no table 4.`
    func noTable(_ kind: TableKind) -> LocalizedText {
        let name = tableName(kind)
        return LocalizedText(zh: "文档没有\(name.zh)。", en: "The document has no \(name.en).")
    }

    /// Why a rule reading the tables of `kinds` does not apply: `缺少表一或表二。` / `Table 1 or table 2 is missing.` —
    /// outside the Chongqing district template only the tables the document does not have.
    func missingTables(_ kinds: TableKind...) -> LocalizedText {
        let absent = isChongqingTemplate ? [] : kinds.filter { !tables.contains($0) }
        let names = (absent.isEmpty ? kinds : absent).map { tableName($0) }
        let english = names.map(\.en).joined(separator: " or ")
        return LocalizedText(
            zh: "缺少\(names.map(\.zh).joined(separator: "或"))。",
            en: "\(TableName.capitalized(english)) is missing."
        )
    }
}
