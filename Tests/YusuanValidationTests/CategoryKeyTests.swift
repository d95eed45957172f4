import Testing
import YusuanCore

@testable import YusuanValidation

/// A 类 row looked up by the label keys found once per view (``CodedTableView/categoryRow(key:)``, read by X1, X5
/// and the narrative rules) is the row a pairwise comparison with ``Labels/Matcher`` finds.
struct CategoryKeyTests {
    /// Names printed as the tables print them: spaces, half- and full-width brackets, leading enumerations,
    /// repeated names, and a name that only differs by its enumeration from another.
    static let names = [
        "一般公共服务支出", "一、教育支出", " 科学 技术支出", "社会保障和就业支出(补充)", "（一）卫生健康支出", "一般公共服务支出",
        "1.节能环保支出", "城乡社区支出　", "农林水支出", "二、农林水支出", "十二、住房保障支出", "一般性支出",
    ]

    static let labels =
        names + [
            "一般公共服务 支出", "教育支出", "科学技术支出", "社会保障和就业支出（补充）", "卫生健康支出", "（1）节能环保支出",
            "城乡社区支出", "三、农林水支出", "住房保障支出", "一般性", "", "国防支出", "一、", "（一）",
        ]

    @Test func categoryRowByKeyIsTheFirstRowAMatcherFinds() {
        let view = LookupEquivalenceTests.functionView(
            Self.names.enumerated().map { position, name in (String(201 + position), name) }
        )
        #expect(view.categoryRows.count == Self.names.count)
        #expect(view.categoryKeys.count == Self.names.count)
        var found = 0
        for label in Self.labels {
            let matcher = Labels.Matcher(label)
            let expected = view.categoryRows.first { matcher.matches($0.name) }
            let actual = view.categoryRow(key: Labels.key(label))
            #expect(actual?.code == expected?.code, "\(label)")
            if expected != nil { found += 1 }
            // The other direction (X1: is a 类 row among the labels).
            for (row, key) in zip(view.categoryRows, view.categoryKeys) {
                #expect(
                    key.isBytes(Labels.key(label)) == Labels.Matcher(row.name).matches(label),
                    "\(row.name) \(label)"
                )
            }
        }
        // The lists hold labels that match and labels that do not.
        #expect(found > 10 && found < Self.labels.count)
    }

    /// Only the 类 rows are looked up, and the keys are found once and kept.
    @Test func onlyCategoryRowsHaveKeys() {
        let view = LookupEquivalenceTests.functionView([
            ("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010101", "行政运行"), ("205", "教育支出"),
        ])
        #expect(view.categoryRow(key: Labels.key("人大事务")) == nil)
        #expect(view.categoryRow(key: Labels.key("教育支出"))?.code == "205")
        #expect(view.categoryKeys == ["一般公共服务支出", "教育支出"])
    }
}
