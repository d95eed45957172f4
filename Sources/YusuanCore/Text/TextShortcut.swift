import Foundation

/// The byte-level shortcuts that have a plain path beside them, named once, and the switch that turns them off.
///
/// Each shortcut answers a question (is this text equal to that one, where does this word occur, where does a
/// character end) from UTF-8 bytes where the answer is certain, and leaves the rest to the plain `String` code.
/// The answers are the same either way: each shortcut has an equivalence test, and CI validates the bundled
/// documents with every shortcut on and with every shortcut off and compares the reports.
///
/// Setting `YUSUAN_PLAIN_TEXT` in the environment turns shortcuts off for the whole process: `all`, or a
/// comma-separated list of raw values (`YUSUAN_PLAIN_TEXT=byteKey,narrativeBytes`). It exists to measure what each
/// shortcut earns on the commands users run (docs/PERFORMANCE.md) and to check that the plain path gives the same
/// reports; the switch is read once, when the process first asks.
public enum TextShortcut: String, CaseIterable, Sendable {
    /// Sets and equality of names by their UTF-8 bytes (Validation's `ByteKey`).
    case byteKey

    /// Character counts and boundaries read from bytes where grapheme boundaries are certain (the narrative
    /// reader's fast path): a narrative all of whose scalars are characters of their own is read through
    /// ``PlainCharacters``, any other through ``StringCharacters``, decided once per document.
    case narrativeBytes

    /// Whether this shortcut is on in this process.
    @inline(__always)
    public var isEnabled: Bool { !TextShortcut.disabled.contains(self) }

    /// Whether `narrativeBytes` is on, read once (the hot paths test it without a set lookup).
    public static let narrativeBytesIsEnabled = TextShortcut.narrativeBytes.isEnabled

    /// The shortcuts turned off by `YUSUAN_PLAIN_TEXT`.
    public static let disabled: Set<TextShortcut> = parse(ProcessInfo.processInfo.environment["YUSUAN_PLAIN_TEXT"])

    /// The shortcuts a value of `YUSUAN_PLAIN_TEXT` turns off: every one for `all`, the named ones for a list
    /// (names that are not shortcuts are ignored), none for nothing.
    public static func parse(_ value: String?) -> Set<TextShortcut> {
        guard let value, !value.isEmpty else { return [] }
        if value == "all" { return Set(allCases) }
        return Set(value.split(separator: ",").compactMap { TextShortcut(rawValue: String($0)) })
    }
}
