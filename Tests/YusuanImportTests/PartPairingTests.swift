import Testing
import YusuanCore

@testable import YusuanImport

/// Finding the narrative and the tables of one disclosure among many files.
struct PartPairingTests {
    /// The names real pairs print for one department (the Jiangsu 2017–2019 narratives and tables, their text).
    @Test(arguments: [
        ("中共江苏省委办公厅", "中国共产党江苏省委员会办公厅", DepartmentNames.Agreement.same),
        ("江苏省委办公厅", "中共江苏省委办公厅", .same),
        ("江苏省人民代表大会常务委员会办公厅", "江苏省人大常委会办公厅", .same),
        ("江苏省 人民检察院", "江苏省人民检察院", .same),
        ("深圳市财政局（本级）", "深圳市财政局(本级)", .same),
        ("省委办公厅", "中国共产党江苏省委员会办公厅", .sameButForRegion),
        ("江苏省人大常委会办公厅", "省人大办公厅", .sameButForRegion),
        ("重庆市南岸区人民政府办公室", "南岸区政府办公室", .sameButForRegion),
    ])
    func namesOfOneDepartmentAgree(_ one: String, _ other: String, _ agreement: DepartmentNames.Agreement) {
        #expect(DepartmentNames.agreement(one, other) == agreement)
        #expect(DepartmentNames.agreement(other, one) == agreement)
        #expect(agreement.namesOneDepartment)
    }

    @Test(arguments: [
        ("中共江苏省委办公厅", "江苏省人民检察院"),
        ("江苏省委办公厅", "浙江省委办公厅"),
        ("江苏省人大常委会办公厅", "江苏省政协办公厅"),
        ("省委办公厅", "省委组织部"),
        ("办公厅", "省委办公厅"),
        ("纪委监察局", "监察局"),
    ])
    func namesOfDifferentDepartmentsDisagree(_ one: String, _ other: String) {
        #expect(DepartmentNames.agreement(one, other) == .different)
    }

    @Test func aMissingNameCannotDecide() {
        #expect(DepartmentNames.agreement("", "江苏省委办公厅") == .unknown)
        #expect(DepartmentNames.agreement("  ", "") == .unknown)
    }

    @Test(arguments: [
        ("corpus/jiangsu-npc-office-2019-budget-narrative.pdf", "corpus/jiangsu-npc-office-2019-budget-tables.pdf"),
        ("x/2019年江苏省委办公厅部门预算公开文件.pdf", "x/2019年江苏省委办公厅部门预算公开表.pdf"),
        ("x/2019年江苏省委办公厅部门预算.pdf", "x/2019年江苏省委办公厅部门预算公开表格.pdf"),
        ("x/北京市应急管理局2026年部门预算情况说明.pdf", "x/北京市应急管理局2026年部门预算报表.PDF"),
        ("北京市应急管理局2026年部门预算.pdf", "附件：北京市应急管理局2026年部门预算表.pdf"),
        ("a_说明.json", "a_表.json"),
    ])
    func fileNamesThatDifferByAMarker(_ narrative: String, _ tables: String) {
        #expect(PartFileName.namesOneDisclosure(narrative: narrative, tables: tables))
    }

    @Test(arguments: [
        // Another directory.
        ("a/2019年省委办公厅部门预算公开文件.pdf", "b/2019年省委办公厅部门预算公开表.pdf"),
        // Another year.
        ("jiangsu-npc-office-2019-budget-narrative.pdf", "jiangsu-npc-office-2018-budget-tables.pdf"),
        // No marker at all.
        ("x/report.pdf", "x/report.json"),
        // Markers the other way round.
        ("x/a-tables.pdf", "x/a-narrative.pdf"),
    ])
    func fileNamesThatDoNotPair(_ narrative: String, _ tables: String) {
        #expect(!PartFileName.namesOneDisclosure(narrative: narrative, tables: tables))
    }

    static func part(
        _ file: String,
        _ content: DocumentPart.Content,
        _ name: String,
        year: Int = 2019,
        code: String? = nil
    ) -> PartDescriptor {
        PartDescriptor(file: file, content: content, departmentName: name, departmentCode: code, year: year)
    }

