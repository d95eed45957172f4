import Testing
import YusuanCore

@testable import YusuanImport

/// How `yusuan coverage` matches printed amounts with the model's.
struct AmountCoverageTests {
    /// The same value in two rows: each printed word takes the model amount on the nearest row, so the count does
    /// not depend on the order the model's amounts were collected in (it changed from run to run before).
    @Test(arguments: [[14, 10], [10, 14]])
    func aPrintedAmountTakesTheNearestRow(_ lines: [Int]) {
        let empty = Disclosure(
            identity: DocumentIdentity(departmentCode: nil, departmentName: "", year: 2026),
            narrative: Narrative(title: "", blocks: [], facts: NarrativeFacts()),
            tables: DisclosureTables()
        )
        var model = PDFAmountCoverage.ModelAmounts(empty)
        model.tableAmounts["5.5"] = lines
        let found = [10, 18, 12].map { model.consume(PDFAmountCoverage.Printed(text: "5.50", line: $0, inText: false)) }
        #expect(found == [true, true, false])
    }
}
