import Foundation

/// The byte-level shortcuts that have a plain path beside them, named once, and the switch that turns them off.
///
/// Each shortcut answers a question (is this text equal to that one, where does this word occur, where does a
/// character end) from UTF-8 bytes where the answer is certain, and leaves the rest to the plain `String` code.
/// The answers are the same either way: each shortcut has an equivalence test, and CI validates the bundled
/// documents with every shortcut on and with every shortcut off and compares the reports.
///
/// Setting `YUSUAN_PLAIN_TEXT` in the environment turns shortcuts off for the whole process: `all`, or a
/// comma-separated list of raw values (`YUSUAN_PLAIN_TEXT=labelBytes,canonicalJSONWriter`). It exists to measure what each
/// shortcut earns on the commands users run (docs/PERFORMANCE.md) and to check that the plain path gives the same
/// reports; the switch is read once, when the process first asks.
public enum TextShortcut: String, CaseIterable, Sendable {
    /// The canonical JSON a store keeps of each document written by Core's byte writer (`CanonicalJSONWriter`)
    /// instead of `JSONEncoder`, which writes the same bytes (`db import`, the portal's upload).
    case canonicalJSONWriter

    /// Labels normalized by editing their bytes when they are plain, after a word-at-a-time test of whether they
    /// need it (``Labels/normalized(_:)``).
    case labelBytes

    /// Whether this shortcut is on in this process.
    @inline(__always)
    public var isEnabled: Bool { !TextShortcut.disabled.contains(self) }

    /// The shortcuts turned off by `YUSUAN_PLAIN_TEXT`.
    public static let disabled: Set<TextShortcut> = parse(ProcessInfo.processInfo.environment["YUSUAN_PLAIN_TEXT"])

    /// The shortcuts a value of `YUSUAN_PLAIN_TEXT` turns off: every one for `all`, the named ones for a list
    /// (``unknownNames(in:)`` are the others, which the command line reports), none for nothing.
    public static func parse(_ value: String?) -> Set<TextShortcut> {
        guard let value, !value.isEmpty else { return [] }
        let names = value.split(separator: ",").map(String.init)
        if names.contains("all") { return Set(allCases) }
        return Set(names.compactMap { TextShortcut(rawValue: $0) })
    }

    /// The names in a value of `YUSUAN_PLAIN_TEXT` that are neither `all` nor a shortcut.
    public static func unknownNames(in value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ",").map(String.init).filter { $0 != "all" && TextShortcut(rawValue: $0) == nil }
    }
}
