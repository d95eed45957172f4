import Testing
import YusuanCore
import YusuanStorage
import YusuanValidation

@testable import YusuanServer

/// A stored finding keeps the table as the finding names it: a Shenzhen “三公” finding is on 表9, not on the Chongqing
/// template's 表四, in the portal, the API and `db revisions` (`StoredFinding.tableLabel`).
struct StoredFindingCaptionTests {
    @Test func theFindingsCaptionIsKept() {
        let finding = Finding(
            ruleID: "A5",
            severity: .error,
            message: LocalizedText(zh: "表9“合计”不等于各项之和", en: "Table 9 total is not the sum of its items"),
            location: FindingLocation(table: .threePublicExpenditure, caption: "表9", row: "合计")
        )
        let stored = StoredFinding(finding: finding)
        #expect(stored.caption == "表9")
        #expect(stored.tableLabel == "表9")
        #expect(API.FindingOut(stored).tableCaption == "表9")
    }

    /// A finding stored before the caption was kept shows the template's caption of its table, as before; a narrative
    /// finding shows none.
    @Test func olderFindingsShowTheTemplatesCaption() {
        #expect(
            StoredFinding(ruleID: "A5", severity: "error", message: "", table: .threePublicExpenditure).tableLabel
                == "表四"
        )
        let narrative = StoredFinding(
            finding: Finding(
                ruleID: "N7",
                severity: .warning,
                message: LocalizedText(zh: "增减未说明原因", en: "No reason"),
                location: FindingLocation(caption: "情况说明")
            )
        )
        #expect(narrative.caption == nil && narrative.tableLabel == nil)
    }
}
