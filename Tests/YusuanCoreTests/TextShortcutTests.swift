import Testing
import YusuanCore

/// `YUSUAN_PLAIN_TEXT` names the shortcuts to turn off.
@Suite struct TextShortcutTests {
    @Test func allTurnsEveryShortcutOff() {
        #expect(TextShortcut.parse("all") == Set(TextShortcut.allCases))
        #expect(TextShortcut.unknownNames(in: "all").isEmpty)
        #expect(TextShortcut.parse("labelBytes,all") == Set(TextShortcut.allCases))
        #expect(TextShortcut.unknownNames(in: "fast,all") == ["fast"])
    }

    @Test func aListTurnsTheNamedOnesOffAndTheOthersAreReported() {
        #expect(TextShortcut.parse("labelBytes") == [.labelBytes])
        #expect(TextShortcut.parse("labelBytes,canonicalJSONWriter") == [.labelBytes, .canonicalJSONWriter])
        #expect(TextShortcut.parse("labelBytes,labelbytes") == [.labelBytes])
        #expect(TextShortcut.unknownNames(in: "labelBytes,labelbytes,fast") == ["labelbytes", "fast"])
        // A shortcut that was removed is an unknown name now, reported when a command starts.
        #expect(TextShortcut.unknownNames(in: "byteKey,needleSet") == ["byteKey", "needleSet"])
        #expect(TextShortcut.unknownNames(in: "narrativeBytes,labelBytes") == ["narrativeBytes"])
        #expect(TextShortcut.parse("narrativeBytes").isEmpty)
    }

    @Test func nothingTurnsNothingOff() {
        #expect(TextShortcut.parse(nil).isEmpty)
        #expect(TextShortcut.parse("").isEmpty)
        #expect(TextShortcut.unknownNames(in: nil).isEmpty)
    }
}
