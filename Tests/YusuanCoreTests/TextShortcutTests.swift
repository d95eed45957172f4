import Testing
import YusuanCore

/// `YUSUAN_PLAIN_TEXT` names the shortcuts to turn off.
@Suite struct TextShortcutTests {
    @Test func allTurnsEveryShortcutOff() {
        #expect(TextShortcut.parse("all") == Set(TextShortcut.allCases))
        #expect(TextShortcut.unknownNames(in: "all").isEmpty)
        #expect(TextShortcut.parse("byteKey,all") == Set(TextShortcut.allCases))
        #expect(TextShortcut.unknownNames(in: "fast,all") == ["fast"])
    }

    @Test func aListTurnsTheNamedOnesOffAndTheOthersAreReported() {
        #expect(TextShortcut.parse("byteKey") == [.byteKey])
        #expect(TextShortcut.parse("byteKey,needleSet") == [.byteKey, .needleSet])
        #expect(TextShortcut.parse("byteKey,bytekey") == [.byteKey])
        #expect(TextShortcut.unknownNames(in: "byteKey,bytekey,fast") == ["bytekey", "fast"])
    }

    @Test func nothingTurnsNothingOff() {
        #expect(TextShortcut.parse(nil).isEmpty)
        #expect(TextShortcut.parse("").isEmpty)
        #expect(TextShortcut.unknownNames(in: nil).isEmpty)
    }
}
