/// The language of the messages of a report.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Chinese, the default.
    case zh
    /// English.
    case en
}

/// A message written in both languages by the rule that produces it.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// Creates a text from its Chinese and English versions.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in the given language.
    public func text(in language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// Both texts followed by the other's texts (Chinese without a separator, English with a space).
    public static func + (left: LocalizedText, right: LocalizedText) -> LocalizedText {
        LocalizedText(zh: left.zh + right.zh, en: left.en + (left.en.isEmpty || right.en.isEmpty ? "" : " ") + right.en)
    }
}