    /// Names decide across directories and in any order; whole documents take no part; a part without a partner of
    /// its year is unpaired.
    @Test func partsPairByDepartmentYearAndKind() {
        let descriptors = [
            Self.part("t/npc-tables.pdf", .tables, "江苏省人大常委会办公厅"),
            Self.part("n/party-2019.pdf", .narrative, "江苏省委办公厅"),
            Self.part("whole.pdf", .whole, "江苏省人民检察院"),
            Self.part("t/party-2019-tables.pdf", .tables, "中国共产党江苏省委员会办公厅"),
            Self.part("n/npc.pdf", .narrative, "省人大办公厅"),
            Self.part("n/party-2018.pdf", .narrative, "江苏省委办公厅", year: 2018),
        ]
        let pairing = PartPairing(descriptors)
        #expect(
            pairing.pairs == [
                PartPairing.Pair(narrative: 1, tables: 3, reason: .departmentName),
                PartPairing.Pair(narrative: 4, tables: 0, reason: .departmentName),
            ]
        )
        #expect(pairing.unpaired == [5])
    }

    /// When names cannot decide — a tables file that prints no department, or two candidates whose names both
    /// agree — file names of the same directory that differ only by a marker do.
    @Test func fileNamesDecideWhenNamesCannot() {
        let descriptors = [
            Self.part("js/2019-省委办公厅-说明.pdf", .narrative, "省委办公厅"),
            Self.part("zj/2019-省委办公厅-说明.pdf", .narrative, "省委办公厅"),
            Self.part("zj/2019-省委办公厅-表.pdf", .tables, "浙江省委办公厅"),
            Self.part("js/2019-省委办公厅-表.pdf", .tables, "江苏省委办公厅"),
            Self.part("x/2019-部门预算公开文件.pdf", .narrative, "江苏省人民检察院"),
            Self.part("x/2019-部门预算公开表.pdf", .tables, ""),
        ]
        let pairing = PartPairing(descriptors)
        #expect(
            pairing.pairs == [
                PartPairing.Pair(narrative: 0, tables: 3, reason: .fileName),
                PartPairing.Pair(narrative: 1, tables: 2, reason: .fileName),
                PartPairing.Pair(narrative: 4, tables: 5, reason: .fileName),
            ]
        )
        #expect(pairing.unpaired.isEmpty)
    }

    /// File names never pair parts whose department names, years or codes disagree.
    @Test func fileNamesDoNotOverrideADisagreement() {
        let pairing = PartPairing([
            Self.part("x/a-narrative.pdf", .narrative, "江苏省委办公厅"),
            Self.part("x/a-tables.pdf", .tables, "江苏省人民检察院"),
            Self.part("y/b-narrative.pdf", .narrative, "江苏省财政厅", year: 2018),
            Self.part("y/b-tables.pdf", .tables, "江苏省财政厅"),
            Self.part("z/c-narrative.pdf", .narrative, "", code: "101"),
            Self.part("z/c-tables.pdf", .tables, "", code: "102"),
        ])
        #expect(pairing.pairs.isEmpty)
        #expect(pairing.unpaired == [0, 1, 2, 3, 4, 5])
    }

    /// An equal name comes before a name without its region, and pairing one part can settle another: the narrative
    /// `省委办公厅` fits both tables until `浙江省委办公厅` takes its own.
    @Test func pairingOnePartSettlesAnother() {
        let pairing = PartPairing([
            Self.part("a.pdf", .narrative, "省委办公厅"),
            Self.part("b.pdf", .tables, "江苏省委办公厅"),
            Self.part("c.pdf", .tables, "浙江省委办公厅"),
            Self.part("d.pdf", .narrative, "浙江省委办公厅"),
        ])
        #expect(
            pairing.pairs == [
                PartPairing.Pair(narrative: 0, tables: 1, reason: .departmentName),
                PartPairing.Pair(narrative: 3, tables: 2, reason: .departmentName),
            ]
        )
    }
}
